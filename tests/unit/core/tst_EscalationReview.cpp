// SPDX-License-Identifier: GPL-3.0-or-later
#include "EscalationReview.h"

#include <QTest>

using namespace sitekeeper;
using namespace Qt::StringLiterals;

using Escalations = QList<Escalation>;
using References = QList<Reference>;
Q_DECLARE_METATYPE(sitekeeper::ReferenceTopic)

namespace {

const QUuid siteId(u"3f1e2d4c-5b6a-4789-8abc-def012345678"_s);
const QDate from(2024, 6, 3); // a Monday
const QDate to(2024, 6, 16);

Escalation escalation(const QDate& date, const QString& category,
                      EscalationReason reason = EscalationReason::OutOfScope) {
    Escalation e;
    e.id = QUuid::createUuid();
    e.siteId = siteId;
    e.date = date;
    e.category = category;
    e.reason = reason;
    return e;
}

Reference reference(const QString& title, ReferenceTopic topic, bool partnerWide = false,
                    ReferenceStatus status = ReferenceStatus::Current) {
    Reference r;
    r.id = QUuid::createUuidV5(QUuid(), title);
    r.siteId = partnerWide ? QUuid() : siteId;
    r.title = title;
    r.topic = topic;
    r.status = status;
    return r;
}

// One line per category: "key count last-date reasons -> covering title or (none)".
QStringList lines(const EscalationReview::Summary& summary) {
    QStringList result;
    for (const EscalationReview::Category& c : summary.categories) {
        QStringList reasons;
        for (int n : c.byReason)
            reasons << QString::number(n);
        result << u"%1 %2 %3 %4 -> %5"_s.arg(c.category)
                      .arg(c.count)
                      .arg(c.lastDate.toString(Qt::ISODate), reasons.join(u'/'),
                           c.covering ? c.covering->title : u"(none)"_s);
    }
    return result;
}

} // namespace

class tst_EscalationReview : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void review_data() {
        QTest::addColumn<Escalations>("escalations");
        QTest::addColumn<References>("references");
        QTest::addColumn<QStringList>("expected");

        using R = EscalationReason;
        using T = ReferenceTopic;
        const QDate d1(2024, 6, 3), d2(2024, 6, 5), d3(2024, 6, 12);

