// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// `check`, `readiness` and `report` through the real sitekeeper-cli on a demo workspace: the JSON
// contract scripts read, the exit codes, and PDFs read back with poppler's tools.
class tst_CliCheck : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_workspace;
    QString m_site;

    QJsonObject json(const CliRun& run) {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
        if (error.error != QJsonParseError::NoError)
            qWarning() << "not JSON:" << run.out.left(300);
        return doc.object();
    }

    QString popplerTool(const char* name) {
        const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name));
        if (path.isEmpty() && qgetenv("CI") == "true")
            qWarning("%s is missing (scripts/install-deps.sh installs poppler-utils)", name);
        return path;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_workspace = m_dir.filePath(QStringLiteral("ws"));
        const CliRun demo =
            runCli(m_workspace,
                   {QStringLiteral("demo"), QStringLiteral("--sites"), QStringLiteral("25"),
                    QStringLiteral("--profiles-per-site"), QStringLiteral("12"), QStringLiteral("--seed"),
                    QStringLiteral("5"), QStringLiteral("--as-of"), QStringLiteral("2026-11-01")});
        QVERIFY2(demo.exitCode == 0, describe(demo).constData());
    }

    void checkJsonFollowsTheContract() {
        const CliRun run =
            runCli(m_workspace, {QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"),
                                 QStringLiteral("--as-of"), QStringLiteral("2026-11-01")});
        const QJsonObject doc = json(run);
        const QJsonArray findings = doc.value(QStringLiteral("findings")).toArray();
        const QJsonObject summary = doc.value(QStringLiteral("summary")).toObject();
        QVERIFY(!findings.isEmpty());
        int errors = 0;
        for (const QJsonValue& value : findings) {
            const QJsonObject f = value.toObject();
            for (const char* key : {"rule", "severity", "site", "entity", "id", "message", "fix"})
                QVERIFY2(f.contains(QLatin1String(key)), key);
            QVERIFY(f.value(QStringLiteral("rule")).toString().startsWith(QLatin1String("SK")));
            QVERIFY(QStringList({QStringLiteral("error"), QStringLiteral("warning"), QStringLiteral("info")})
                        .contains(f.value(QStringLiteral("severity")).toString()));
            errors += f.value(QStringLiteral("severity")).toString() == QLatin1String("error") ? 1 : 0;
            if (m_site.isEmpty() && f.value(QStringLiteral("site")).isString())
                m_site = f.value(QStringLiteral("site")).toString();
        }
        QCOMPARE(summary.value(QStringLiteral("errors")).toInt(), errors);
        QCOMPARE(summary.value(QStringLiteral("sites")).toInt(), 25);
        // Exit 1 exactly when an error finding is there.
        QCOMPARE(run.exitCode, errors > 0 ? 1 : 0);
    }

    void oneSiteAndText() {
        QVERIFY(!m_site.isEmpty());
        const CliRun run = runCli(m_workspace, {QStringLiteral("check"), QStringLiteral("--site"), m_site,
                                                QStringLiteral("--format"), QStringLiteral("json")});
        for (const QJsonValue& value : json(run).value(QStringLiteral("findings")).toArray())
            QCOMPARE(value.toObject().value(QStringLiteral("site")).toString(), m_site);
        const CliRun text = runCli(m_workspace, {QStringLiteral("check"), QStringLiteral("--site"), m_site});
        QVERIFY(text.out.contains(" errors, "));
        const CliRun unknown = runCli(
            m_workspace, {QStringLiteral("check"), QStringLiteral("--site"), QStringLiteral("No Such Site")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("No Such Site"));
    }

    void readinessJson() {
        const CliRun run = runCli(
            m_workspace, {QStringLiteral("readiness"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray sites = json(run).value(QStringLiteral("sites")).toArray();
        QCOMPARE(sites.size(), 25);
        for (const QJsonValue& value : sites) {
            const QJsonObject site = value.toObject();
            const QJsonArray items = site.value(QStringLiteral("items")).toArray();
            QCOMPARE(items.size(), 9);
            int passed = 0;
            for (const QJsonValue& item : items)
                passed += item.toObject().value(QStringLiteral("passed")).toBool() ? 1 : 0;
            QCOMPARE(site.value(QStringLiteral("score")).toInt(), passed * 100 / 9);
            QCOMPARE(site.value(QStringLiteral("ready")).toBool(), passed == 9);
            QCOMPARE(site.value(QStringLiteral("missing")).toArray().size(), 9 - passed);
        }
    }

    void reviewDueJson() {
        const CliRun run =
            runCli(m_workspace, {QStringLiteral("review"), QStringLiteral("due"), QStringLiteral("--within"),
                                 QStringLiteral("30"), QStringLiteral("--format"), QStringLiteral("json"),
                                 QStringLiteral("--as-of"), QStringLiteral("2026-11-01")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject doc = json(run);
        const QJsonArray items = doc.value(QStringLiteral("items")).toArray();
        QVERIFY(!items.isEmpty());
        int overdue = 0;
        int due = 0;
        for (const QJsonValue& value : items) {
            const QJsonObject item = value.toObject();
            for (const char* key : {"entity", "id", "site", "title", "last_reviewed", "next_due", "state"})
                QVERIFY2(item.contains(QLatin1String(key)), key);
            const QString state = item.value(QStringLiteral("state")).toString();
            overdue += state == QLatin1String("overdue") ? 1 : 0;
            due += state == QLatin1String("due") ? 1 : 0;
            const QDate next =
                QDate::fromString(item.value(QStringLiteral("next_due")).toString(), Qt::ISODate);
            QVERIFY(next.isValid());
            QVERIFY(next <= QDate(2026, 12, 1));
        }
        const QJsonObject summary = doc.value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("overdue")).toInt(), overdue);
        QCOMPARE(summary.value(QStringLiteral("due")).toInt(), due);
        QCOMPARE(runCli(m_workspace, {QStringLiteral("review"), QStringLiteral("later")}).exitCode, 2);
    }

    void reportsAreReadable() {
        const QString pdftotext = popplerTool("pdftotext");
        const QString pdftoppm = popplerTool("pdftoppm");
        if (pdftotext.isEmpty() || pdftoppm.isEmpty()) {
            if (qgetenv("CI") == "true")
                QFAIL("poppler-utils are missing");
            QSKIP("poppler-utils are not installed");
        }
        const QString activation = m_dir.filePath(QStringLiteral("activation.pdf"));
        CliRun run =
            runCli(m_workspace, {QStringLiteral("report"), QStringLiteral("activation"),
                                 QStringLiteral("--site"), m_site, QStringLiteral("-o"), activation});
        QVERIFY2(run.exitCode == 0, describe(run).constData());
        QProcess text;
        text.start(pdftotext, {QStringLiteral("-layout"), activation, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60'000));
        const QString body = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(body.contains(m_site), qPrintable(body.left(400)));
        QVERIFY(body.contains(QStringLiteral("Coverage chosen")));

        const QString handout = m_dir.filePath(QStringLiteral("handout.pdf"));
        run = runCli(m_workspace,
                     {QStringLiteral("report"), QStringLiteral("handout"), QStringLiteral("--site"), m_site,
                      QStringLiteral("-o"), handout, QStringLiteral("--help-desk-phone"),
                      QStringLiteral("+18665550123"), QStringLiteral("--help-desk-email"),
                      QStringLiteral("help@brightpath.example")});
        if (run.exitCode != 0) {
            // A site without coverage gets no handout, and says why.
            QVERIFY2(run.err.contains("coverage"), describe(run).constData());
            return;
        }
        QProcess png;
        png.start(pdftoppm, {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"),
                             QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                             QStringLiteral("1"), handout, m_dir.filePath(QStringLiteral("handout"))});
        QVERIFY(png.waitForFinished(60'000));
        QDir dir(m_dir.path());
        const QStringList pages = dir.entryList({QStringLiteral("handout*.png")});
        QCOMPARE(pages.size(), 1);
        const QImage page(dir.filePath(pages.first()));
        QVERIFY(!page.isNull());
        text.start(pdftotext, {QStringLiteral("-layout"), handout, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60'000));
        QVERIFY(QString::fromUtf8(text.readAllStandardOutput())
                    .contains(QStringLiteral("help@brightpath.example")));
    }

    void reportRefusesAnUnwritablePath() {
        const CliRun run = runCli(m_workspace, {QStringLiteral("report"), QStringLiteral("activation"),
                                                QStringLiteral("--site"), m_site, QStringLiteral("-o"),
                                                QStringLiteral("/proc/no/such/dir/a.pdf")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("a.pdf"));
    }
};

QTEST_GUILESS_MAIN(tst_CliCheck)
#include "tst_CliCheck.moc"
