// SPDX-License-Identifier: GPL-3.0-or-later
#include "Enums.h"
#include "rules/RuleFamilies.h"

namespace sitekeeper {

namespace {

// SK101: technicians answer the phone with the Answer As name; a covered site needs one.
class AnswerAsRule : public Rule {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::AnswerAsRule)

public:
    QString id() const override { return QStringLiteral("SK101"); }
    Severity severity() const override { return Severity::Warning; }
    QString title() const override { return tr("A covered site has no Answer As"); }
    QString explanation() const override {
        return tr("Technicians greet callers with the site's Answer As name: the partner's name, the site's "
                  "name, a custom text, or the neutral \"Technical Support\". Without one, callers hear a "
                  "name they do not know.");
    }
    void checkSite(const SiteData& data, const PartnerData& partner, Findings& out) const override {
        const Site& site = data.site;
        if (!isCovered(site) || !site.answerAsName(partner.settings.partnerName).isEmpty())
            return;
        const QString message = site.answerAs == AnswerAs::PartnerName
                                    ? tr("Answer As is the partner name, but no partner name is set.")
                                    : tr("Answer As has no text.");
        out.append(finding(site.id, EntityKind::Site, site.id, QStringLiteral("answer_as"), message,
                           tr("Choose how technicians answer this site's calls, or set the partner name in "
                              "Preferences.")));
    }
};

// SK102: mail from the site's domains becomes tickets.
class EmailDomainRule : public Rule {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::EmailDomainRule)

public:
    QString id() const override { return QStringLiteral("SK102"); }
    Severity severity() const override { return Severity::Warning; }
    QString title() const override { return tr("A covered site has no email domain"); }
    QString explanation() const override {
        return tr("The service turns email from a site's domains into tickets. Without a domain, the users' "
                  "emails to the help desk are not recognised.");
    }
    void checkSite(const SiteData& data, const PartnerData&, Findings& out) const override {
        const Site& site = data.site;
        if (!isCovered(site) || !site.emailDomains.isEmpty())
            return;
        out.append(finding(site.id, EntityKind::Site, site.id, QStringLiteral("email_domains"),
                           tr("No email domain is set: the users' emails cannot become tickets."),
                           tr("Add the domain the site's users send mail from (e.g. example.com).")));
    }
};

// SK103: server agents belong to a covered site; with parent and child sites, the one that holds
// the servers needs coverage.
class ServerSiteCoverageRule : public Rule {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::ServerSiteCoverageRule)

public:
    QString id() const override { return QStringLiteral("SK103"); }
    Severity severity() const override { return Severity::Error; }
    QString title() const override { return tr("A covered site's servers are in a site without coverage"); }
    QString explanation() const override {
        return tr("Servers whose agents sit in a site without help desk coverage are hard to find and may "
                  "not be supported. When a child site's servers are at its parent, the parent needs "
                  "coverage too.");
    }
    void checkSite(const SiteData& data, const PartnerData&, Findings& out) const override {
        const Site& site = data.site;
        if (!isCovered(site) || site.holdsServers)
            return;
        for (const Site& ancestor : data.ancestors) {
            if (!ancestor.holdsServers)
                continue;
            if (!isCovered(ancestor)) {
                Finding f = finding(site.id, EntityKind::Site, site.id, QStringLiteral("parent_id"),
                                    tr("The servers of this site are at \"%1\", which has no help desk "
                                       "coverage.")
                                        .arg(ancestor.name),
                                    tr("Give \"%1\" coverage, or move the server agents to a covered site.")
                                        .arg(ancestor.name));
                f.relatedId = ancestor.id;
                f.relatedSiteId = ancestor.id;
                out.append(f);
            }
            return;
        }
    }
};

// SK104: a site that should be live is still a draft.
class ActivationOverdueRule : public Rule {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::ActivationOverdueRule)

public:
    QString id() const override { return QStringLiteral("SK104"); }
    Severity severity() const override { return Severity::Warning; }
    QString title() const override { return tr("A covered site is still a draft after its go-live date"); }
    QString explanation() const override {
        return tr("The service starts supporting a site once its activation is requested. A draft past its "
                  "go-live date means the users may call a help desk that does not know them yet.");
    }
    void checkSite(const SiteData& data, const PartnerData& partner, Findings& out) const override {
        const Site& site = data.site;
        if (site.coverage == Coverage::None || site.activationStatus != ActivationStatus::Draft ||
            !site.goLiveDate.isValid() || site.goLiveDate >= partner.today)
            return;
        out.append(finding(site.id, EntityKind::Site, site.id, QStringLiteral("activation_status"),
                           tr("The go-live date %1 has passed and the site is still a draft.")
                               .arg(site.goLiveDate.toString(Qt::ISODate)),
                           tr("Send the activation summary to the service and mark the site submitted, or "
                              "move the go-live date."),
                           FixAction::SetActivationSubmitted));
    }
};

} // namespace

void appendSiteRules(std::vector<std::unique_ptr<Rule>>& rules) {
    rules.push_back(std::make_unique<AnswerAsRule>());
    rules.push_back(std::make_unique<EmailDomainRule>());
    rules.push_back(std::make_unique<ServerSiteCoverageRule>());
    rules.push_back(std::make_unique<ActivationOverdueRule>());
}

} // namespace sitekeeper
