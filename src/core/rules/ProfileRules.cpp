// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhoneNumber.h"
#include "ProfileIdentity.h"
#include "rules/RuleFamilies.h"

namespace sitekeeper {

namespace {

// SK201: a stored number the numbering plan does not know cannot be dialled or texted.
class PhoneNumberRule : public Rule {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::PhoneNumberRule)

public:
    QString id() const override { return QStringLiteral("SK201"); }
    Severity severity() const override { return Severity::Error; }
    QString title() const override { return tr("A phone number is not valid for its region"); }
    QString explanation() const override {
        return tr(
            "Technicians call and text the numbers on file. A number that is not valid in its country's "
            "numbering plan (a missing digit, a wrong area code) fails when it is needed most.");
    }
    void checkSite(const SiteData& data, const PartnerData&, Findings& out) const override {
        const QUuid siteId = data.site.id;
        for (const ClientProfile& p : data.profiles) {
            check(out, siteId, EntityKind::ClientProfile, p.id, QStringLiteral("office_phone"), p.officePhone,
                  p.fullName);
            check(out, siteId, EntityKind::ClientProfile, p.id, QStringLiteral("mobile_phone"), p.mobilePhone,
                  p.fullName);
        }
        for (const Approver& a : data.approvers) {
            for (const QString& phone : a.phones)
                check(out, siteId, EntityKind::Approver, a.id, QStringLiteral("phones"), phone,
                      a.approvalType);
        }
    }
    void checkPartner(const PartnerData& partner, Findings& out) const override {
        for (const PartnerContact& c : partner.contacts) {
            for (const QString& phone : c.phones)
                check(out, {}, EntityKind::PartnerContact, c.id, QStringLiteral("phones"), phone, c.name);
        }
    }

private:
    void check(Findings& out, const QUuid& siteId, EntityKind entity, const QUuid& id, const QString& field,
               const QString& number, const QString& owner) const {
        if (number.isEmpty() || PhoneNumber::factsOf(number).valid)
            return;
        const QString reason = PhoneNumber::parse(number).errorString();
        out.append(finding(siteId, entity, id, field,
                           tr("%1: %2 is not a valid number. %3").arg(owner, number, reason),
                           tr("Correct the number, or remove it.")));
    }
};

// SK202: one person, one profile. Duplicates split the history and confuse authentication.
class DuplicateProfileRule : public Rule {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::DuplicateProfileRule)

public:
    QString id() const override { return QStringLiteral("SK202"); }
    Severity severity() const override { return Severity::Warning; }
    QString title() const override { return tr("Two active profiles are the same person"); }
    QString explanation() const override {
        return tr(
            "Each person has one profile, at the site where their computer's agent lives. Two profiles "
            "with the same email, the same mobile, or the same name and phone split the person's history "
            "and let the wrong one be used for authentication.");
    }
    void checkSite(const SiteData& data, const PartnerData&, Findings& out) const override {
        if (data.duplicateCandidates.isEmpty())
            return;
        // Candidates by each key, so that a site of many profiles is not compared pair by pair.
        QMultiHash<QString, qsizetype> byKey;
        for (qsizetype i = 0; i < data.duplicateCandidates.size(); ++i) {
            const ClientProfile& c = data.duplicateCandidates[i];
            if (c.status != ProfileStatus::Active)
                continue;
            for (const QString& key : keys(c))
                byKey.insert(key, i);
        }
        for (const ClientProfile& p : data.profiles) {
            if (p.status != ProfileStatus::Active)
                continue;
            QList<qsizetype> seen;
            for (const QString& key : keys(p)) {
                for (auto it = byKey.constFind(key); it != byKey.constEnd() && it.key() == key; ++it) {
                    if (seen.contains(it.value()))
                        continue;
                    seen.append(it.value());
                    report(data, p, data.duplicateCandidates[it.value()], out);
                }
            }
        }
    }

private:
    // The lookup keys of a profile: "e:" email, "m:" mobile, "n:" name (matched with a phone after).
    static QStringList keys(const ClientProfile& p) {
        QStringList result;
        const QString email = ProfileIdentity::emailKey(p.email);
        if (!email.isEmpty())
            result.append(QStringLiteral("e:") + email);
        if (!p.mobilePhone.isEmpty())
            result.append(QStringLiteral("m:") + p.mobilePhone);
        const QString name = ProfileIdentity::nameKey(p.fullName);
        if (!name.isEmpty() && (!p.officePhone.isEmpty() || !p.mobilePhone.isEmpty()))
            result.append(QStringLiteral("n:") + name);
        return result;
    }

