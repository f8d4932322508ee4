// SPDX-License-Identifier: GPL-3.0-or-later
#include "Approver.h"
#include "CoreTestSupport.h"

#include <QTest>

using namespace sitekeeper;
using namespace sitekeeper::test;
using namespace Qt::StringLiterals;

using ApproverMutation = Mutation<Approver>;
Q_DECLARE_METATYPE(ApproverMutation)

namespace {

Approver validApprover() {
    Approver approver;
    approver.id = QUuid(u"d0000000-0000-4000-8000-000000000001"_s);
    approver.siteId = QUuid(u"3f1e2d4c-5b6a-4789-8abc-def012345678"_s);
    approver.approvalType = u"new_user_setup"_s;
    approver.personKind = PersonKind::ClientProfile;
    approver.personId = QUuid(u"a1b2c3d4-0001-4000-8000-000000000001"_s);
    approver.phones = {u"+447400123456"_s, u"+441212345678"_s};
    approver.smsAuthentication = true;
    approver.authenticateRequestorWithMobile = true;
    approver.lastReviewed = QDate(2024, 1, 15);
    return approver;
}

} // namespace

class tst_ApproverValidation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void valid() { verifyValid(validApprover()); }

    void rejects_data() {
        QTest::addColumn<ApproverMutation>("mutate");
        QTest::addColumn<QString>("field");
        QTest::addRow("no id") << ApproverMutation([](Approver& a) { a.id = QUuid(); }) << u"id"_s;
        QTest::addRow("no site") << ApproverMutation([](Approver& a) { a.siteId = QUuid(); }) << u"site_id"_s;
        QTest::addRow("no approval type")
            << ApproverMutation([](Approver& a) { a.approvalType.clear(); }) << u"approval_type"_s;
        QTest::addRow("approval type by name")
            << ApproverMutation([](Approver& a) { a.approvalType = u"New user setup"_s; })
            << u"approval_type"_s;
        QTest::addRow("no person") << ApproverMutation([](Approver& a) { a.personId = QUuid(); })
                                   << u"person_id"_s;
        QTest::addRow("first phone not E.164")
            << ApproverMutation([](Approver& a) { a.phones[0] = u"07400 123456"_s; }) << u"phones[0]"_s;
        QTest::addRow("second phone invalid")
            << ApproverMutation([](Approver& a) { a.phones[1] = u"+4412"_s; }) << u"phones[1]"_s;
        QTest::addRow("empty phone") << ApproverMutation([](Approver& a) { a.phones.append(QString()); })
                                     << u"phones[2]"_s;
    }

    void rejects() {
        QFETCH(ApproverMutation, mutate);
        QFETCH(QString, field);
        verifyRejected(validApprover(), mutate, field);
    }

    void accepts_data() {
        QTest::addColumn<ApproverMutation>("mutate");
        // Best-practice findings (SK401, SK402, SK404), not malformed records.
        QTest::addRow("automated approval and SMS authentication")
            << ApproverMutation([](Approver& a) { a.automatedApproval = true; });
        QTest::addRow("three phones")
            << ApproverMutation([](Approver& a) { a.phones.append(u"+12015550123"_s); });
        QTest::addRow("no phones") << ApproverMutation([](Approver& a) { a.phones.clear(); });
        QTest::addRow("partner contact")
            << ApproverMutation([](Approver& a) { a.personKind = PersonKind::PartnerContact; });
        QTest::addRow("partner's own approval type")
            << ApproverMutation([](Approver& a) { a.approvalType = u"printer_purchase"_s; });
        QTest::addRow("never reviewed") << ApproverMutation([](Approver& a) { a.lastReviewed = QDate(); });
    }

    void accepts() {
        QFETCH(ApproverMutation, mutate);
        verifyAccepted(validApprover(), mutate);
    }

    void json() {
        verifyJson(validApprover(),
                   {u"id"_s, u"site_id"_s, u"approval_type"_s, u"person_kind"_s, u"person_id"_s, u"phones"_s,
                    u"automated_approval"_s, u"sms_authentication"_s, u"authenticate_approver_with_mobile"_s,
                    u"authenticate_requestor_with_mobile"_s, u"last_reviewed"_s});
        const QJsonObject json = validApprover().toJson();
        QCOMPARE(json.value(u"phones"_s).toArray(), QJsonArray({u"+447400123456"_s, u"+441212345678"_s}));
        QCOMPARE(json.value(u"person_kind"_s).toString(), u"client_profile"_s);
    }

    void jsonRejected_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        QTest::addRow("unknown person kind")
            << u"person_kind"_s << QJsonValue(u"technician"_s) << u"person_kind"_s;
        QTest::addRow("person id as null is allowed but bad string not")
            << u"person_id"_s << QJsonValue(u"Fox"_s) << u"person_id"_s;
        QTest::addRow("phones as text") << u"phones"_s << QJsonValue(u"+447400123456"_s) << u"phones"_s;
        QTest::addRow("phone as number")
            << u"phones"_s << QJsonValue(QJsonArray{u"+447400123456"_s, 1}) << u"phones[1]"_s;
        QTest::addRow("flag as text")
            << u"sms_authentication"_s << QJsonValue(u"no"_s) << u"sms_authentication"_s;
    }

    void jsonRejected() {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        verifyJsonRejected(validApprover(), key, value, field);
    }

    void displayKey() { QCOMPARE(validApprover().displayKey(), u"new_user_setup"_s); }
};

QTEST_GUILESS_MAIN(tst_ApproverValidation)
#include "tst_ApproverValidation.moc"
