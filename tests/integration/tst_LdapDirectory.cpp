// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "DirectoryDiff.h"
#include "LdapDirectory.h"
#include "LdapSources.h"
#include "LdapTestSupport.h"
#include "ProfileImport.h"
#include "Site.h"
#include "Store.h"
#include "Workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace sitekeeper;
using namespace sitekeeper::test;
using namespace Qt::StringLiterals;

// LdapDirectory, the use cases over it (profile import, Compare With Directory) and the command line's
// --ldap against the real slapd of scripts/test-slapd.sh: attributes and their first values, paging past
// the server's size limit of 1000, TLS (ldaps:// and StartTLS, with and without the CA), and the errors a
// person meets: a wrong password, a closed port, plain LDAP off this machine, a bad base DN or filter.
class tst_LdapDirectory : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Slapd m_slapd;
    std::unique_ptr<DirectoryWriter> m_writer;
    QString m_people; // Ann, Bob, Cid and Zoë, and a device that is no person
    QString m_many;   // 1,250 people

    LdapDirectory::Options options(const QString& base) const {
        LdapDirectory::Options o;
        o.url = QUrl(m_slapd.url);
        o.baseDn = base;
        o.bindDn = m_slapd.bindDn;
        o.timeoutSeconds = 10;
        return o;
    }

    static QString cell(const CsvTable& table, qsizetype row, const QString& column) {
        const qsizetype index = table.header.indexOf(column);
        return index < 0 ? u"<no column %1>"_s.arg(column) : table.rows.at(row).at(index);
    }
    static qsizetype rowOf(const CsvTable& table, const QString& uid) {
        for (qsizetype i = 0; i < table.rows.size(); ++i)
            if (table.rows.at(i).constFirst().startsWith(u"uid=%1,"_s.arg(uid)))
                return i;
        return -1;
    }

    // The entries that a search without paging gives the reader: slapd stops at its size limit.
    int unpagedSearch(const QString& base, int* count) const {
        LDAP* ld = nullptr;
        ldap_initialize(&ld, m_slapd.url.toUtf8().constData());
        const int version = LDAP_VERSION3;
        ldap_set_option(ld, LDAP_OPT_PROTOCOL_VERSION, &version);
        QByteArray secret = m_slapd.bindPassword;
        berval password{ber_len_t(secret.size()), secret.data()};
        ldap_sasl_bind_s(ld, m_slapd.bindDn.toUtf8().constData(), LDAP_SASL_SIMPLE, &password, nullptr,
                         nullptr, nullptr);
        LDAPMessage* result = nullptr;
        char dn[] = "dn";
        char* attributes[] = {dn, nullptr};
        const int rc =
            ldap_search_ext_s(ld, base.toUtf8().constData(), LDAP_SCOPE_SUBTREE, "(objectClass=user)",
                              attributes, 0, nullptr, nullptr, nullptr, LDAP_NO_LIMIT, &result);
        *count = ldap_count_entries(ld, result);
        ldap_msgfree(result);
        ldap_unbind_ext_s(ld, nullptr, nullptr);
        return rc;
    }

    // A workspace with the site Acme, for the use cases.
    std::unique_ptr<Workspace> workspace(const QString& name, QUuid* siteId) {
        auto opened = Workspace::open(m_dir.filePath(name), Workspace::OpenMode::CreateIfMissing);
        if (!opened)
            return nullptr;
        auto ws = std::move(opened).value();
        Bundle bundle;
        Site site;
        site.id = *siteId = QUuid::createUuid();
        site.name = u"Acme"_s;
        site.timeZone = u"America/New_York"_s;
        bundle.sites = {site};
        if (!ws->importBundle(bundle))
            return nullptr;
        return ws;
    }

    // Ann, Bob and Cid under a unit of their own, for a comparison to change.
    QString staff(const QString& name) {
        const QString unit = m_writer->unit(name);
        const bool added =
            !unit.isEmpty() &&
            m_writer->addPerson(unit, "ann", "Ann Archer", "ann@acme.test", {"+1 201 555 0101"},
                                "+1 201 555 0111") &&
            m_writer->addPerson(unit, "bob", "Bob Baker", "bob@acme.test", {"+1 201 555 0102"}, {}) &&
            m_writer->addPerson(unit, "cid", "Cid Carver", "cid@acme.test", {"+1 201 555 0103"}, {});
        return added ? unit : QString();
    }

    // Bob leaves, Cid's account is disabled (userAccountControl 514), Dee joins, Ann has a new number.
    bool changeStaff(const QString& unit) {
        return m_writer->remove(DirectoryWriter::personDn(unit, "bob")) &&
               m_writer->replace(DirectoryWriter::personDn(unit, "cid"), {{"userAccountControl", {"514"}}}) &&
               m_writer->replace(DirectoryWriter::personDn(unit, "ann"),
                                 {{"telephoneNumber", {"+1 201 555 0199"}}}) &&
               m_writer->addPerson(unit, "dee", "Dee Dyer", "dee@acme.test", {"+1 201 555 0104"}, {});
    }

    QStringList cliSource(const QString& base) const {
        return {u"--ldap"_s,
                m_slapd.url,
                u"--base-dn"_s,
                base,
                u"--bind-dn"_s,
                m_slapd.bindDn,
                u"--bind-password-stdin"_s,
                u"--site"_s,
                u"Acme"_s};
    }
    QByteArray passwordLine() const { return m_slapd.bindPassword + '\n'; }

