// SPDX-License-Identifier: GPL-3.0-or-later
#include "Enums.h"
#include "ReviewPolicy.h"
#include "SecretScanner.h"
#include "rules/RuleFamilies.h"

namespace sitekeeper {

namespace {

// SK301: technicians paste reference titles into case notes that end users read.
class ForbiddenTermRule : public Rule {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::ForbiddenTermRule)

public:
    QString id() const override { return QStringLiteral("SK301"); }
    Severity severity() const override { return Severity::Error; }
    QString title() const override { return tr("A reference contains a forbidden term"); }
    QString explanation() const override {
        return tr("Technicians paste reference titles into case notes, and end users read them. Titles and "
                  "bodies must not name the service vendor or any other term the partner has forbidden "
                  "(Preferences).");
    }
    void checkSite(const SiteData& data, const PartnerData& partner, Findings& out) const override {
        for (const Reference& r : data.references)
            check(r, partner, out);
    }
    void checkPartner(const PartnerData& partner, Findings& out) const override {
        for (const Reference& r : partner.references)
            check(r, partner, out);
    }

private:
    void check(const Reference& r, const PartnerData& partner, Findings& out) const {
        for (const QString& term : partner.settings.forbiddenTerms) {
            if (term.trimmed().isEmpty())
                continue;
            const bool inTitle = r.title.contains(term, Qt::CaseInsensitive);
            if (!inTitle && !r.body.contains(term, Qt::CaseInsensitive))
                continue;
            out.append(
                finding(r.siteId, EntityKind::Reference, r.id,
                        inTitle ? QStringLiteral("title") : QStringLiteral("body"),
                        tr("\"%1\" contains the forbidden term \"%2\".").arg(r.title, term),
                        tr("Reword the %1 without \"%2\".").arg(inTitle ? tr("title") : tr("text"), term)));
            return;
        }
    }
};

// SK302: references are reviewed yearly (or at their own interval).
class ReferenceReviewRule : public Rule {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::ReferenceReviewRule)

public:
    QString id() const override { return QStringLiteral("SK302"); }
    Severity severity() const override { return Severity::Warning; }
    QList<Severity> severities() const override { return {Severity::Warning, Severity::Info}; }
    QString title() const override { return tr("A reference is overdue or due for review"); }
    QString explanation() const override {
        return tr(
            "References go stale as sites change. Each is reviewed at its interval (a year by default): "
            "overdue is a warning, due within the next 30 days a reminder.");
    }
    void checkSite(const SiteData& data, const PartnerData& partner, Findings& out) const override {
        for (const Reference& r : data.references)
            check(r, partner, out);
    }
    void checkPartner(const PartnerData& partner, Findings& out) const override {
        for (const Reference& r : partner.references)
            check(r, partner, out);
    }

private:
    void check(const Reference& r, const PartnerData& partner, Findings& out) const {
        const ReviewPolicy policy{partner.settings.referenceDueSoonDays, partner.settings.approverReviewDays};
        const ReviewState state = policy.state(r, partner.today);
        if (state != ReviewState::Overdue && state != ReviewState::DueSoon)
            return;
        const QDate due = policy.nextDue(r, partner.today);
        Finding f = finding(
            r.siteId, EntityKind::Reference, r.id, QStringLiteral("last_reviewed"),
            state == ReviewState::Overdue
                ? (r.lastReviewed.isValid()
                       ? tr("\"%1\" was due for review on %2.").arg(r.title, due.toString(Qt::ISODate))
                       : tr("\"%1\" has never been reviewed.").arg(r.title))
                : tr("\"%1\" is due for review on %2.").arg(r.title, due.toString(Qt::ISODate)),
            tr("Review it: attest \"reviewed, unchanged\", update it, or retire it."),
            FixAction::MarkReviewed);
        if (state == ReviewState::DueSoon)
            f.severity = Severity::Info;
        out.append(f);
    }
};

// SK303: the topics technicians meet at every site need a runbook.
class RequiredTopicRule : public Rule {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::RequiredTopicRule)

