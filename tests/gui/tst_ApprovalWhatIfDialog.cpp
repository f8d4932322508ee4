// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApprovalWhatIfDialog.h"
#include "GuiTestSupport.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTextBrowser>

using namespace sitekeeper;
using namespace Qt::StringLiterals;

namespace {

QUuid uuidOf(uint n) {
    return QUuid(n, 0xa7, 0x1f, 0, 0, 0, 0, 0, 0, 0, 1);
}

ClientProfile profile(uint n, const QString& name, const QString& email, const QString& mobile,
                      const QString& office, ProfileStatus status = ProfileStatus::Active) {
    ClientProfile p;
    p.id = uuidOf(n);
    p.siteId = uuidOf(1);
    p.fullName = name;
    p.email = email;
    p.mobilePhone = mobile;
    p.officePhone = office;
    p.status = status;
    return p;
}

} // namespace

// The what-if dialog on a site with approvers in the UK, Germany and the US.
class tst_ApprovalWhatIfDialog : public QObject {
    Q_OBJECT

    SiteData m_site;
    PartnerData m_partner;

private Q_SLOTS:
    void initTestCase() {
        m_site.site.id = uuidOf(1);
        m_site.site.name = u"Harbour Office"_s;
        m_site.profiles = {
            profile(10, u"Anna Berger"_s, u"anna.berger@harbour.example"_s, u"+447400123456"_s,
                    u"+441212345678"_s),
            profile(11, u"Ben Carter"_s, u"ben.carter@harbour.example"_s, u"+12015550123"_s,
                    u"+14155550123"_s),
            profile(12, u"Clara Dietrich"_s, u"clara.dietrich@harbour.example"_s, QString(),
                    u"+4930123456"_s),
            profile(13, u"Dora Engel"_s, u"dora.engel@harbour.example"_s, u"+4915123456789"_s, QString(),
                    ProfileStatus::Disabled),
        };
        const QString reset = u"password_reset_other_user"_s;
        Approver clara;
        clara.id = uuidOf(300);
        clara.approvalType = reset;
        clara.personId = uuidOf(12);
        clara.phones = {u"+4930123456"_s};
        clara.authenticateApproverWithMobile = true;
        Approver anna;
        anna.id = uuidOf(301);
        anna.approvalType = reset;
        anna.personId = uuidOf(10);
        anna.phones = {u"+447400123456"_s, u"+441212345678"_s, u"+4930123456"_s};
        anna.smsAuthentication = true;
        anna.authenticateRequestorWithMobile = true;
        Approver nora;
        nora.id = uuidOf(302);
        nora.approvalType = u"mailbox_access"_s;
        nora.personKind = PersonKind::PartnerContact;
        nora.personId = uuidOf(100);
        nora.phones = {u"+12125551234"_s};
        nora.automatedApproval = true;
        m_site.approvers = {clara, anna, nora};

        PartnerContact contact;
        contact.id = uuidOf(100);
        contact.name = u"Nora Lindqvist"_s;
        contact.phones = {u"+12125551234"_s};
        m_partner.contacts = {{contact.id, contact}};
        m_partner.approvalTypes = ApprovalType::builtins();
        m_partner.today = QDate(2024, 3, 27);
    }

    void showsThePlan() {
        ApprovalWhatIfDialog dialog(m_site, m_partner);
        dialog.resize(760, 640);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        auto* types = dialog.findChild<QComboBox*>(u"typeCombo"_s);
        auto* requesters = dialog.findChild<QComboBox*>(u"requesterCombo"_s);
        auto* filter = dialog.findChild<QLineEdit*>(u"requesterFilter"_s);
        QVERIFY(types && requesters && filter);
        QCOMPARE(types->count(), int(ApprovalType::builtins().size()));
        QCOMPARE(dialog.approvalType(), u"password_reset_other_user"_s); // the first type with an approver
        QCOMPARE(requesters->count(), 3); // the disabled profile is not offered

        QTest::keyClicks(filter, u"carter"_s);
        QCOMPARE(requesters->count(), 1);
        QCOMPARE(dialog.requester(), uuidOf(11));

        const QString text = dialog.planText();
        const qsizetype first = text.indexOf(u"Clara Dietrich"_s);
        const qsizetype second = text.indexOf(u"Anna Berger"_s);
        QVERIFY2(first >= 0 && second > first, qPrintable(text));
        QVERIFY2(text.contains(u"Requested by Ben Carter"_s), qPrintable(text));
        QVERIFY2(text.contains(u"+49 30 123456 — call for verbal approval"_s), qPrintable(text));
        QVERIFY2(text.contains(u"+44 7400 123456 — text message with a web link"_s), qPrintable(text));
        QVERIFY2(text.contains(u"+44 121 234 5678 — call for verbal approval"_s), qPrintable(text));
        QVERIFY2(text.contains(u"not tried"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Dead end:"_s), qPrintable(text)); // Clara has no mobile on file
        QVERIFY2(text.contains(u"SMS authentication code"_s), qPrintable(text));
        QVERIFY2(text.contains(u"+1 201-555-0123"_s),
                 qPrintable(text)); // Ben's mobile gets the requestor code
        QVERIFY(dialog.plan().isWorkable());
        screenshot(&dialog, u"approval-what-if"_s);

        // Anna asking: requestor authentication goes to her own mobile, and she approves her own request.
        filter->clear();
        QVERIFY(dialog.setRequester(uuidOf(10)));
        QVERIFY2(dialog.planText().contains(u"requester is the approver"_s), qPrintable(dialog.planText()));

        // Clara asking: no mobile, so the requestor cannot be authenticated anywhere.
        QVERIFY(dialog.setRequester(uuidOf(12)));
        QVERIFY(!dialog.plan().isWorkable());
        QVERIFY(dialog.planText().contains(u"has no mobile number"_s));

        // A partner contact with a North American number is called; automated approval.
        QVERIFY(dialog.setApprovalType(u"mailbox_access"_s));
        QVERIFY2(dialog.planText().contains(u"Nora Lindqvist"_s), qPrintable(dialog.planText()));
        QVERIFY(dialog.planText().contains(u"+1 212-555-1234 — call for verbal approval"_s));
        QVERIFY(dialog.planText().contains(u"Automated approval"_s));

        // No approver at all.
        QVERIFY(dialog.setApprovalType(u"hardware_purchase"_s));
        QVERIFY2(dialog.planText().contains(u"no approver for Hardware purchase"_s),
                 qPrintable(dialog.planText()));
        QVERIFY(!dialog.plan().isWorkable());
    }

    void filterWithoutMatch() {
        ApprovalWhatIfDialog dialog(m_site, m_partner);
        auto* filter = dialog.findChild<QLineEdit*>(u"requesterFilter"_s);
        QTest::keyClicks(filter, u"nobody"_s);
        QCOMPARE(dialog.findChild<QComboBox*>(u"requesterCombo"_s)->count(), 0);
        QVERIFY(dialog.requester().isNull());
        QVERIFY(dialog.planText().contains(u"No requester chosen"_s));
    }
};

QTEST_MAIN(tst_ApprovalWhatIfDialog)
#include "tst_ApprovalWhatIfDialog.moc"
