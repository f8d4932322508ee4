// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainTestSupport.h"
#include "KeychainVault.h"

#include <QCoreApplication>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusInterface>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace sitekeeper;
using namespace sitekeeper::test;
using namespace Qt::StringLiterals;
using Failure = CredentialVault::Failure;

// The Secret Service "Secret" struct (oayays), for gnome-keyring's master-password calls.
struct DBusSecret {
    QDBusObjectPath session;
    QByteArray parameters;
    QByteArray value;
    QString contentType;
};
Q_DECLARE_METATYPE(DBusSecret)

QDBusArgument& operator<<(QDBusArgument& argument, const DBusSecret& secret) {
    argument.beginStructure();
    argument << secret.session << secret.parameters << secret.value << secret.contentType;
    argument.endStructure();
    return argument;
}

const QDBusArgument& operator>>(const QDBusArgument& argument, DBusSecret& secret) {
    argument.beginStructure();
    argument >> secret.session >> secret.parameters >> secret.value >> secret.contentType;
    argument.endStructure();
    return argument;
}

namespace {

const QString service = u"org.freedesktop.secrets"_s;
const QString servicePath = u"/org/freedesktop/secrets"_s;

QByteArray randomBytes(qsizetype size) {
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes;
}

QString testKey(const QString& name) {
    return u"sitekeeper/test-%1/%2"_s.arg(QCoreApplication::applicationPid()).arg(name);
}

// A collection of its own with a known password, made the default for the test: locking it and
// unlocking it again does not depend on the login keyring's password.
class LockableCollection {
public:
    LockableCollection() {
        qDBusRegisterMetaType<DBusSecret>();
        QDBusInterface secrets(service, servicePath, u"org.freedesktop.Secret.Service"_s);
        const QDBusMessage opened =
            secrets.call(u"OpenSession"_s, u"plain"_s, QVariant::fromValue(QDBusVariant(QString())));
        if (opened.type() != QDBusMessage::ReplyMessage) {
            m_error = opened.errorMessage();
            return;
        }
        m_session = opened.arguments().at(1).value<QDBusObjectPath>();

        QDBusInterface internal(service, servicePath,
                                u"org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"_s);
        const QVariantMap properties{
            {u"org.freedesktop.Secret.Collection.Label"_s, u"sitekeeper lock test"_s}};
        const QDBusMessage created =
            internal.call(u"CreateWithMasterPassword"_s, properties, QVariant::fromValue(secret()));
        if (created.type() != QDBusMessage::ReplyMessage) {
            m_error = created.errorMessage();
            return;
        }
        m_path = created.arguments().at(0).value<QDBusObjectPath>();
        const QDBusReply<QDBusObjectPath> alias = secrets.call(u"ReadAlias"_s, u"default"_s);
        m_previousDefault = alias.isValid() ? alias.value() : QDBusObjectPath(u"/"_s);
        const QDBusMessage set = secrets.call(u"SetAlias"_s, u"default"_s, QVariant::fromValue(m_path));
        if (set.type() != QDBusMessage::ReplyMessage)
            m_error = set.errorMessage();
    }

    ~LockableCollection() {
        if (m_path.path().isEmpty())
            return;
        unlock();
        QDBusInterface secrets(service, servicePath, u"org.freedesktop.Secret.Service"_s);
        secrets.call(u"SetAlias"_s, u"default"_s, QVariant::fromValue(m_previousDefault));
        QDBusInterface collection(service, m_path.path(), u"org.freedesktop.Secret.Collection"_s);
        collection.call(u"Delete"_s);
    }

    QString error() const { return m_error; }

    QString lock() {
        QDBusInterface secrets(service, servicePath, u"org.freedesktop.Secret.Service"_s);
        const QDBusMessage reply =
            secrets.call(u"Lock"_s, QVariant::fromValue(QList<QDBusObjectPath>{m_path}));
        return reply.type() == QDBusMessage::ReplyMessage ? QString() : reply.errorMessage();
    }

    QString unlock() {
        QDBusInterface internal(service, servicePath,
                                u"org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"_s);
        const QDBusMessage reply = internal.call(u"UnlockWithMasterPassword"_s, QVariant::fromValue(m_path),
                                                 QVariant::fromValue(secret()));
        return reply.type() == QDBusMessage::ReplyMessage ? QString() : reply.errorMessage();
    }

    bool isLocked() const {
        QDBusInterface collection(service, m_path.path(), u"org.freedesktop.Secret.Collection"_s);
        return collection.property("Locked").toBool();
    }

private:
    DBusSecret secret() const { return {m_session, {}, "sitekeeper-lock-test", u"text/plain"_s}; }

    QDBusObjectPath m_session;
    QDBusObjectPath m_path;
    QDBusObjectPath m_previousDefault;
    QString m_error;
};

// Run in a child process whose session bus does not exist: one vault operation, then its outcome.
int childMain() {
    KeychainVault vault;
    const QString operation = qEnvironmentVariable("SITEKEEPER_VAULT_CHILD");
    CredentialVault::Outcome outcome;
    if (operation == QLatin1String("store"))
        outcome = storeNow(vault, testKey(u"child"_s), "secret");
    else if (operation == QLatin1String("read"))
        outcome = readNow(vault, testKey(u"child"_s)).first;
    else if (operation == QLatin1String("remove"))
        outcome = removeNow(vault, testKey(u"child"_s));
    else
        waitFor([&](auto quit) {
            vault.checkAvailable([&outcome, quit](CredentialVault::Outcome o) {
                outcome = o;
                quit();
            });
        });
    QTextStream(stdout) << CredentialVault::failureName(outcome.failure) << '\n'
                        << outcome.message << '\n'
                        << (vault.isAvailable() ? "available" : "unavailable") << Qt::endl;
    return 0;
}

} // namespace

