// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoreTestSupport.h"
#include "Escalation.h"

#include <QTest>

using namespace sitekeeper;
using namespace sitekeeper::test;
using namespace Qt::StringLiterals;

using EscalationMutation = Mutation<Escalation>;
Q_DECLARE_METATYPE(EscalationMutation)

namespace {

Escalation validEscalation() {
    Escalation escalation;
    escalation.id = QUuid(u"76543210-0000-4000-8000-000000000001"_s);
    escalation.siteId = QUuid(u"3f1e2d4c-5b6a-4789-8abc-def012345678"_s);
    escalation.date = QDate(2024, 6, 3);
    escalation.category = u"Printing"_s;
    escalation.reason = EscalationReason::MissingInformation;
    escalation.ticket = u"T-20240603-0042"_s;
    escalation.summary = u"No reference for the plotter.\nUser waited 2 hours."_s;
    return escalation;
}

} // namespace

class tst_EscalationValidation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void valid() { verifyValid(validEscalation()); }

    void rejects_data() {
        QTest::addColumn<EscalationMutation>("mutate");
        QTest::addColumn<QString>("field");
        QTest::addRow("no id") << EscalationMutation([](Escalation& e) { e.id = QUuid(); }) << u"id"_s;
        QTest::addRow("no site") << EscalationMutation([](Escalation& e) { e.siteId = QUuid(); })
                                 << u"site_id"_s;
        QTest::addRow("no date") << EscalationMutation([](Escalation& e) { e.date = QDate(); }) << u"date"_s;
        QTest::addRow("category on two lines")
            << EscalationMutation([](Escalation& e) { e.category = u"Print\ning"_s; }) << u"category"_s;
        QTest::addRow("ticket over 200 characters")
            << EscalationMutation([](Escalation& e) { e.ticket = QString(201, u'9'); }) << u"ticket"_s;
        QTest::addRow("summary over 1 MiB")
            << EscalationMutation([](Escalation& e) { e.summary = QString(1024 * 1024 + 1, u's'); })
            << u"summary"_s;
        QTest::addRow("summary with escape character")
            << EscalationMutation([](Escalation& e) { e.summary = u"\u001b[31mred"_s; }) << u"summary"_s;
    }

    void rejects() {
        QFETCH(EscalationMutation, mutate);
        QFETCH(QString, field);
        verifyRejected(validEscalation(), mutate, field);
    }

    void accepts_data() {
        QTest::addColumn<EscalationMutation>("mutate");
        QTest::addRow("no category or ticket") << EscalationMutation([](Escalation& e) {
            e.category.clear();
            e.ticket.clear();
        });
        QTest::addRow("unreachable") << EscalationMutation(
            [](Escalation& e) { e.reason = EscalationReason::Unreachable; });
    }

    void accepts() {
        QFETCH(EscalationMutation, mutate);
        verifyAccepted(validEscalation(), mutate);
    }

    void json() {
        verifyJson(validEscalation(),
                   {u"id"_s, u"site_id"_s, u"date"_s, u"category"_s, u"reason"_s, u"ticket"_s, u"summary"_s});
        QCOMPARE(validEscalation().toJson().value(u"reason"_s).toString(), u"missing_information"_s);
        QCOMPARE(validEscalation().toJson().value(u"date"_s).toString(), u"2024-06-03"_s);
    }

    void jsonRejected_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        QTest::addRow("unknown reason") << u"reason"_s << QJsonValue(u"other"_s) << u"reason"_s;
        QTest::addRow("date without day") << u"date"_s << QJsonValue(u"2024-06"_s) << u"date"_s;
    }

    void jsonRejected() {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        verifyJsonRejected(validEscalation(), key, value, field);
    }

    // Escalations sort by date, so the display key is the ISO date.
    void displayKey() { QCOMPARE(validEscalation().displayKey(), u"2024-06-03"_s); }
};

QTEST_GUILESS_MAIN(tst_EscalationValidation)
#include "tst_EscalationValidation.moc"