private Q_SLOTS:
    void initTestCase() {
        SITEKEEPER_REQUIRE_SLAPD();
        QVERIFY(m_dir.isValid());
        m_writer = std::make_unique<DirectoryWriter>();
        QVERIFY2(m_writer->ok(), qPrintable(m_writer->error()));
        m_people = m_writer->unit(u"people"_s);
        QVERIFY2(!m_people.isEmpty(), qPrintable(m_writer->error()));
        QVERIFY(m_writer->addPerson(m_people, "ann", "Ann Archer", "ann@acme.test",
                                    {"+1 201 555 0101", "+1 201 555 0109"}, "+1 201 555 0111"));
        QVERIFY(m_writer->addPerson(m_people, "bob", "Bob Baker", "bob@acme.test", {}, "+1 201 555 0112"));
        QVERIFY(m_writer->addPerson(m_people, "cid", "Cid Carver", "cid@acme.test", {"+1 201 555 0103"}, {},
                                    514));
        QVERIFY(m_writer->addPerson(m_people, "zoe", "Zoë Müller", "zoe@acme.test", {}, {}));
        QVERIFY(m_writer->add(u"cn=printer,%1"_s.arg(m_people),
                              {{"objectClass", {"device"}}, {"cn", {"printer"}}}));

        QElapsedTimer timer;
        timer.start();
        m_many = m_writer->unit(u"many"_s);
        QVERIFY(!m_many.isEmpty());
        for (int i = 0; i < 1250; ++i) {
            const QByteArray n = QByteArray::number(i);
            QVERIFY2(m_writer->addPerson(m_many, "user" + n, "User " + n, "user" + n + "@acme.test", {}, {}),
                     qPrintable(m_writer->error()));
        }
        qInfo("1,250 entries added in %lld ms", timer.elapsed());
    }

    void readsPeopleWithTheirAttributes() {
        const auto table = LdapDirectory::read(options(m_people), m_slapd.bindPassword);
        QVERIFY2(table.ok(), table.ok() ? "" : qPrintable(table.error().toString()));
        QCOMPARE(table->rows.size(), 4); // the device is no person
        QCOMPARE(table->header.constFirst(), u"distinguishedName"_s);
        for (const QString& column :
             {u"displayName"_s, u"cn"_s, u"givenName"_s, u"sn"_s, u"mail"_s, u"userPrincipalName"_s,
              u"telephoneNumber"_s, u"mobile"_s, u"title"_s, u"userAccountControl"_s})
            QVERIFY2(table->header.contains(column), qPrintable(column));
        // No entry has a country: no column for it.
        QVERIFY(!table->header.contains(u"c"_s));
        QVERIFY(!table->header.contains(u"co"_s));
        for (const QStringList& row : table->rows)
            QCOMPARE(row.size(), table->header.size());
        QCOMPARE(table->lines.size(), table->rows.size());

        const qsizetype ann = rowOf(*table, u"ann"_s);
        QVERIFY(ann >= 0);
        QCOMPARE(cell(*table, ann, u"displayName"_s), u"Ann Archer"_s);
        QCOMPARE(cell(*table, ann, u"telephoneNumber"_s), u"+1 201 555 0101"_s); // the first of two
        QCOMPARE(cell(*table, ann, u"mobile"_s), u"+1 201 555 0111"_s);
        QCOMPARE(cell(*table, ann, u"userPrincipalName"_s), u"ann@acme.test"_s);
        QCOMPARE(cell(*table, rowOf(*table, u"cid"_s), u"userAccountControl"_s), u"514"_s);
        QCOMPARE(cell(*table, rowOf(*table, u"zoe"_s), u"displayName"_s), u"Zoë Müller"_s);
        QCOMPARE(cell(*table, rowOf(*table, u"bob"_s), u"telephoneNumber"_s), QString());

        // Active Directory's own filter finds the accounts of class user, and only them.
        LdapDirectory::Options ad = options(m_people);
        ad.filter = u"(objectClass=user)"_s;
        QCOMPARE(LdapDirectory::read(ad, m_slapd.bindPassword)->rows.size(), 4);
    }

    void pagesPastTheSizeLimit() {
        int unpaged = 0;
        QCOMPARE(unpagedSearch(m_many, &unpaged), LDAP_SIZELIMIT_EXCEEDED);
        QCOMPARE(unpaged, 1000);

        QElapsedTimer timer;
        timer.start();
        qint64 lastProgress = -1;
        const auto table = LdapDirectory::read(options(m_many), m_slapd.bindPassword, [&](qint64 entries) {
            lastProgress = entries;
            return true;
        });
        QVERIFY2(table.ok(), table.ok() ? "" : qPrintable(table.error().toString()));
        QCOMPARE(table->rows.size(), 1250);
        QCOMPARE(lastProgress, 1250);
        qInfo("1,250 entries read in pages of 500 in %lld ms", timer.elapsed());
        QSet<QString> names;
        for (qsizetype i = 0; i < table->rows.size(); ++i)
            names.insert(cell(*table, i, u"cn"_s));
        QCOMPARE(names.size(), 1250);
    }

    void boundsAndCancel() {
        LdapDirectory::Options few = options(m_many);
        few.maxEntries = 1000;
        const auto tooMany = LdapDirectory::read(few, m_slapd.bindPassword);
        QVERIFY(!tooMany.ok());
        QCOMPARE(tooMany.error().where, u"base_dn"_s);
        QVERIFY2(tooMany.error().message.contains(u"1000"_s), qPrintable(tooMany.error().message));

        const auto cancelled = LdapDirectory::read(options(m_many), m_slapd.bindPassword,
                                                   [](qint64 entries) { return entries < 300; });
        QVERIFY(!cancelled.ok());
        QVERIFY(cancelled.error().is(Error::Kind::Cancelled));
    }

    void wrongPassword() {
        const QByteArray wrong = "not-the-password-" + QUuid::createUuid().toByteArray(QUuid::Id128);
        const auto table = LdapDirectory::read(options(m_people), wrong);
        QVERIFY(!table.ok());
        QVERIFY(table.error().is(Error::Kind::Forbidden));
        QVERIFY2(table.error().message.contains(u"refused the bind DN or password"_s, Qt::CaseInsensitive),
                 qPrintable(table.error().message));
        QVERIFY(!table.error().toString().contains(QString::fromUtf8(wrong)));
        QVERIFY(!LdapDirectory::read(options(m_people), {}).ok()); // never an unauthenticated bind
    }

    void unreachableServer() {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const quint16 port = server.serverPort();
        server.close(); // a closed port
        LdapDirectory::Options closed = options(m_people);
        closed.url = QUrl(u"ldap://127.0.0.1:%1"_s.arg(port));
        QElapsedTimer timer;
        timer.start();
        const auto table = LdapDirectory::read(closed, m_slapd.bindPassword);
        QVERIFY(!table.ok());
        QVERIFY(table.error().is(Error::Kind::Unavailable));
        QCOMPARE(table.error().where, u"url"_s);
        QVERIFY2(table.error().message.contains(u"ldap://127.0.0.1:%1"_s.arg(port)),
                 qPrintable(table.error().message));
        QVERIFY(timer.elapsed() < 5000);
    }

    void tlsIsRequiredOffThisMachine() {
        LdapDirectory::Options o = options(u"dc=example,dc=com"_s);
        const auto where = [&o](const QString& url) {
            o.url = QUrl(url);
            const auto checked = LdapDirectory::check(o);
            return checked.ok() ? QString() : checked.error().where;
        };
        QCOMPARE(where(u"ldap://dc1.example.com"_s), u"start_tls"_s);
        QCOMPARE(where(u"ldap://10.0.0.5:389"_s), u"start_tls"_s);
        QCOMPARE(where(u"ldaps://dc1.example.com"_s), QString());
        QCOMPARE(where(u"ldap://127.0.0.1:3389"_s), QString());
        QCOMPARE(where(u"ldap://localhost"_s), QString());
        QCOMPARE(where(u"ldap://[::1]:3389"_s), QString());
        QCOMPARE(where(u"https://dc1.example.com"_s), u"url"_s);
        QCOMPARE(where(u"ldaps://reader:secret@dc1.example.com"_s), u"url"_s);
        QCOMPARE(where(u"ldaps://dc1.example.com/dc=example,dc=com?cn"_s), u"url"_s);
        o.startTls = true;
        QCOMPARE(where(u"ldap://dc1.example.com"_s), QString());
        QCOMPARE(where(u"ldaps://dc1.example.com"_s), u"start_tls"_s);
        o.startTls = false;
        o.baseDn.clear();
        QCOMPARE(where(u"ldaps://dc1.example.com"_s), u"base_dn"_s);
        o.baseDn = u"dc=example,dc=com"_s;
        o.bindDn = u" "_s;
        QCOMPARE(where(u"ldaps://dc1.example.com"_s), u"bind_dn"_s);
        o.bindDn = u"reader@example.com"_s;
        o.caFile = m_dir.filePath(u"no-such-ca.pem"_s);
        QCOMPARE(where(u"ldaps://dc1.example.com"_s), u"ca_file"_s);
        o.caFile.clear();
        o.pageSize = 0;
        QCOMPARE(where(u"ldaps://dc1.example.com"_s), u"page_size"_s);
        // Refused before anything is sent: the password never leaves in the clear.
        o.pageSize = 500;
        o.url = QUrl(u"ldap://dc1.example.com"_s);
        QCOMPARE(LdapDirectory::read(o, "secret").error().where, u"start_tls"_s);
    }

    void badBaseDnAndFilter() {
        const auto missing =
            LdapDirectory::read(options(u"ou=nowhere,%1"_s.arg(m_slapd.baseDn)), m_slapd.bindPassword);
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().is(Error::Kind::NotFound));
        QCOMPARE(missing.error().where, u"base_dn"_s);
        QVERIFY2(missing.error().message.contains(u"ou=nowhere"_s), qPrintable(missing.error().message));

        const auto syntax = LdapDirectory::read(options(u"not a dn"_s), m_slapd.bindPassword);
        QVERIFY(!syntax.ok());
        QCOMPARE(syntax.error().where, u"base_dn"_s);

        LdapDirectory::Options badFilter = options(m_people);
        badFilter.filter = u"(&(objectClass=user)"_s;
        const auto filtered = LdapDirectory::read(badFilter, m_slapd.bindPassword);
        QVERIFY(!filtered.ok());
        QCOMPARE(filtered.error().where, u"filter"_s);
    }

    void tls() {
        LdapDirectory::Options ldaps = options(m_people);
        ldaps.url = QUrl(m_slapd.tlsUrl);
        ldaps.caFile = m_slapd.caFile;
        auto table = LdapDirectory::read(ldaps, m_slapd.bindPassword);
        QVERIFY2(table.ok(), table.ok() ? "" : qPrintable(table.error().toString()));
        QCOMPARE(table->rows.size(), 4);

        LdapDirectory::Options startTls = options(m_people);
        startTls.startTls = true;
        startTls.caFile = m_slapd.caFile;
        table = LdapDirectory::read(startTls, m_slapd.bindPassword);
        QVERIFY2(table.ok(), table.ok() ? "" : qPrintable(table.error().toString()));
        QCOMPARE(table->rows.size(), 4);

        // Without the CA, the test CA's certificate is not trusted: no bind, no data.
        for (LdapDirectory::Options untrusted : {ldaps, startTls}) {
            untrusted.caFile.clear();
            const auto refused = LdapDirectory::read(untrusted, m_slapd.bindPassword);
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().message.contains(u"TLS"_s), qPrintable(refused.error().message));
            QVERIFY2(refused.error().message.contains(u"certificate"_s), qPrintable(refused.error().message));
        }
    }

    void compareAndImport() {
        const QString unit = staff(u"compare"_s);
        QVERIFY2(!unit.isEmpty(), qPrintable(m_writer->error()));
        QUuid siteId;
        auto ws = workspace(u"compare"_s, &siteId);
        QVERIFY(ws);
        ProfileImport::Options ldapPreset;
        ldapPreset.preset = ProfileImport::Preset::Ldap;

        // Importing the directory: three new profiles.
        auto table = LdapDirectory::read(options(unit), m_slapd.bindPassword);
        QVERIFY(table.ok());
        ProfileImport importer(*ws);
        const auto preview = importer.preview(*table, siteId, ldapPreset);
        QVERIFY2(preview.ok(), preview.ok() ? "" : qPrintable(preview.error().toString()));
        QCOMPARE(preview->count(ProfileImport::Outcome::New), 3);
        QVERIFY(importer.import(*preview).ok());

        QVERIFY2(changeStaff(unit), qPrintable(m_writer->error()));
        table = LdapDirectory::read(options(unit), m_slapd.bindPassword);
        QVERIFY(table.ok());
        const auto report = DirectoryDiff(*ws).compare(*table, siteId, ldapPreset);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().toString()));
        QCOMPARE(report->joiners.size(), 1);
        QCOMPARE(report->joiners.first().profile.fullName, u"Dee Dyer"_s);
        QCOMPARE(report->changedNumbers.size(), 1);
        QCOMPARE(report->changedNumbers.first().profile.fullName, u"Ann Archer"_s);
        QCOMPARE(report->changedNumbers.first().field, u"office_phone"_s);
        QCOMPARE(report->changedNumbers.first().after, u"+12015550199"_s);
        QStringList leavers;
        for (const DirectoryDiff::Leaver& leaver : report->leavers)
            leavers << leaver.profile.fullName + (leaver.disabledInDirectory ? u" (disabled)"_s : QString());
        leavers.sort();
        QVERIFY(leavers.contains(u"Bob Baker"_s));
        QCOMPARE(leavers, (QStringList{u"Bob Baker"_s, u"Cid Carver (disabled)"_s}));
    }

    void commandLine() {
        const QString unit = staff(u"cli"_s);
        QVERIFY(!unit.isEmpty());
        const QString ws = m_dir.filePath(u"cli"_s);
        QVERIFY_CLI(runCli(ws, {u"init"_s}), 0);
        QVERIFY_CLI(runCli(ws, {u"site"_s, u"add"_s, u"--name"_s, u"Acme"_s}), 0);

        auto run = runCli(ws,
                          QStringList{u"import"_s, u"profiles"_s} + cliSource(unit) +
                              QStringList{u"--format"_s, u"json"_s},
                          passwordLine());
        QVERIFY_CLI(run, 0);
        QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(u"preset"_s).toString(), u"ldap"_s);
        QCOMPARE(json.value(u"summary"_s).toObject().value(u"new"_s).toInt(), 3);
        QCOMPARE(json.value(u"ldap"_s).toString(), m_slapd.url);
        QCOMPARE(json.value(u"base_dn"_s).toString(), unit);
        QCOMPARE(json.value(u"imported"_s).toBool(), true);

        QVERIFY(changeStaff(unit));
        run = runCli(ws,
                     QStringList{u"diff"_s, u"directory"_s} + cliSource(unit) +
                         QStringList{u"--format"_s, u"json"_s},
                     passwordLine());
        QVERIFY_CLI(run, 0);
        json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(u"joiners"_s).toArray().size(), 1);
        QCOMPARE(json.value(u"changed_numbers"_s).toArray().size(), 1);
        QCOMPARE(json.value(u"leavers"_s).toArray().size(), 2);

        // The text output names the directory.
        run = runCli(ws, QStringList{u"diff"_s, u"directory"_s} + cliSource(unit), passwordLine());
        QVERIFY_CLI(run, 0);
        QVERIFY2(run.out.contains("joiner\tDee Dyer"), run.out.constData());

        // A wrong password: exit 2, the reason, never the password.
        run = runCli(ws, QStringList{u"diff"_s, u"directory"_s} + cliSource(unit), "wrong-password-42\n");
        QVERIFY_CLI(run, 2);
        QVERIFY2(run.err.contains("refused the bind DN or password"), run.err.constData());
        QVERIFY(!run.err.contains("wrong-password-42") && !run.out.contains("wrong-password-42"));

        // Usage errors, before the directory is asked.
        const QStringList diff{u"diff"_s, u"directory"_s};
        QVERIFY_CLI(
            runCli(ws, diff + QStringList{m_dir.filePath(u"x.csv"_s)} + cliSource(unit), passwordLine()), 2);
        QVERIFY_CLI(runCli(ws, diff + QStringList{u"--ldap"_s, m_slapd.url, u"--site"_s, u"Acme"_s}), 2);
        run = runCli(ws,
                     diff + QStringList{u"--ldap"_s, u"ldap://dc1.example.com"_s, u"--base-dn"_s, unit,
                                        u"--bind-dn"_s, m_slapd.bindDn, u"--bind-password-stdin"_s,
                                        u"--site"_s, u"Acme"_s},
                     passwordLine());
        QVERIFY_CLI(run, 2);
        QVERIFY2(run.err.contains("--start-tls"), run.err.constData());
        run = runCli(ws, diff + cliSource(unit).mid(0, 6) + QStringList{u"--site"_s, u"Acme"_s});
        QVERIFY_CLI(run, 2);
        QVERIFY2(run.err.contains("--bind-password-stdin"), run.err.constData());
        QVERIFY_CLI(runCli(ws, diff + QStringList{u"--ldap-saved"_s, u"--site"_s, u"Acme"_s}), 2);
        QVERIFY_CLI(runCli(ws, diff + QStringList{u"--base-dn"_s, unit, u"--site"_s, u"Acme"_s}), 2);
    }

    void commandLineRemembersTheSource() {
        if (qEnvironmentVariable("SITEKEEPER_KEYCHAIN_AVAILABLE") != QLatin1String("1")) {
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL("CI=true but no Secret Service: run the tests through scripts/test.sh");
            QSKIP("no Secret Service in this session (SITEKEEPER_KEYCHAIN_AVAILABLE != 1); run "
                  "scripts/test.sh");
        }
        const QString unit = staff(u"saved"_s);
        QVERIFY(!unit.isEmpty());
        const QString ws = m_dir.filePath(u"saved"_s);
        QVERIFY_CLI(runCli(ws, {u"init"_s}), 0);
        QVERIFY_CLI(runCli(ws, {u"site"_s, u"add"_s, u"--name"_s, u"Acme"_s}), 0);
        const QStringList diff{u"diff"_s, u"directory"_s};
        auto run = runCli(ws, diff + cliSource(unit) + QStringList{u"--remember"_s}, passwordLine());
        QVERIFY_CLI(run, 0);
        QVERIFY2(run.err.contains("Remembered"), run.err.constData());

        QFile settings(ws + u"/settings.ini"_s);
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray ini = settings.readAll();
        QVERIFY2(ini.contains(unit.toUtf8()), ini.constData());
        QVERIFY(!ini.contains(m_slapd.bindPassword));

        // Again without the password: from the keychain, for the remembered server and account only.
        run = runCli(ws, diff + QStringList{u"--ldap-saved"_s, u"--site"_s, u"Acme"_s});
        QVERIFY_CLI(run, 0);
        QVERIFY2(run.out.contains("3 joiners"), run.out.constData());
        run = runCli(ws, diff + cliSource(unit).mid(0, 6) + QStringList{u"--site"_s, u"Acme"_s});
        QVERIFY_CLI(run, 0);
        run = runCli(ws, diff + QStringList{u"--ldap"_s, m_slapd.url, u"--base-dn"_s, unit, u"--bind-dn"_s,
                                            u"cn=admin,%1"_s.arg(m_slapd.baseDn), u"--site"_s, u"Acme"_s});
        QVERIFY_CLI(run, 2);

        // The use case forgets both.
        auto opened = Workspace::open(ws, Workspace::OpenMode::MustExist);
        QVERIFY(opened.ok());
        const std::optional<QUuid> siteId = (*opened)->findSiteByName(u"Acme"_s);
        QVERIFY(siteId);
        QVERIFY(LdapSources::remembered(**opened, *siteId));
        bool done = false;
        LdapSources::forget(**opened, *siteId, [&done](Result<void> r) { done = r.ok(); });
        QTRY_VERIFY(done);
        QVERIFY(!LdapSources::remembered(**opened, *siteId));
        std::optional<Result<QByteArray>> password;
        LdapSources::readPassword(**opened, *siteId,
                                  [&password](Result<QByteArray> r) { password = std::move(r); });
        QTRY_VERIFY(password.has_value());
        QVERIFY(password->error().is(Error::Kind::NotFound));
    }
};

QTEST_GUILESS_MAIN(tst_LdapDirectory)
#include "tst_LdapDirectory.moc"
