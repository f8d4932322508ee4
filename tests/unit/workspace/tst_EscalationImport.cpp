// SPDX-License-Identifier: GPL-3.0-or-later
#include "EscalationImport.h"
#include "Store.h"
#include "Workspace.h"

#include <QSignalSpy>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace sitekeeper;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::optional<QDate>)

namespace {

const QByteArray psaExport =
    "Ticket #,Date Entered,Company Name,Type,Assignment Reason,Summary\r\n"
    "T-100,2024-06-03,Contoso HQ,Printing,Missing info,Plotter on floor 2\r\n"
    "T-101,06/04/2024,contoso hq,Microsoft 365,Needs approval,\"Mailbox access, shared\"\r\n"
    "T-102,05.06.2024 14:05,Fabrikam,Security Incident,No response,\"Phishing\r\nreported\"\r\n"
    ",2024/06/07 9:30 AM,Fabrikam,Printing,out_of_scope,\r\n"_ba;

QList<Escalation> allEscalations(Workspace& workspace) {
    ListQuery query;
    query.limit = -1;
    query.orderBy = u"ticket"_s;
    return workspace.store().escalations().list(query).value();
}

} // namespace

class tst_EscalationImport : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    QUuid m_contoso;
    QUuid m_fabrikam;

    QUuid addSite(const QString& name) {
        Site site;
        site.id = QUuid::createUuid();
        site.name = name;
        const auto created = m_workspace->store().sites().create(site);
        if (!created)
            qWarning() << created.error().toString();
        return site.id;
    }

    EscalationImport::Preview preview(const QByteArray& bytes) {
        const auto result = EscalationImport(*m_workspace).preview(bytes);
        if (!result) {
            qWarning() << result.error().toString();
            return {};
        }
        return *result;
    }

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto opened = Workspace::open(m_dir->filePath(u"ws"_s), Workspace::OpenMode::CreateIfMissing);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
        m_workspace = std::move(opened).value();
        m_contoso = addSite(u"Contoso HQ"_s);
        m_fabrikam = addSite(u"Fabrikam"_s);
    }

    void cleanup() {
        m_workspace.reset();
        m_dir.reset();
    }

    void importsAValidFile() {
        EscalationImport importer(*m_workspace);
        const auto previewed = importer.preview(psaExport);
        QVERIFY2(previewed.ok(), qPrintable(previewed.ok() ? QString() : previewed.error().toString()));
        QCOMPARE(previewed->rows.size(), 4);
        QCOMPARE(previewed->count(EscalationImport::Outcome::New), 4);
        QVERIFY(!previewed->hasErrors());
        QCOMPARE(previewed->rows[2].row, 4);
        QCOMPARE(previewed->rows[3].line, 6); // after the two-line summary
        // Nothing is written by a preview.
        QCOMPARE(m_workspace->store().escalations().count().value(), 0);

        QSignalSpy changed(m_workspace.get(), &Workspace::recordChanged);
        const auto summary = importer.import(*previewed);
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().toString()));
        QCOMPARE(summary->created, 4);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed[0][0].value<EntityKind>(), EntityKind::Escalation);

        const QList<Escalation> stored = allEscalations(*m_workspace);
        QCOMPARE(stored.size(), 4);
        const Escalation& noTicket = stored[0];
        QCOMPARE(noTicket.ticket, QString());
        QCOMPARE(noTicket.date, QDate(2024, 6, 7));
        QCOMPARE(noTicket.siteId, m_fabrikam);
        QCOMPARE(noTicket.reason, EscalationReason::OutOfScope);
        const Escalation& t100 = stored[1];
        QCOMPARE(t100.siteId, m_contoso);
        QCOMPARE(t100.date, QDate(2024, 6, 3));
        QCOMPARE(t100.category, u"printing"_s);
        QCOMPARE(t100.reason, EscalationReason::MissingInformation);
        QCOMPARE(t100.summary, u"Plotter on floor 2"_s);
        QCOMPARE(t100.id, EscalationImport::idFor(t100));
        const Escalation& t101 = stored[2];
        QCOMPARE(t101.siteId, m_contoso); // site names match case-insensitively
        QCOMPARE(t101.date, QDate(2024, 6, 4));
        QCOMPARE(t101.category, u"microsoft_365"_s);
        QCOMPARE(t101.reason, EscalationReason::NeedsApproval);
        QCOMPARE(t101.summary, u"Mailbox access, shared"_s);
        const Escalation& t102 = stored[3];
        QCOMPARE(t102.date, QDate(2024, 6, 5));
        QCOMPARE(t102.category, u"security_incident"_s);
        QCOMPARE(t102.reason, EscalationReason::Unreachable);
        QCOMPARE(t102.summary, u"Phishing\r\nreported"_s);
    }

    void sameFileAgainDuplicatesNothing() {
        EscalationImport importer(*m_workspace);
        QVERIFY(importer.import(preview(psaExport)).ok());
        const QList<Escalation> first = allEscalations(*m_workspace);

        const EscalationImport::Preview again = preview(psaExport);
        QCOMPARE(again.count(EscalationImport::Outcome::New), 0);
        QCOMPARE(again.count(EscalationImport::Outcome::Unchanged), 4);
        const auto summary = importer.import(again);
        QVERIFY(summary.ok());
        QCOMPARE(summary->created, 0);
        QCOMPARE(summary->unchanged, 4);
        QCOMPARE(allEscalations(*m_workspace), first);

        // A changed row of the same ticket is an update of the same record.
        QByteArray edited = psaExport;
        edited.replace("Plotter on floor 2", "Plotter on floor 3");
        const EscalationImport::Preview updated = preview(edited);
        QCOMPARE(updated.count(EscalationImport::Outcome::Update), 1);
        QCOMPARE(updated.count(EscalationImport::Outcome::Unchanged), 3);
        QVERIFY(importer.import(updated).ok());
        QCOMPARE(m_workspace->store().escalations().count().value(), 4);
    }

    void identicalRowsWithoutTicketAreTwoEscalations() {
        const QByteArray bytes =
            "Date,Site,Category\n2024-06-03,Fabrikam,Printing\n2024-06-03,Fabrikam,Printing\n"_ba;
        EscalationImport importer(*m_workspace);
        QVERIFY(importer.import(preview(bytes)).ok());
        QCOMPARE(m_workspace->store().escalations().count().value(), 2);
        QCOMPARE(preview(bytes).count(EscalationImport::Outcome::Unchanged), 2);
        QVERIFY(preview(bytes).notes.join(u' ').contains(u"no reason column"_s));
    }

    void invalidRowsImportNothing_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("problem");

        const QByteArray header = "Ticket,Date,Site,Category,Reason\n"_ba;
        const QByteArray good = "T-1,2024-06-03,Contoso HQ,Printing,Missing info\n"_ba;
        QTest::addRow("unknown site") << header + good + "T-2,2024-06-03,Northwind,Printing,Unreachable\n"_ba
                                      << u"row 3, column 'Site': No site is named \"Northwind\""_s;
        QTest::addRow("bad date") << header + good + "T-2,2024-02-30,Contoso HQ,Printing,Unreachable\n"_ba
                                  << u"row 3, column 'Date': \"2024-02-30\" is not a date"_s;
        QTest::addRow("date in words") << header + good + "T-2,June 3rd,Contoso HQ,Printing,Unreachable\n"_ba
                                       << u"row 3, column 'Date': \"June 3rd\" is not a date"_s;
        QTest::addRow("empty category") << header + good + "T-2,2024-06-03,Contoso HQ,,Unreachable\n"_ba
                                        << u"row 3, column 'Category': The category is empty"_s;
        QTest::addRow("empty reason") << header + good + "T-2,2024-06-03,Contoso HQ,Printing,\n"_ba
                                      << u"row 3, column 'Reason': The reason is empty"_s;
        QTest::addRow("unknown reason") << header + good + "T-2,2024-06-03,Contoso HQ,Printing,Lunch\n"_ba
                                        << u"row 3, column 'Reason': \"Lunch\" is not a reason"_s;
        QTest::addRow("ticket twice")
            << header + good + good << u"row 3, column 'Ticket': Ticket \"T-1\" is also on row 2"_s;
        QTest::addRow("empty site") << header + good + "T-2,2024-06-03,,Printing,Unreachable\n"_ba
                                    << u"row 3, column 'Site': The site is empty"_s;
    }

    void invalidRowsImportNothing() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, problem);
        EscalationImport importer(*m_workspace);
        const auto previewed = importer.preview(bytes);
        QVERIFY(previewed.ok());
        QVERIFY(previewed->hasErrors());
        QCOMPARE(previewed->count(EscalationImport::Outcome::New), 1);
        QVERIFY2(previewed->errorText().startsWith(problem), qPrintable(previewed->errorText()));
        const auto imported = importer.import(*previewed);
        QVERIFY(!imported.ok());
        QVERIFY2(imported.error().message.contains(problem), qPrintable(imported.error().message));
        QCOMPARE(m_workspace->store().escalations().count().value(), 0);
    }

    void missingRequiredColumnsAreNamed() {
        const auto result =
            EscalationImport(*m_workspace).preview("Ticket,When,Client\nT-1,2024-06-03,Fabrikam\n"_ba);
        QVERIFY(!result.ok());
        const QString message = result.error().message;
        QVERIFY2(message.contains(u"no date, category column"_s), qPrintable(message));
        QVERIFY2(message.contains(u"Header found: Ticket, When, Client"_s), qPrintable(message));
    }

    void unreadableCsvNamesRowAndColumn() {
        const auto result =
            EscalationImport(*m_workspace).preview("Date,Site,Category\n2024-06-03,\"Fabrikam,Printing\n"_ba);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().where, u"row 2, column 2 (line 2)"_s);
    }

    void otherEncodingsAndDelimiters_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("summary");

        const QString text =
            u"Date;Site;Category;Summary\r\n2024-06-03;Fabrikam;Printing;“Zoë’s” plotter\r\n"_s;
        QStringEncoder utf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        QTest::addRow("UTF-16 LE with BOM, semicolons") << QByteArray(utf16(text)) << u"“Zoë’s” plotter"_s;
        QStringEncoder utf16be(QStringConverter::Utf16BE);
        QTest::addRow("UTF-16 BE without BOM") << QByteArray(utf16be(text)) << u"“Zoë’s” plotter"_s;
        QTest::addRow("Windows-1252")
            << "Date,Site,Category,Summary\r\n2024-06-03,Fabrikam,Printing,\x93Zo\xEB\x92s\x94 plotter\r\n"_ba
            << u"“Zoë’s” plotter"_s;
        QTest::addRow("tabs") << "Date\tSite\tCategory\tSummary\n2024-06-03\tFabrikam\tPrinting\tplain\n"_ba
                              << u"plain"_s;
    }

    void otherEncodingsAndDelimiters() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, summary);
        EscalationImport importer(*m_workspace);
        const EscalationImport::Preview previewed = preview(bytes);
        QVERIFY(!previewed.hasErrors());
        QCOMPARE(previewed.rows.size(), 1);
        QCOMPARE(previewed.notes.join(u' ').contains(u"Windows-1252"_s),
                 previewed.encoding == CsvTable::Encoding::Windows1252);
        QVERIFY(importer.import(previewed).ok());
        const QList<Escalation> stored = allEscalations(*m_workspace);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored[0].summary, summary);
        QCOMPARE(stored[0].siteId, m_fabrikam);
    }

    void dates_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<std::optional<QDate>>("date");
        const std::optional<QDate> june3 = QDate(2024, 6, 3);
        QTest::addRow("ISO") << u"2024-06-03"_s << june3;
        QTest::addRow("ISO with T time") << u"2024-06-03T14:05:09Z"_s << june3;
        QTest::addRow("ISO with time and offset") << u"2024-06-03T14:05:09.123+02:00"_s << june3;
        QTest::addRow("ISO with space time") << u"2024-06-03 14:05"_s << june3;
        QTest::addRow("US") << u"06/03/2024"_s << june3;
        QTest::addRow("US short with PM") << u"6/3/2024 2:05 PM"_s << june3;
        QTest::addRow("German") << u"03.06.2024"_s << june3;
        QTest::addRow("German with time") << u"3.6.2024 14:05:09"_s << june3;
        QTest::addRow("year first with slashes") << u"2024/06/03"_s << june3;
        QTest::addRow("padded") << u" 2024/6/3 "_s << june3;
        QTest::addRow("no 30 February") << u"2024-02-30"_s << std::optional<QDate>();
        QTest::addRow("no month 13") << u"13/01/2024"_s << std::optional<QDate>();
        QTest::addRow("bad time") << u"2024-06-03 25:00"_s << std::optional<QDate>();
        QTest::addRow("two-digit year") << u"6/3/24"_s << std::optional<QDate>();
        QTest::addRow("words") << u"June 3, 2024"_s << std::optional<QDate>();
        QTest::addRow("empty") << QString() << std::optional<QDate>();
    }

    void dates() {
        QFETCH(QString, text);
        QFETCH(std::optional<QDate>, date);
        QCOMPARE(EscalationImport::parseDate(text), date);
    }

    void reasons_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("reason");
        using R = EscalationReason;
        QTest::addRow("key") << u"missing_information"_s << int(R::MissingInformation);
        QTest::addRow("Out of scope") << u"Out of scope"_s << int(R::OutOfScope);
        QTest::addRow("Missing info") << u"Missing info"_s << int(R::MissingInformation);
        QTest::addRow("Missing information") << u"MISSING INFORMATION"_s << int(R::MissingInformation);
        QTest::addRow("Needs approval") << u"Needs approval"_s << int(R::NeedsApproval);
        QTest::addRow("Approval needed") << u"approval-needed"_s << int(R::NeedsApproval);
        QTest::addRow("Unreachable") << u"Unreachable"_s << int(R::Unreachable);
        QTest::addRow("Could not reach") << u"Could not reach"_s << int(R::Unreachable);
        QTest::addRow("No response") << u" No response "_s << int(R::Unreachable);
        QTest::addRow("unknown") << u"Lunch"_s << -1;
        QTest::addRow("empty") << QString() << -1;
    }

    void reasons() {
        QFETCH(QString, text);
        QFETCH(int, reason);
        const auto parsed = EscalationImport::parseReason(text);
        QCOMPARE(parsed ? int(*parsed) : -1, reason);
    }
};

QTEST_GUILESS_MAIN(tst_EscalationImport)
#include "tst_EscalationImport.moc"
