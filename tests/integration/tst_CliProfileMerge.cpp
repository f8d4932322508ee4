// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRecordSupport.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace sitekeeper::test;

// `sitekeeper-cli profile merge KEEP OTHER`: the values taken with --take, what is re-pointed, the
// dry run, the JSON, and the refusals with exit code 2 and nothing written.
class tst_CliProfileMerge : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    // A workspace with Ada twice at Alpha (the second as "Ada King", the approver for password
    // resets, emailed by a rule and owning a reference) and once at Beta.
    QString workspace() {
        const QString ws = m_dir.filePath(u"ws%1"_s.arg(++m_count));
        const QList<QStringList> commands{
            {u"init"_s},
            {u"site"_s, u"add"_s, u"Alpha"_s},
            {u"site"_s, u"add"_s, u"Beta"_s},
            {u"profile"_s, u"add"_s, u"--site"_s, u"Alpha"_s, u"--full-name"_s, u"Ada Lovelace"_s,
             u"--email"_s, u"ada@alpha.example"_s, u"--mobile-phone"_s, u"+12015550123"_s},
            {u"profile"_s, u"add"_s, u"--site"_s, u"Alpha"_s, u"--full-name"_s, u"Ada King"_s, u"--email"_s,
             u"ada.king@alpha.example"_s, u"--mobile-phone"_s, u"+12015550124"_s, u"--title"_s, u"CFO"_s},
            {u"profile"_s, u"add"_s, u"--site"_s, u"Beta"_s, u"--full-name"_s, u"Ada Lovelace"_s,
             u"--email"_s, u"ada@beta.example"_s},
            {u"approver"_s, u"add"_s, u"--site"_s, u"Alpha"_s, u"--approval-type"_s,
             u"password_reset_other_user"_s, u"--person"_s, u"ada.king@alpha.example"_s,
             u"--automated-approval"_s, u"yes"_s},
            {u"rule"_s, u"add"_s, u"--site"_s, u"Alpha"_s, u"--name"_s, u"Business hours"_s, u"--window"_s,
             u"mon-fri 08:00-17:00 America/New_York"_s, u"--method"_s, u"email"_s, u"--email-recipient"_s,
             u"ada.king@alpha.example"_s},
            {u"reference"_s, u"add"_s, u"--site"_s, u"Alpha"_s, u"--title"_s, u"Printers"_s, u"--topic"_s,
             u"printing"_s, u"--owner"_s, u"Ada King"_s},
        };
        for (const QStringList& command : commands) {
            if (!cliOk(ws, command))
                return QString();
        }
        return ws;
    }

    static QString idOf(const QString& ws, const QString& email, const QString& site) {
        return showJson(ws, {u"profile"_s, u"show"_s, email, u"--site"_s, site}).value(u"id"_s).toString();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void mergesWithTheValuesTaken() {
        const QString ws = workspace();
        QVERIFY(!ws.isEmpty());
        const QString ada = idOf(ws, u"ada@alpha.example"_s, u"Alpha"_s);
        const QString king = idOf(ws, u"ada.king@alpha.example"_s, u"Alpha"_s);
        const QByteArray before = bundleOf(ws);
        const int pending = statsOf(ws).value(u"pending_changes"_s).toInt(-1);
        QVERIFY(pending > 0);

        // The dry run says what would happen and writes nothing.
        const auto dry = runCli(
            ws, {u"profile"_s, u"merge"_s, ada, king, u"--take"_s, u"mobile_phone=other"_s, u"--dry-run"_s});
        QVERIFY_CLI(dry, 0);
        QVERIFY2(dry.out.contains("Would merge \"Ada King\""), dry.out.constData());
        QVERIFY(dry.out.contains("mobile_phone\t+12015550124\tfrom OTHER"));
        QVERIFY(dry.out.contains("title\tCFO\tfrom OTHER")); // empty in KEEP
        QVERIFY(dry.out.contains("full_name\tAda Lovelace\tfrom KEEP"));
        QVERIFY(dry.out.contains("Would re-point: Approver for Password reset for another user"));
        QVERIFY(dry.out.contains("Would re-point: Email recipient of the rule \"Business hours\""));
        QVERIFY(dry.out.contains("Would re-point: Owner of the reference \"Printers\""));
        QCOMPARE(bundleOf(ws), before);

        // KEEP and OTHER by email within the site, the title kept empty, the mobile taken.
        const auto run =
            runCli(ws, {u"profile"_s, u"merge"_s, u"ada@alpha.example"_s, u"ada.king@alpha.example"_s,
                        u"--site"_s, u"Alpha"_s, u"--take"_s, u"mobile_phone=other"_s, u"--take"_s,
                        u"title=keep"_s, u"--format"_s, u"json"_s});
        QVERIFY_CLI(run, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QVERIFY(json.value(u"merged"_s).toBool());
        QCOMPARE(json.value(u"fields"_s)[u"mobile_phone"_s][u"from"_s].toString(), u"other"_s);
        QCOMPARE(json.value(u"fields"_s)[u"title"_s][u"from"_s].toString(), u"keep"_s);
        QCOMPARE(json.value(u"repointed"_s).toArray().size(), 3);
        QCOMPARE(json.value(u"other"_s)[u"status"_s].toString(), u"disabled"_s);

        const QJsonObject kept = showJson(ws, {u"profile"_s, u"show"_s, ada});
        QCOMPARE(kept.value(u"full_name"_s).toString(), u"Ada Lovelace"_s);
        QCOMPARE(kept.value(u"mobile_phone"_s).toString(), u"+12015550124"_s);
        QCOMPARE(kept.value(u"title"_s).toString(), QString());
        QCOMPARE(kept.value(u"status"_s).toString(), u"active"_s);
        QCOMPARE(showJson(ws, {u"profile"_s, u"show"_s, king}).value(u"status"_s).toString(), u"disabled"_s);
        QCOMPARE(
            showJson(ws, {u"approver"_s, u"show"_s, u"password_reset_other_user"_s, u"--site"_s, u"Alpha"_s})
                .value(u"person_id"_s)
                .toString(),
            ada);
        QCOMPARE(showJson(ws, {u"rule"_s, u"show"_s, u"Business hours"_s, u"--site"_s, u"Alpha"_s})
                     .value(u"email_recipients"_s)
                     .toArray(),
                 QJsonArray{u"ada@alpha.example"_s});
        QCOMPARE(showJson(ws, {u"reference"_s, u"show"_s, u"Printers"_s, u"--site"_s, u"Alpha"_s})
                     .value(u"owner"_s)
                     .toString(),
                 u"Ada Lovelace"_s);
        // The Beta profile of the same person is left alone.
        QCOMPARE(showJson(ws, {u"profile"_s, u"show"_s, u"ada@beta.example"_s}).value(u"status"_s).toString(),
                 u"active"_s);

        // Five edits for sync to push: the two profiles and the three records re-pointed.
        QCOMPARE(statsOf(ws).value(u"pending_changes"_s).toInt(-1), pending + 5);
        const auto history = runCli(ws, {u"history"_s, u"approver"_s, u"password_reset_other_user"_s,
                                         u"--site"_s, u"Alpha"_s, u"--format"_s, u"json"_s});
        QVERIFY_CLI(history, 0);
        QCOMPARE(QJsonDocument::fromJson(history.out).array().first()[u"fields"_s].toArray(),
                 QJsonArray{u"person_id"_s});

        // Again with the same choice: nothing is left to do.
        const auto again = runCli(ws, {u"profile"_s, u"merge"_s, ada, king, u"--take"_s, u"title=keep"_s});
        QVERIFY_CLI(again, 0);
        QVERIFY2(again.out.contains("Nothing to merge"), again.out.constData());
    }

    void fixPointsAtTheMerge() {
        const QString ws = workspace();
        QVERIFY(!ws.isEmpty());
        QByteArray id;
        QVERIFY(cliOk(ws,
                      {u"profile"_s, u"add"_s, u"--site"_s, u"Alpha"_s, u"--full-name"_s, u"A. Lovelace"_s,
                       u"--mobile-phone"_s, u"+12015550123"_s},
                      {}, &id));
        const QString twin = QString::fromUtf8(id).trimmed();
        const QString ada = idOf(ws, u"ada@alpha.example"_s, u"Alpha"_s);
        const auto run = runCli(ws, {u"fix"_s, u"SK202/"_s + twin});
        QVERIFY_CLI(run, 2);
        QVERIFY2(run.err.contains(u"sitekeeper-cli profile merge %1 %2 --dry-run"_s.arg(twin, ada).toUtf8()),
                 run.err.constData());
    }

    void refusalsExitTwoAndWriteNothing() {
        const QString ws = workspace();
        QVERIFY(!ws.isEmpty());
        const QString ada = idOf(ws, u"ada@alpha.example"_s, u"Alpha"_s);
        const QString king = idOf(ws, u"ada.king@alpha.example"_s, u"Alpha"_s);
        const QString beta = idOf(ws, u"ada@beta.example"_s, u"Beta"_s);
        const QByteArray before = bundleOf(ws);

        const auto expectRefusal = [&](const QStringList& args, const QByteArray& says) {
            const auto run = runCli(ws, QStringList{u"profile"_s, u"merge"_s} + args);
            if (run.exitCode != 2 || !run.err.contains(says)) {
                qWarning().noquote() << args.join(u' ') << '\n' << describe(run);
                return false;
            }
            return true;
        };
        QVERIFY(expectRefusal({ada, ada}, "cannot be merged into itself"));
        QVERIFY(expectRefusal({ada, beta}, "are profiles of different sites"));
        QVERIFY(expectRefusal({ada, u"nobody@alpha.example"_s},
                              "OTHER \"nobody@alpha.example\": There is no profile"));
        QVERIFY(expectRefusal({ada, king, u"--take"_s, u"site_id=other"_s}, "--take \"site_id=other\""));
        QVERIFY(expectRefusal({ada, king, u"--take"_s, u"title"_s}, "title=other or title=keep"));
        QVERIFY(expectRefusal({ada}, "profile merge takes KEEP and OTHER"));
        QVERIFY(expectRefusal({ada, king, u"--format"_s, u"yaml"_s}, "--format \"yaml\""));
        // The same email at two sites is ambiguous without --site.
        QVERIFY(expectRefusal({u"ada@alpha.example"_s, u"ada@beta.example"_s, u"--site"_s, u"Alpha"_s},
                              "There is no profile with the email \"ada@beta.example\" at this site"));
        QCOMPARE(bundleOf(ws), before);
    }
};

QTEST_GUILESS_MAIN(tst_CliProfileMerge)
#include "tst_CliProfileMerge.moc"
