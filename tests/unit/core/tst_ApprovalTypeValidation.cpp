// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApprovalType.h"
#include "CoreTestSupport.h"

#include <QSet>
#include <QTest>

using namespace sitekeeper;
using namespace sitekeeper::test;
using namespace Qt::StringLiterals;

using TypeMutation = Mutation<ApprovalType>;
Q_DECLARE_METATYPE(TypeMutation)

namespace {

ApprovalType validType() {
    return ApprovalType{QUuid(u"c0000000-0000-4000-8000-000000000001"_s), u"printer_purchase"_s,
                        u"Printer purchase"_s, false};
}

} // namespace

class tst_ApprovalTypeValidation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void valid() { verifyValid(validType()); }

    void rejects_data() {
        QTest::addColumn<TypeMutation>("mutate");
        QTest::addColumn<QString>("field");
        QTest::addRow("no id") << TypeMutation([](ApprovalType& t) { t.id = QUuid(); }) << u"id"_s;
        QTest::addRow("no key") << TypeMutation([](ApprovalType& t) { t.key.clear(); }) << u"key"_s;
        QTest::addRow("key with capitals")
            << TypeMutation([](ApprovalType& t) { t.key = u"PrinterPurchase"_s; }) << u"key"_s;
        QTest::addRow("key with space")
            << TypeMutation([](ApprovalType& t) { t.key = u"printer purchase"_s; }) << u"key"_s;
        QTest::addRow("key with hyphen")
            << TypeMutation([](ApprovalType& t) { t.key = u"printer-purchase"_s; }) << u"key"_s;
        QTest::addRow("key starting with digit")
            << TypeMutation([](ApprovalType& t) { t.key = u"3d_printer"_s; }) << u"key"_s;
        QTest::addRow("key with double underscore")
            << TypeMutation([](ApprovalType& t) { t.key = u"printer__purchase"_s; }) << u"key"_s;
        QTest::addRow("no name") << TypeMutation([](ApprovalType& t) { t.name.clear(); }) << u"name"_s;
        QTest::addRow("name over 200 characters")
            << TypeMutation([](ApprovalType& t) { t.name = QString(201, u'n'); }) << u"name"_s;
        QTest::addRow("builtin flag on own key")
            << TypeMutation([](ApprovalType& t) { t.builtin = true; }) << u"builtin"_s;
        QTest::addRow("builtin with another id") << TypeMutation([](ApprovalType& t) {
            t.key = u"mailbox_access"_s;
            t.builtin = true;
        }) << u"id"_s;
    }

    void rejects() {
        QFETCH(TypeMutation, mutate);
        QFETCH(QString, field);
        verifyRejected(validType(), mutate, field);
    }

    void builtins() {
        const QList<ApprovalType> types = ApprovalType::builtins();
        const QStringList keys{u"password_reset_other_user"_s, u"new_user_setup"_s,    u"user_termination"_s,
                               u"group_permission_change"_s,   u"mailbox_access"_s,    u"software_install"_s,
                               u"license_assignment"_s,        u"hardware_purchase"_s, u"remote_access"_s};
        QCOMPARE(types.size(), keys.size());
        QSet<QUuid> ids;
        for (qsizetype i = 0; i < types.size(); ++i) {
            const ApprovalType& type = types.at(i);
            QCOMPARE(type.key, keys.at(i));
            QVERIFY(type.builtin);
            QVERIFY(ApprovalType::isBuiltinKey(type.key));
            QVERIFY(!type.displayName().isEmpty());
            verifyValid(type);
            QCOMPARE(type.id, ApprovalType::builtinId(type.key));
            QCOMPARE(type.id.version(), QUuid::Sha1);
            ids.insert(type.id);
        }
        QCOMPARE(ids.size(), types.size());
        // Deterministic: the same ids every time, in every workspace.
        QVERIFY(ApprovalType::builtins() == types);
        QCOMPARE(ApprovalType::builtinId(u"new_user_setup"_s).toString(QUuid::WithoutBraces),
                 ApprovalType::builtins().at(1).id.toString(QUuid::WithoutBraces));
        QVERIFY(!ApprovalType::isBuiltinKey(u"printer_purchase"_s));
        QCOMPARE(validType().displayName(), u"Printer purchase"_s);
    }

    void json() {
        verifyJson(validType(), {u"id"_s, u"key"_s, u"name"_s, u"builtin"_s});
        verifyJson(ApprovalType::builtins().first(), {u"id"_s, u"key"_s, u"name"_s, u"builtin"_s});
    }

    void jsonRejected_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        QTest::addRow("builtin as number") << u"builtin"_s << QJsonValue(1) << u"builtin"_s;
        QTest::addRow("key as null") << u"key"_s << QJsonValue() << u"key"_s;
        QTest::addRow("id as number") << u"id"_s << QJsonValue(12) << u"id"_s;
    }

    void jsonRejected() {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        verifyJsonRejected(validType(), key, value, field);
    }

    void displayKey() { QCOMPARE(validType().displayKey(), u"printer_purchase"_s); }
};

QTEST_GUILESS_MAIN(tst_ApprovalTypeValidation)
#include "tst_ApprovalTypeValidation.moc"