class tst_KeychainVault : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { SITEKEEPER_REQUIRE_KEYCHAIN(); }

    void cleanup() {
        KeychainVault vault;
        for (const QString& name : {u"entry"_s, u"missing"_s, u"locked"_s, u"locked-new"_s, u"too-large"_s})
            removeNow(vault, testKey(name));
    }

    void storeReadOverwriteDelete_data() {
        QTest::addColumn<qsizetype>("size");
        QTest::addRow("16 B") << qsizetype(16);
        QTest::addRow("2 KiB") << qsizetype(2 * 1024);
        QTest::addRow("16 KiB") << qsizetype(16 * 1024);
    }

    void storeReadOverwriteDelete() {
        QFETCH(qsizetype, size);
        KeychainVault vault;
        const QString key = testKey(u"entry"_s);
        const QByteArray first = randomBytes(size);
        const QByteArray second = randomBytes(size);

        auto stored = storeNow(vault, key, first);
        QVERIFY2(stored.ok(), qPrintable(stored.message));
        auto [readOutcome, secret] = readNow(vault, key);
        QVERIFY2(readOutcome.ok(), qPrintable(readOutcome.message));
        QCOMPARE(secret.size(), size);
        QCOMPARE(secret, first);

        stored = storeNow(vault, key, second);
        QVERIFY2(stored.ok(), qPrintable(stored.message));
        QCOMPARE(readNow(vault, key).second, second);

        const auto removed = removeNow(vault, key);
        QVERIFY2(removed.ok(), qPrintable(removed.message));
        const auto [gone, nothing] = readNow(vault, key);
        QCOMPARE(CredentialVault::failureName(gone.failure), u"not found"_s);
        QVERIFY(nothing.isEmpty());
        QVERIFY(vault.isAvailable());
    }

    void refusesMoreThan16KiB() {
        KeychainVault vault;
        const QString key = testKey(u"too-large"_s);
        const auto stored = storeNow(vault, key, randomBytes(16 * 1024 + 1));
        QCOMPARE(CredentialVault::failureName(stored.failure), u"too large"_s);
        QVERIFY(stored.message.contains(u"16 KiB"_s));
        QCOMPARE(readNow(vault, key).first.failure, Failure::NotFound);
    }

    void missingEntry() {
        KeychainVault vault;
        const auto [outcome, secret] = readNow(vault, testKey(u"missing"_s));
        QCOMPARE(CredentialVault::failureName(outcome.failure), u"not found"_s);
        QVERIFY(outcome.message.contains(u"no secret"_s));
        QVERIFY(secret.isEmpty());
        // Removing what is not there is no error.
        QVERIFY(removeNow(vault, testKey(u"missing"_s)).ok());
    }

    void lockedKeyring() {
        LockableCollection collection;
        QVERIFY2(collection.error().isEmpty(), qPrintable(collection.error()));
        KeychainVault vault;
        const QString key = testKey(u"locked"_s);
        QVERIFY(storeNow(vault, key, "before the lock").ok());

        QCOMPARE(collection.lock(), QString());
        QVERIFY(collection.isLocked());

        const auto written = storeNow(vault, testKey(u"locked-new"_s), "while locked");
        QCOMPARE(CredentialVault::failureName(written.failure), u"locked"_s);
        QVERIFY2(written.message.contains(u"locked"_s), qPrintable(written.message));
        // The entry is there, only locked: the read must say so, not "not found".
        const auto [readOutcome, secret] = readNow(vault, key);
        QCOMPARE(CredentialVault::failureName(readOutcome.failure), u"locked"_s);
        QVERIFY(secret.isEmpty());
        QCOMPARE(CredentialVault::failureName(removeNow(vault, key).failure), u"locked"_s);

        QCOMPARE(collection.unlock(), QString());
        QVERIFY(!collection.isLocked());
        const auto [after, value] = readNow(vault, key);
        QVERIFY2(after.ok(), qPrintable(after.message));
        QCOMPARE(value, QByteArray("before the lock"));
    }

    void noSessionBus_data() {
        QTest::addColumn<QString>("operation");
        QTest::addRow("store") << u"store"_s;
        QTest::addRow("read") << u"read"_s;
        QTest::addRow("remove") << u"remove"_s;
        QTest::addRow("check") << u"check"_s;
    }

    void noSessionBus() {
        QFETCH(QString, operation);
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"SITEKEEPER_VAULT_CHILD"_s, operation);
        environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/sitekeeper-test-bus"_s);
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(60'000));
        const QStringList lines = QString::fromUtf8(child.readAllStandardOutput()).split(u'\n');
        QVERIFY2(lines.size() >= 3, child.readAllStandardError().constData());
        QCOMPARE(lines.at(0), u"no keychain service"_s);
        QVERIFY2(lines.at(1).contains(u"No keychain service is running"_s), qPrintable(lines.at(1)));
        QCOMPARE(lines.at(2), u"unavailable"_s);
    }

    void unavailableVault() {
        UnavailableVault vault(u"No keychain service is running."_s);
        QVERIFY(!vault.isAvailable());
        QCOMPARE(storeNow(vault, testKey(u"entry"_s), "x").failure, Failure::NoKeychainService);
        QCOMPARE(readNow(vault, testKey(u"entry"_s)).first.failure, Failure::NoKeychainService);
    }
};

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("SITEKEEPER_VAULT_CHILD"))
        return childMain();
    tst_KeychainVault test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_KeychainVault.moc"
