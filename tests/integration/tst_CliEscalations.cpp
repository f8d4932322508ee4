// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

// `sitekeeper-cli import escalations`: exit codes, the dry run, JSON output and idempotence.
class tst_CliEscalations : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_ws;

    QString writeFile(const QString& name, const QByteArray& bytes) {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return QString();
        return path;
    }

    CliRun importFile(const QString& path, const QStringList& options = {}) {
        return runCli(m_ws, QStringList{u"import"_s, u"escalations"_s, path} + options);
    }

    int escalationCount() {
        const auto run = runCli(m_ws, {u"stats"_s, u"--format"_s, u"json"_s});
        return QJsonDocument::fromJson(run.out).object().value(u"escalations"_s).toInt(-1);
    }

    QString m_good;
    QString m_bad;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_ws = m_dir.filePath(u"ws"_s);
        QVERIFY_CLI(runCli(m_ws, {u"init"_s}), 0);
        QVERIFY_CLI(runCli(m_ws, {u"site"_s, u"add"_s, u"Contoso HQ"_s}), 0);
        m_good =
            writeFile(u"good.csv"_s, "Ticket;Created;Client;Issue Type;Reason;Title\r\n"
                                     "T-1;2024-06-03;Contoso HQ;Printing;Missing info;Plotter\r\n"
                                     "T-2;03.06.2024;CONTOSO HQ;Microsoft 365;Needs approval;Mailbox\r\n"_ba);
        m_bad = writeFile(u"bad.csv"_s, "Ticket,Date,Site,Category\r\n"
                                        "T-3,2024-06-03,Contoso HQ,Printing\r\n"
                                        "T-4,2024-06-03,Northwind,Printing\r\n"
                                        "T-5,someday,Contoso HQ,Printing\r\n"_ba);
    }

    void dryRunWritesNothing() {
        const auto run = importFile(m_good, {u"--dry-run"_s});
        QVERIFY_CLI(run, 0);
        QVERIFY2(run.out.contains("2 new, 0 updated, 0 unchanged, 0 invalid"), run.out.constData());
        QCOMPARE(escalationCount(), 0);
    }

    void importsThenFindsNothingNew() {
        QVERIFY_CLI(importFile(m_good), 0);
        QCOMPARE(escalationCount(), 2);

        const auto again = importFile(m_good, {u"--format"_s, u"json"_s});
        QVERIFY_CLI(again, 0);
        const QJsonObject json = QJsonDocument::fromJson(again.out).object();
        QCOMPARE(json.value(u"summary"_s).toObject(),
                 (QJsonObject{{u"new"_s, 0}, {u"update"_s, 0}, {u"unchanged"_s, 2}, {u"invalid"_s, 0}}));
        QCOMPARE(json.value(u"delimiter"_s).toString(), u";"_s);
        QCOMPARE(json.value(u"rows"_s).toArray().size(), 2);
        QCOMPARE(json.value(u"rows"_s).toArray()[1].toObject().value(u"row"_s).toInt(), 3);
        QCOMPARE(escalationCount(), 2);
    }

    void invalidRowsExitOneAndWriteNothing() {
        const auto run = importFile(m_bad);
        QVERIFY_CLI(run, 1);
        QVERIFY2(run.err.contains("row 3, column 'Site': No site is named \"Northwind\""),
                 run.err.constData());
        QVERIFY2(run.err.contains("row 4, column 'Date'"), run.err.constData());
        QVERIFY2(run.err.contains("nothing was imported"), run.err.constData());
        QCOMPARE(escalationCount(), 2);

        const auto json = importFile(m_bad, {u"--format"_s, u"json"_s});
        QVERIFY_CLI(json, 1);
        const QJsonArray rows = QJsonDocument::fromJson(json.out).object().value(u"rows"_s).toArray();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0].toObject().value(u"outcome"_s).toString(), u"new"_s);
        QCOMPARE(rows[1].toObject().value(u"outcome"_s).toString(), u"invalid"_s);
        QCOMPARE(rows[1].toObject().value(u"column"_s).toString(), u"Site"_s);
        QCOMPARE(rows[2].toObject().value(u"column"_s).toString(), u"Date"_s);
        QCOMPARE(QJsonDocument::fromJson(json.out).object().value(u"imported"_s).toBool(), false);
    }

    void usageAndFileErrorsExitTwo_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::addRow("no file") << QStringList{u"import"_s, u"escalations"_s} << QByteArray("FILE");
        QTest::addRow("missing file") << QStringList{u"import"_s, u"escalations"_s, u"/nonexistent/x.csv"_s}
                                      << QByteArray("cannot read");
        QTest::addRow("unknown option")
            << QStringList{u"import"_s, u"escalations"_s, u"x.csv"_s, u"--fast"_s} << QByteArray("fast");
    }

    void usageAndFileErrorsExitTwo() {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        const auto run = runCli(m_ws, args);
        QVERIFY_CLI(run, 2);
        QVERIFY2(run.err.contains(message), run.err.constData());
    }

    void missingColumnExitsTwo() {
        const QString path = writeFile(u"columns.csv"_s, "Ticket,Site\r\nT-9,Contoso HQ\r\n"_ba);
        const auto run = importFile(path);
        QVERIFY_CLI(run, 2);
        QVERIFY2(run.err.contains("no date, category column"), run.err.constData());
        QVERIFY2(run.err.contains("Header found: Ticket, Site"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(tst_CliEscalations)
#include "tst_CliEscalations.moc"