    void report(const SiteData& data, const ClientProfile& p, const ClientProfile& other,
                Findings& out) const {
        const ProfileIdentity::Match match = ProfileIdentity::match(p, other);
        if (match == ProfileIdentity::Match::None)
            return;
        // Two profiles of one site are merged into one (what names the other then names the one
        // kept). Approvers name profiles of their own site, so a pair across sites is not merged: the
        // profile at the site where the person's computer is stays, the other is disabled.
        const bool sameSite = other.siteId == p.siteId;
        Finding f = finding(data.site.id, EntityKind::ClientProfile, p.id, fieldOf(match),
                            tr("\"%1\" has %2 as \"%3\"%4.")
                                .arg(p.fullName, ProfileIdentity::describe(match), other.fullName,
                                     sameSite ? QString() : tr(" at another site")),
                            sameSite ? tr("Merge the two profiles into one: choose the values to keep; "
                                          "approvers, rules and references that name the other move to "
                                          "the one kept, and the other is disabled.")
                                     : tr("Keep the profile at the site where the person's computer is "
                                          "and disable the other."),
                            sameSite ? FixAction::MergeProfiles : FixAction::DisableProfile);
        f.relatedId = other.id;
        f.relatedSiteId = other.siteId;
        out.append(f);
    }

    static QString fieldOf(ProfileIdentity::Match match) {
        switch (match) {
        case ProfileIdentity::Match::Email:
            return QStringLiteral("email");
        case ProfileIdentity::Match::Mobile:
            return QStringLiteral("mobile_phone");
        case ProfileIdentity::Match::NameAndPhone:
            return QStringLiteral("full_name");
        case ProfileIdentity::Match::None:
            break;
        }
        return {};
    }
};

// SK203: SMS authentication and approval links need a mobile.
class NoMobileRule : public Rule {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::NoMobileRule)

public:
    QString id() const override { return QStringLiteral("SK203"); }
    Severity severity() const override { return Severity::Warning; }
    QString title() const override { return tr("An active profile has no mobile number"); }
    QString explanation() const override {
        return tr("The service authenticates callers with a code texted to the mobile on file. Without a "
                  "number that takes text messages, the user cannot be authenticated that way.");
    }
    void checkSite(const SiteData& data, const PartnerData&, Findings& out) const override {
        for (const ClientProfile& p : data.profiles) {
            if (p.status != ProfileStatus::Active || hasMobile(p))
                continue;
            out.append(finding(
                data.site.id, EntityKind::ClientProfile, p.id, QStringLiteral("mobile_phone"),
                p.mobilePhone.isEmpty()
                    ? tr("%1 has no mobile number: no SMS authentication is possible.").arg(p.fullName)
                    : tr("%1's mobile %2 is a fixed line: no SMS authentication is possible.")
                          .arg(p.fullName, p.mobilePhone),
                tr("Add the person's mobile number.")));
        }
    }

    // A number that takes texts, in either field (a mobile entered as the office number counts).
    static bool hasMobile(const ClientProfile& p) {
        if (!p.mobilePhone.isEmpty() && PhoneNumber::isMobile(PhoneNumber::factsOf(p.mobilePhone), true))
            return true;
        return !p.officePhone.isEmpty() && PhoneNumber::isMobile(PhoneNumber::factsOf(p.officePhone), false);
    }
};

// SK204: calls and chats are matched to a profile by its email or phone.
class UnreachableProfileRule : public Rule {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::UnreachableProfileRule)

public:
    QString id() const override { return QStringLiteral("SK204"); }
    Severity severity() const override { return Severity::Warning; }
    QString title() const override { return tr("An active profile has neither email nor phone"); }
    QString explanation() const override {
        return tr(
            "Calls, chats and emails are matched to the person by their phone number or email. A profile "
            "with neither cannot be found, and the person cannot be called back.");
    }
    void checkSite(const SiteData& data, const PartnerData&, Findings& out) const override {
        for (const ClientProfile& p : data.profiles) {
            if (p.status != ProfileStatus::Active || !p.email.trimmed().isEmpty() ||
                !p.officePhone.isEmpty() || !p.mobilePhone.isEmpty())
                continue;
            out.append(finding(data.site.id, EntityKind::ClientProfile, p.id, QStringLiteral("email"),
                               tr("%1 has neither an email address nor a phone number.").arg(p.fullName),
                               tr("Add the person's email address or phone number.")));
        }
    }
};

} // namespace

void appendProfileRules(std::vector<std::unique_ptr<Rule>>& rules) {
    rules.push_back(std::make_unique<PhoneNumberRule>());
    rules.push_back(std::make_unique<DuplicateProfileRule>());
    rules.push_back(std::make_unique<NoMobileRule>());
    rules.push_back(std::make_unique<UnreachableProfileRule>());
}

} // namespace sitekeeper
