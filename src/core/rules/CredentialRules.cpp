// SPDX-License-Identifier: GPL-3.0-or-later
#include "Enums.h"
#include "rules/CredentialRotation.h"
#include "rules/RuleFamilies.h"

namespace sitekeeper {

namespace {

// SK601: the strength was measured when the secret was stored; only the verdict is kept.
class WeakPasswordRule : public Rule {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::WeakPasswordRule)

public:
    QString id() const override { return QStringLiteral("SK601"); }
    Severity severity() const override { return Severity::Error; }
    QString title() const override { return tr("A stored password is weak"); }
    QString explanation() const override {
        return tr("Passwords are measured with zxcvbn when they are stored; a score below 3 (of 4) can be "
                  "guessed. Only the score is kept, never the password.");
    }
    void checkSite(const SiteData& data, const PartnerData& partner, Findings& out) const override {
        for (const CredentialRecord& c : data.credentials) {
            if (!partner.credentialFacts.weak.contains(c.id))
                continue;
            out.append(finding(data.site.id, EntityKind::Credential, c.id, QStringLiteral("secret"),
                               tr("The password of \"%1\" is weak.").arg(c.label),
                               tr("Rotate it to a generated password (Credentials > Rotate).")));
        }
    }
};

// SK602: one leaked password should not open two doors.
class ReusedPasswordRule : public Rule {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::ReusedPasswordRule)

public:
    QString id() const override { return QStringLiteral("SK602"); }
    Severity severity() const override { return Severity::Error; }
    QString title() const override { return tr("The same password is used for two credentials"); }
    QString explanation() const override {
        return tr(
            "Reuse is found by comparing keyed fingerprints of the secrets (HMAC-SHA256 under a key kept "
            "in the keychain), never the passwords themselves.");
    }
    void checkSite(const SiteData& data, const PartnerData& partner, Findings& out) const override {
        for (const CredentialRecord& c : data.credentials) {
            auto it = partner.credentialFacts.reuse.constFind(c.id);
            if (it == partner.credentialFacts.reuse.constEnd() || it->isEmpty())
                continue;
            Finding f = finding(
                data.site.id, EntityKind::Credential, c.id, QStringLiteral("secret"),
                tr("The password of \"%1\" is also used by %n other credential(s).", nullptr, int(it->size()))
                    .arg(c.label),
                tr("Rotate it so that each credential has its own password."));
            f.relatedId = it->first();
            out.append(f);
        }
    }
};

bool isAdminKind(CredentialKind kind) {
    return kind == CredentialKind::DomainAdmin || kind == CredentialKind::LocalAdmin ||
           kind == CredentialKind::AdminPortal;
}

bool isAutomatedKind(CredentialKind kind) {
    return kind == CredentialKind::AutomatedDomain || kind == CredentialKind::AutomatedLocal;
}

// SK603: an admin password alone is one phishing mail away.
class AdminMfaRule : public Rule {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::AdminMfaRule)

public:
    QString id() const override { return QStringLiteral("SK603"); }
    Severity severity() const override { return Severity::Warning; }
    QString title() const override { return tr("An admin credential has no MFA"); }
    QString explanation() const override {
        return tr("Domain, local and portal administrator accounts should require a second factor (MFA or a "
                  "TOTP code the technicians can read from the vault).");
    }
    void checkSite(const SiteData& data, const PartnerData&, Findings& out) const override {
        for (const CredentialRecord& c : data.credentials) {
            if (!isAdminKind(c.kind) || c.hasMfa || c.hasTotp)
                continue;
            out.append(
                finding(data.site.id, EntityKind::Credential, c.id, QStringLiteral("has_mfa"),
                        tr("\"%1\" (%2) has no MFA.").arg(c.label, displayName(c.kind)),
                        tr("Turn on MFA for the account and store its TOTP secret with the credential.")));
        }
    }
};

// SK604: rotation intervals are promises.
class RotationRule : public Rule {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::RotationRule)