public:
    QString id() const override { return QStringLiteral("SK303"); }
    Severity severity() const override { return Severity::Warning; }
    QString title() const override {
        return tr("A covered site has no current reference for a required topic");
    }
    QString explanation() const override {
        return tr("New user setup, user termination, remote access and MFA come up at every site. Without a "
                  "current reference (the site's own or a partner-wide one), the technician has to escalate. "
                  "The required topics are a partner setting.");
    }
    void checkSite(const SiteData& data, const PartnerData& partner, Findings& out) const override {
        if (!isCovered(data.site))
            return;
        const ReviewPolicy policy{partner.settings.referenceDueSoonDays, partner.settings.approverReviewDays};
        auto current = [&](const Reference& r, ReferenceTopic topic) {
            if (r.topic != topic)
                return false;
            const ReviewState state = policy.state(r, partner.today);
            return state == ReviewState::Current || state == ReviewState::DueSoon;
        };
        for (ReferenceTopic topic : partner.settings.requiredTopics) {
            const bool covered = std::any_of(data.references.cbegin(), data.references.cend(),
                                             [&](const Reference& r) { return current(r, topic); }) ||
                                 std::any_of(partner.references.cbegin(), partner.references.cend(),
                                             [&](const Reference& r) { return current(r, topic); });
            if (covered)
                continue;
            out.append(finding(data.site.id, EntityKind::Site, data.site.id, QStringLiteral("references"),
                               tr("No current reference for \"%1\".").arg(displayName(topic)),
                               tr("Write a reference on %1 for this site, or review the overdue one.")
                                   .arg(displayName(topic))));
        }
    }
};

// SK304: a password in a reference or note reaches everyone who can read it.
class SecretInTextRule : public Rule {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::SecretInTextRule)

public:
    QString id() const override { return QStringLiteral("SK304"); }
    Severity severity() const override { return Severity::Error; }
    QString title() const override { return tr("Free text contains something that looks like a credential"); }
    QString explanation() const override {
        return tr("Credentials belong in the vault (the OS keychain), never in references, notes or "
                  "descriptions, where every technician and every export can read them.");
    }
    void checkSite(const SiteData& data, const PartnerData&, Findings& out) const override {
        const QUuid siteId = data.site.id;
        check(out, siteId, EntityKind::Site, siteId, QStringLiteral("scope_notes"), data.site.scopeNotes,
              data.site.name);
        for (const Reference& r : data.references) {
            check(out, siteId, EntityKind::Reference, r.id, QStringLiteral("title"), r.title, r.title);
            check(out, siteId, EntityKind::Reference, r.id, QStringLiteral("body"), r.body, r.title);
        }
        for (const CredentialRecord& c : data.credentials) {
            check(out, siteId, EntityKind::Credential, c.id, QStringLiteral("label"), c.label, c.label);
            check(out, siteId, EntityKind::Credential, c.id, QStringLiteral("system"), c.system, c.label);
        }
    }
    void checkPartner(const PartnerData& partner, Findings& out) const override {
        for (const Reference& r : partner.references) {
            check(out, {}, EntityKind::Reference, r.id, QStringLiteral("title"), r.title, r.title);
            check(out, {}, EntityKind::Reference, r.id, QStringLiteral("body"), r.body, r.title);
        }
    }

private:
    void check(Findings& out, const QUuid& siteId, EntityKind entity, const QUuid& id, const QString& field,
               const QString& text, const QString& owner) const {
        if (text.isEmpty())
            return;
        const QList<SecretScanner::Hit> hits = SecretScanner::scan(text);
        if (hits.isEmpty())
            return;
        // The message names the kind, never the text that matched.
        out.append(finding(siteId, entity, id, field,
                           tr("\"%1\" holds what looks like %2.")
                               .arg(owner, SecretScanner::kindDescription(hits.first().kind)),
                           tr("Move the secret into a credential (the vault) and remove it from the text."),
                           FixAction::MoveSecretToVault));
    }
};

} // namespace

void appendReferenceRules(std::vector<std::unique_ptr<Rule>>& rules) {
    rules.push_back(std::make_unique<ForbiddenTermRule>());
    rules.push_back(std::make_unique<ReferenceReviewRule>());
    rules.push_back(std::make_unique<RequiredTopicRule>());
    rules.push_back(std::make_unique<SecretInTextRule>());
}

} // namespace sitekeeper