        QTest::addRow("by count, then by key")
            << Escalations{escalation(d1, u"network"_s),
                           escalation(d2, u"printing"_s),
                           escalation(d3, u"printing"_s, R::MissingInformation),
                           escalation(d1, u"microsoft_365"_s),
                           escalation(d2, u"microsoft_365"_s, R::NeedsApproval),
                           escalation(d1, u"printing"_s, R::Unreachable)}
            << References{}
            << QStringList{u"printing 3 2024-06-12 1/1/0/1 -> (none)"_s,
                           u"microsoft_365 2 2024-06-05 1/0/1/0 -> (none)"_s,
                           u"network 1 2024-06-03 1/0/0/0 -> (none)"_s};
        QTest::addRow("outside the range is not counted")
            << Escalations{escalation(QDate(2024, 6, 2), u"printing"_s), escalation(to, u"printing"_s),
                           escalation(to.addDays(1), u"printing"_s), escalation(from, u"mfa"_s)}
            << References{}
            << QStringList{u"mfa 1 2024-06-03 1/0/0/0 -> (none)"_s,
                           u"printing 1 2024-06-16 1/0/0/0 -> (none)"_s};
        QTest::addRow("category spellings count together")
            << Escalations{escalation(d1, u"Microsoft 365"_s), escalation(d2, u"microsoft_365"_s),
                           escalation(d3, u" MICROSOFT-365 "_s)}
            << References{} << QStringList{u"microsoft_365 3 2024-06-12 3/0/0/0 -> (none)"_s};
        QTest::addRow("covered by topic")
            << Escalations{escalation(d1, u"printing"_s),
                           escalation(d1, u"microsoft_365"_s),
                           escalation(d1, u"line_of_business_app"_s),
                           escalation(d1, u"password"_s),
                           escalation(d1, u"new_user"_s),
                           escalation(d1, u"offboarding"_s)}
            << References{reference(u"Printers"_s, T::Printing),
                          reference(u"Mail"_s, T::Email),
                          reference(u"ERP"_s, T::LineOfBusinessApp),
                          reference(u"Resets"_s, T::PasswordReset),
                          reference(u"Joiners"_s, T::NewUserSetup),
                          reference(u"Leavers"_s, T::UserTermination)}
            << QStringList{u"line_of_business_app 1 2024-06-03 1/0/0/0 -> ERP"_s,
                           u"microsoft_365 1 2024-06-03 1/0/0/0 -> Mail"_s,
                           u"new_user 1 2024-06-03 1/0/0/0 -> Joiners"_s,
                           u"offboarding 1 2024-06-03 1/0/0/0 -> Leavers"_s,
                           u"password 1 2024-06-03 1/0/0/0 -> Resets"_s,
                           u"printing 1 2024-06-03 1/0/0/0 -> Printers"_s};
        QTest::addRow("network and vpn covered by vpn or remote access")
            << Escalations{escalation(d1, u"network"_s), escalation(d1, u"vpn"_s)}
            << References{reference(u"Remote access"_s, T::RemoteAccess)}
            << QStringList{u"network 1 2024-06-03 1/0/0/0 -> Remote access"_s,
                           u"vpn 1 2024-06-03 1/0/0/0 -> Remote access"_s};
        QTest::addRow("covered by every word of the title")
            << Escalations{escalation(d1, u"security_incident"_s), escalation(d1, u"backup"_s)}
            << References{reference(u"Security Incident response"_s, T::Other),
                          reference(u"Backups"_s, T::Other)}
            << QStringList{u"backup 1 2024-06-03 1/0/0/0 -> (none)"_s,
                           u"security_incident 1 2024-06-03 1/0/0/0 -> Security Incident response"_s};
        QTest::addRow("one word of the title is not enough")
            << Escalations{escalation(d1, u"security_incident"_s)}
            << References{reference(u"Security checklist"_s, T::Other)}
            << QStringList{u"security_incident 1 2024-06-03 1/0/0/0 -> (none)"_s};
        QTest::addRow("retired references do not count")
            << Escalations{escalation(d1, u"printing"_s)}
            << References{reference(u"Old printers"_s, T::Printing, false, ReferenceStatus::Retired)}
            << QStringList{u"printing 1 2024-06-03 1/0/0/0 -> (none)"_s};
        QTest::addRow("overdue references still count")
            << Escalations{escalation(d1, u"printing"_s)}
            << References{reference(u"Printers"_s, T::Printing, false, ReferenceStatus::Overdue)}
            << QStringList{u"printing 1 2024-06-03 1/0/0/0 -> Printers"_s};
        QTest::addRow("partner-wide references count")
            << Escalations{escalation(d1, u"mfa"_s)} << References{reference(u"MFA for all"_s, T::Mfa, true)}
            << QStringList{u"mfa 1 2024-06-03 1/0/0/0 -> MFA for all"_s};
        QTest::addRow("the site's own reference first")
            << Escalations{escalation(d1, u"mfa"_s)}
            << References{reference(u"A partner-wide"_s, T::Mfa, true), reference(u"Z site"_s, T::Mfa)}
            << QStringList{u"mfa 1 2024-06-03 1/0/0/0 -> Z site"_s};
        QTest::addRow("topic before title")
            << Escalations{escalation(d1, u"printing"_s)}
            << References{reference(u"A printing note"_s, T::Other), reference(u"Z plotters"_s, T::Printing)}
            << QStringList{u"printing 1 2024-06-03 1/0/0/0 -> Z plotters"_s};
        QTest::addRow("nothing") << Escalations{} << References{reference(u"Printers"_s, T::Printing)}
                                 << QStringList{};
    }

    void review() {
        QFETCH(Escalations, escalations);
        QFETCH(References, references);
        QFETCH(QStringList, expected);
        const EscalationReview::Summary summary = EscalationReview::review(escalations, references, from, to);
        QCOMPARE(lines(summary), expected);
        int total = 0;
        for (const auto& category : summary.categories)
            total += category.count;
        QCOMPARE(summary.total, total);
    }

    void weeks() {
        const Escalations escalations{
            escalation(QDate(2024, 6, 4), u"a"_s), escalation(QDate(2024, 6, 9), u"a"_s),
            escalation(QDate(2024, 6, 19), u"b"_s), escalation(QDate(2024, 7, 1), u"b"_s)};
        // From a Wednesday to a Wednesday: the weeks that overlap, empty ones included.
        const auto summary = EscalationReview::review(escalations, {}, QDate(2024, 6, 5), QDate(2024, 6, 26));
        const QList<EscalationReview::Week> expected{{2024, 23, QDate(2024, 6, 3), 1},
                                                     {2024, 24, QDate(2024, 6, 10), 0},
                                                     {2024, 25, QDate(2024, 6, 17), 1},
                                                     {2024, 26, QDate(2024, 6, 24), 0}};
        QCOMPARE(summary.weeks, expected);
        QCOMPARE(summary.total, 2);
        QCOMPARE(summary.uncovered(), 2);
    }

    void isoWeekAcrossTheYear() {
        const auto summary = EscalationReview::review({escalation(QDate(2024, 12, 31), u"a"_s)}, {},
                                                      QDate(2024, 12, 30), QDate(2025, 1, 5));
        QCOMPARE(summary.weeks.size(), 1);
        QCOMPARE(summary.weeks[0].year, 2025);
        QCOMPARE(summary.weeks[0].week, 1);
        QCOMPARE(summary.weeks[0].count, 1);
    }

    void emptyOrReversedRange() {
        const Escalations escalations{escalation(from, u"a"_s)};
        QVERIFY(EscalationReview::review(escalations, {}, to, from).categories.isEmpty());
        QVERIFY(EscalationReview::review(escalations, {}, QDate(), to).weeks.isEmpty());
    }

    void suggestion_data() {
        QTest::addColumn<QString>("category");
        QTest::addColumn<ReferenceTopic>("topic");
        QTest::addColumn<QString>("title");
        QTest::addRow("microsoft 365")
            << u"microsoft_365"_s << ReferenceTopic::Email << u"Microsoft 365: how to resolve"_s;
        QTest::addRow("network") << u"network"_s << ReferenceTopic::Vpn << u"Network: how to resolve"_s;
        QTest::addRow("termination") << u"termination"_s << ReferenceTopic::UserTermination
                                     << u"Termination: how to resolve"_s;
        QTest::addRow("topic name") << u"mfa"_s << ReferenceTopic::Mfa << u"Mfa: how to resolve"_s;
        QTest::addRow("unknown") << u"security_incident"_s << ReferenceTopic::Other
                                 << u"Security incident: how to resolve"_s;
    }

    void suggestion() {
        QFETCH(QString, category);
        QFETCH(ReferenceTopic, topic);
        QFETCH(QString, title);
        QCOMPARE(EscalationReview::suggestedTopic(category), topic);
        QCOMPARE(EscalationReview::suggestedTitle(category), title);
        const auto summary = EscalationReview::review({escalation(from, category)}, {}, from, to);
        QCOMPARE(summary.categories[0].suggestedTopic, topic);
        QCOMPARE(summary.categories[0].suggestedTitle, title);
    }

    void reasonsText() {
        EscalationReview::Category category;
        category.byReason = {1, 3, 0, 1};
        QCOMPARE(category.reasonsText(), u"3 missing information, 1 out of scope, 1 end user unreachable"_s);
    }

    void categoryKeys_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key");
        QTest::addRow("words") << u"Security Incident"_s << u"security_incident"_s;
        QTest::addRow("digits") << u"Microsoft 365"_s << u"microsoft_365"_s;
        QTest::addRow("punctuation runs") << u"  Line-of-Business / App  "_s << u"line_of_business_app"_s;
        QTest::addRow("accents") << u"Sécurité réseau"_s << u"securite_reseau"_s;
        QTest::addRow("already a key") << u"new_user"_s << u"new_user"_s;
        QTest::addRow("nothing usable") << u" -- "_s << QString();
    }

    void categoryKeys() {
        QFETCH(QString, text);
        QFETCH(QString, key);
        QCOMPARE(Escalation::categoryKey(text), key);
    }
};

QTEST_GUILESS_MAIN(tst_EscalationReview)
#include "tst_EscalationReview.moc"