public:
    QString id() const override { return QStringLiteral("SK604"); }
    Severity severity() const override { return Severity::Warning; }
    QString title() const override { return tr("A credential is past its rotation interval"); }
    QString explanation() const override {
        return tr(
            "A credential with a rotation interval is changed at least that often. One past its interval "
            "has outlived its promise.");
    }
    void checkSite(const SiteData& data, const PartnerData& partner, Findings& out) const override {
        for (const CredentialRecord& c : data.credentials) {
            if (!isRotationOverdue(c, partner.today))
                continue;
            out.append(finding(
                data.site.id, EntityKind::Credential, c.id, QStringLiteral("last_rotated"),
                c.lastRotated.isValid()
                    ? tr("\"%1\" was last rotated on %2 (every %n day(s)).", nullptr, c.rotationIntervalDays)
                          .arg(c.label, c.lastRotated.toString(Qt::ISODate))
                    : tr("\"%1\" has never been rotated.").arg(c.label),
                tr("Rotate it (Credentials > Rotate).")));
        }
    }
};

// SK605: automated credentials spare the partner calls about passwords.
class AutomatedCredentialRule : public Rule {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::AutomatedCredentialRule)

public:
    QString id() const override { return QStringLiteral("SK605"); }
    Severity severity() const override { return Severity::Info; }
    QString title() const override { return tr("A covered site has no automated credential"); }
    QString explanation() const override {
        return tr("Automated domain or local credentials let technicians work without asking the partner for "
                  "passwords, and keep the partner's own credentials private.");
    }
    void checkSite(const SiteData& data, const PartnerData&, Findings& out) const override {
        if (!isCovered(data.site))
            return;
        if (std::any_of(data.credentials.cbegin(), data.credentials.cend(),
                        [](const CredentialRecord& c) { return isAutomatedKind(c.kind); }))
            return;
        out.append(finding(data.site.id, EntityKind::Site, data.site.id, QStringLiteral("credentials"),
                           tr("The site has no automated credential."),
                           tr("Set up an automated domain or local credential.")));
    }
};

// SK606: a leaver may remember what they could read.
class LeaverReadRule : public Rule {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::LeaverReadRule)

public:
    QString id() const override { return QStringLiteral("SK606"); }
    Severity severity() const override { return Severity::Error; }
    QString title() const override { return tr("A member who left could read a secret"); }
    QString explanation() const override {
        return tr(
            "When a member is revoked, their sealed copies are deleted from the backend, but what they "
            "already read cannot be taken back. Every secret they could read since its last rotation is "
            "rotated; the new one is sealed for the current team only.");
    }
    void checkSite(const SiteData& data, const PartnerData& partner, Findings& out) const override {
        if (partner.credentialFacts.leavers.isEmpty())
            return;
        for (const CredentialRecord& c : data.credentials) {
            QStringList names;
            for (const QUuid& reader : c.readers) {
                const auto leaver = partner.credentialFacts.leavers.constFind(reader);
                if (leaver != partner.credentialFacts.leavers.constEnd())
                    names.append(leaver.value());
            }
            if (names.isEmpty())
                continue;
            names.sort(Qt::CaseInsensitive);
            out.append(
                finding(data.site.id, EntityKind::Credential, c.id, QStringLiteral("readers"),
                        tr("%1 left the team and could read the secret of \"%2\".")
                            .arg(names.join(QStringLiteral(", ")), c.label),
                        tr("Rotate it (Credentials > Rotate); the new secret is sealed for the current "
                           "team only.")));
        }
    }
};

} // namespace

bool isRotationOverdue(const CredentialRecord& credential, const QDate& today) {
    if (credential.rotationIntervalDays <= 0)
        return false;
    return !credential.lastRotated.isValid() ||
           credential.lastRotated.addDays(credential.rotationIntervalDays) < today;
}

void appendCredentialRules(std::vector<std::unique_ptr<Rule>>& rules) {
    rules.push_back(std::make_unique<WeakPasswordRule>());
    rules.push_back(std::make_unique<ReusedPasswordRule>());
    rules.push_back(std::make_unique<AdminMfaRule>());
    rules.push_back(std::make_unique<RotationRule>());
    rules.push_back(std::make_unique<AutomatedCredentialRule>());
    rules.push_back(std::make_unique<LeaverReadRule>());
}

} // namespace sitekeeper
