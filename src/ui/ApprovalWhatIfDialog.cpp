// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApprovalWhatIfDialog.h"

#include "ui_ApprovalWhatIfDialog.h"

#include <QCollator>
#include <QPushButton>

#include <algorithm>

namespace sitekeeper {

namespace {

const char* const deadEndColour = "#c62828";
const char* const warningColour = "#b26a00";

QString esc(const QString& text) {
    return text.toHtmlEscaped();
}

} // namespace

ApprovalWhatIfDialog::ApprovalWhatIfDialog(const SiteData& site, const PartnerData& partner, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ApprovalWhatIfDialog>())
    , m_site(site)
    , m_partner(partner) {
    m_ui->setupUi(this);
    setWindowTitle(tr("Approval what-if — %1").arg(site.site.name));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const QList<ApprovalType> types =
        partner.approvalTypes.isEmpty() ? ApprovalType::builtins() : partner.approvalTypes;
    for (const ApprovalType& type : types)
        m_ui->typeCombo->addItem(type.displayName(), type.key);
    // Start with a type the site has an approver for: that is the interesting case.
    for (const Approver& approver : site.approvers) {
        if (setApprovalType(approver.approvalType))
            break;
    }
    fillRequesters();

    connect(m_ui->typeCombo, &QComboBox::currentIndexChanged, this, &ApprovalWhatIfDialog::updatePlan);
    connect(m_ui->requesterCombo, &QComboBox::currentIndexChanged, this, &ApprovalWhatIfDialog::updatePlan);
    connect(m_ui->requesterFilter, &QLineEdit::textChanged, this, &ApprovalWhatIfDialog::fillRequesters);
    updatePlan();
}

ApprovalWhatIfDialog::~ApprovalWhatIfDialog() = default;

bool ApprovalWhatIfDialog::setApprovalType(const QString& key) {
    const int index = m_ui->typeCombo->findData(key);
    if (index < 0)
        return false;
    m_ui->typeCombo->setCurrentIndex(index);
    return true;
}

bool ApprovalWhatIfDialog::setRequester(const QUuid& profileId) {
    int index = m_ui->requesterCombo->findData(profileId);
    if (index < 0 && !m_ui->requesterFilter->text().isEmpty()) {
        m_ui->requesterFilter->clear();
        index = m_ui->requesterCombo->findData(profileId);
    }
    if (index < 0)
        return false;
    m_ui->requesterCombo->setCurrentIndex(index);
    return true;
}

QString ApprovalWhatIfDialog::approvalType() const {
    return m_ui->typeCombo->currentData().toString();
}

QUuid ApprovalWhatIfDialog::requester() const {
    return m_ui->requesterCombo->currentData().toUuid();
}

QString ApprovalWhatIfDialog::planText() const {
    return m_ui->planView->toPlainText();
}

void ApprovalWhatIfDialog::fillRequesters() {
    const QUuid current = requester();
    const QString filter = m_ui->requesterFilter->text().trimmed();
    QList<const ClientProfile*> shown;
    for (const ClientProfile& profile : m_site.profiles) {
        if (profile.status != ProfileStatus::Active)
            continue;
        const bool matches = filter.isEmpty() || profile.fullName.contains(filter, Qt::CaseInsensitive) ||
                             profile.email.contains(filter, Qt::CaseInsensitive) ||
                             profile.mobilePhone.contains(filter) || profile.officePhone.contains(filter);
        if (matches)
            shown.append(&profile);
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(shown.begin(), shown.end(), [&collator](const ClientProfile* a, const ClientProfile* b) {
        return collator.compare(a->fullName, b->fullName) < 0;
    });

    const QSignalBlocker blocker(m_ui->requesterCombo);
    m_ui->requesterCombo->clear();
    for (const ClientProfile* profile : std::as_const(shown)) {
        const QString text = profile->email.isEmpty() ? profile->fullName
                                                      : tr("%1 <%2>").arg(profile->fullName, profile->email);
        m_ui->requesterCombo->addItem(text, profile->id);
    }
    m_ui->requesterCombo->setPlaceholderText(filter.isEmpty()
                                                 ? tr("The site has no active profile")
                                                 : tr("No active profile matches \"%1\"").arg(filter));
    const int keep = m_ui->requesterCombo->findData(current);
    m_ui->requesterCombo->setCurrentIndex(keep >= 0 ? keep : (shown.isEmpty() ? -1 : 0));
    updatePlan();
}

void ApprovalWhatIfDialog::updatePlan() {
    if (m_ui->typeCombo->currentIndex() < 0)
        return;
    m_plan = ApprovalPlan::build(m_site, m_partner, approvalType(), requester());
    m_ui->planView->setHtml(planHtml());
}

QString ApprovalWhatIfDialog::planHtml() const {
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    const QColor base = pal.color(QPalette::Base);
    const QString muted =
        QColor::fromRgbF(float((text.redF() + base.redF()) / 2), float((text.greenF() + base.greenF()) / 2),
                         float((text.blueF() + base.blueF()) / 2))
            .name();
    const auto deadEnd = [](const QString& reason) {
        return QStringLiteral("<p style=\"color:%1; margin-top:4px\"><b>%2</b> %3</p>")
            .arg(QLatin1String(deadEndColour), esc(tr("Dead end:")), esc(reason));
    };

    QString html;
    html += QStringLiteral("<h3 style=\"margin-bottom:2px\">%1</h3>").arg(esc(m_plan.approvalTypeName()));
    html += QStringLiteral("<p style=\"color:%1; margin-top:0\">%2</p>")
                .arg(muted, m_plan.requesterName().isEmpty()
                                ? esc(tr("No requester chosen"))
                                : tr("Requested by <b>%1</b>").arg(esc(m_plan.requesterName())));
    for (const ApprovalPlan::DeadEnd& end : m_plan.deadEnds())
        html += deadEnd(end.reason);

    if (!m_plan.steps().isEmpty()) {
        html += QStringLiteral("<p>%1</p><ol>")
                    .arg(esc(m_plan.steps().size() == 1
                                 ? tr("The service contacts the approver:")
                                 : tr("The service contacts the approvers in this order:")));
        for (const ApprovalPlan::Step& step : m_plan.steps()) {
            const QString who = step.personName.isEmpty() ? tr("(approver not found)") : step.personName;
            const QString kind =
                step.personKind == PersonKind::ClientProfile ? tr("on-site approver") : tr("partner contact");
            html += QStringLiteral(
                        "<li style=\"margin-bottom:10px\"><b>%1</b> <span style=\"color:%2\">— %3</span>")
                        .arg(esc(who), muted, esc(kind));
            if (step.requesterIsApprover)
                html +=
                    QStringLiteral("<br><span style=\"color:%1\">%2</span>")
                        .arg(QLatin1String(warningColour),
                             esc(tr("The requester is the approver: they would approve their own request.")));
            if (!step.phones.isEmpty()) {
                html += QStringLiteral("<ol type=\"a\">");
                for (const ApprovalPlan::PhoneStep& phone : step.phones) {
                    if (!phone.tried) {
                        html += QStringLiteral("<li style=\"color:%1\">%2 — %3</li>")
                                    .arg(muted, esc(phone.shown), esc(phone.note));
                        continue;
                    }
                    const QString colour = phone.delivery == ApprovalPlan::Delivery::Unusable
                                               ? QLatin1String(deadEndColour)
                                               : text.name();
                    html +=
                        QStringLiteral(
                            "<li style=\"color:%1\"><b>%2</b> — %3 <span style=\"color:%4\">(%5)</span></li>")
                            .arg(colour, esc(phone.shown), esc(ApprovalPlan::displayName(phone.delivery)),
                                 muted, esc(phone.note));
                }
                html += QStringLiteral("</ol>");
            }
            if (!step.authentication.isEmpty()) {
                html +=
                    QStringLiteral("<p style=\"margin:2px 0\">%1</p><ul>").arg(esc(tr("Authentication:")));
                for (const ApprovalPlan::Authentication& check : step.authentication)
                    html += QStringLiteral("<li><b>%1</b> — %2</li>")
                                .arg(esc(ApprovalPlan::displayName(check.check)), esc(check.text));
                html += QStringLiteral("</ul>");
            } else if (!step.isDeadEnd()) {
                html += QStringLiteral("<p style=\"color:%1; margin:2px 0\">%2</p>")
                            .arg(muted, esc(tr("No authentication: the approval is taken as given.")));
            }
            for (const ApprovalPlan::DeadEnd& end : step.deadEnds)
                html += deadEnd(end.reason);
            html += QStringLiteral("</li>");
        }
        html += QStringLiteral("</ol>");
    }
    html +=
        QStringLiteral("<p style=\"color:%1\">%2</p>")
            .arg(muted,
                 esc(tr("If nobody approves, or an authentication fails, the service contacts the partner "
                        "for next steps.")));
    if (!m_plan.isWorkable())
        html +=
            QStringLiteral("<p style=\"color:%1\"><b>%2</b></p>")
                .arg(QLatin1String(deadEndColour), esc(tr("As set up now, this request cannot be approved at "
                                                          "the site: it goes to the partner.")));
    return html;
}

} // namespace sitekeeper
