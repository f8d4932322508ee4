// SPDX-License-Identifier: GPL-3.0-or-later
#include "Enums.h"

#include <QSet>
#include <QTest>

using namespace sitekeeper;
using namespace Qt::StringLiterals;

class tst_Enums : public QObject {
    Q_OBJECT

private:
    template <class E>
    void verifyRoundTrip(const QStringList& contract) {
        // The spellings are exactly those of docs/bundle-format.md, in declaration order.
        QCOMPARE(allStrings<E>(), contract);
        const QList<E> values = allValues<E>();
        QCOMPARE(values.size(), contract.size());
        QSet<QString> names;
        for (E value : values) {
            const QString text = toString(value);
            QCOMPARE(fromString<E>(text), std::optional<E>(value));
            QVERIFY2(!displayName(value).isEmpty(), qPrintable(text));
            names.insert(displayName(value));
        }
        QCOMPARE(names.size(), values.size());
        QVERIFY(!enumName<E>().isEmpty());
        // Unknown, differently cased or padded spellings are rejected.
        QCOMPARE(fromString<E>(u"no_such_value"), std::nullopt);
        QCOMPARE(fromString<E>(u""), std::nullopt);
        QCOMPARE(fromString<E>(contract.first().toUpper()), std::nullopt);
        QCOMPARE(fromString<E>(QString(u' ' + contract.first())), std::nullopt);
    }

private Q_SLOTS:
    void coverage() {
        verifyRoundTrip<Coverage>({u"none"_s, u"business_hours"_s, u"extended_hours"_s, u"always"_s});
    }
    void answerAs() {
        verifyRoundTrip<AnswerAs>({u"partner_name"_s, u"site_name"_s, u"default"_s, u"custom"_s});
    }
    void activationStatus() {
        verifyRoundTrip<ActivationStatus>({u"draft"_s, u"submitted"_s, u"live"_s, u"deactivated"_s});
    }
    void profileStatus() { verifyRoundTrip<ProfileStatus>({u"active"_s, u"disabled"_s}); }
    void referenceTopic() {
        verifyRoundTrip<ReferenceTopic>({u"new_user_setup"_s, u"user_termination"_s, u"remote_access"_s,
                                         u"mfa"_s, u"password_reset"_s, u"printing"_s, u"email"_s, u"vpn"_s,
                                         u"line_of_business_app"_s, u"other"_s});
    }
    void referenceStatus() {
        verifyRoundTrip<ReferenceStatus>({u"current"_s, u"due"_s, u"overdue"_s, u"retired"_s});
    }
    void personKind() { verifyRoundTrip<PersonKind>({u"client_profile"_s, u"partner_contact"_s}); }
    void ruleMethod() { verifyRoundTrip<RuleMethod>({u"phone"_s, u"email"_s, u"ticket"_s}); }
    void credentialKind() {
        verifyRoundTrip<CredentialKind>({u"domain_admin"_s, u"local_admin"_s, u"automated_domain"_s,
                                         u"automated_local"_s, u"admin_portal"_s, u"application"_s,
                                         u"end_user_temporary"_s});
    }
    void escalationReason() {
        verifyRoundTrip<EscalationReason>(
            {u"out_of_scope"_s, u"missing_information"_s, u"needs_approval"_s, u"unreachable"_s});
    }
    void weekday() {
        verifyRoundTrip<Weekday>({u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s, u"sat"_s, u"sun"_s});
        // Weekday numbers are Qt's, so QDate::dayOfWeek() converts directly.
        QCOMPARE(static_cast<int>(Weekday::Monday), static_cast<int>(Qt::Monday));
        QCOMPARE(static_cast<int>(Weekday::Sunday), static_cast<int>(Qt::Sunday));
    }

    void usableInQCompare() {
        // The conversions must not hijack QTest's toString() through argument-dependent lookup.
        QCOMPARE(fromString<Coverage>(u"always").value(), Coverage::Always);
        QCOMPARE(sitekeeper::toString(Weekday::Friday), u"fri"_s);
    }
};

QTEST_GUILESS_MAIN(tst_Enums)
#include "tst_Enums.moc"
