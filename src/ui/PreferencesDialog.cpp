// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreferencesDialog.h"

#include "ApprovalType.h"
#include "EditorSupport.h"
#include "Enums.h"
#include "PhoneNumber.h"
#include "Store.h"
#include "Translations.h"
#include "Workspace.h"
#include "WorkspaceSettings.h"
#include "ui_PreferencesDialog.h"

#include <QListWidgetItem>

namespace sitekeeper {

PreferencesDialog::PreferencesDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
    , m_workspace(workspace) {
    m_ui->setupUi(this);
    m_ui->region->setText(workspace.settings().defaultPhoneRegion());
    m_ui->forbiddenTerms->setText(workspace.settings().forbiddenTerms().join(QStringLiteral(", ")));
    m_ui->partnerName->setText(workspace.settings().partnerName());
    const WorkspaceSettings::HelpDeskContact contact = workspace.settings().helpDeskContact();
    m_ui->helpDeskPhone->setText(contact.phone);
    m_ui->helpDeskEmail->setText(contact.email);
    m_ui->helpDeskChat->setText(contact.chatUrl);

    const CheckSettings checks = workspace.settings().checkSettings();
    m_ui->dueSoonDays->setValue(checks.referenceDueSoonDays);
    m_ui->approverReviewDays->setValue(checks.approverReviewDays);
    for (ReferenceTopic topic : allValues<ReferenceTopic>()) {
        auto* item = new QListWidgetItem(displayName(topic), m_ui->requiredTopics);
        item->setData(Qt::UserRole, toString(topic));
        item->setCheckState(checks.requiredTopics.contains(topic) ? Qt::Checked : Qt::Unchecked);
    }
    // Nothing chosen means the default: password resets for another user.
    const QStringList requiredTypes = checks.requiredApprovalTypes.isEmpty()
                                          ? QStringList{QStringLiteral("password_reset_other_user")}
                                          : checks.requiredApprovalTypes;
    ListQuery allTypes;
    allTypes.limit = -1;
    // A list that cannot be read was logged by the store: the built-in types are offered instead.
    QList<ApprovalType> types = workspace.store().approvalTypes().list(allTypes).valueOr({});
    if (types.isEmpty())
        types = ApprovalType::builtins();
    for (const ApprovalType& type : std::as_const(types)) {
        auto* item = new QListWidgetItem(type.displayName(), m_ui->requiredApprovalTypes);
        item->setData(Qt::UserRole, type.key);
        item->setCheckState(requiredTypes.contains(type.key) ? Qt::Checked : Qt::Unchecked);
    }
    // The language belongs to the application, not the workspace; its names are not translated.
    m_ui->language->addItem(tr("System default"), QString());
    for (const Translations::Language& language : Translations::available())
        m_ui->language->addItem(language.name, language.code);
    m_ui->language->setCurrentIndex(m_ui->language->findData(Translations::chosenLanguage()));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::accept() {
    const QString region = m_ui->region->text().trimmed().toUpper();
    if (region.size() != 2 || !region.at(0).isLetter() || !region.at(1).isLetter()) {
        m_ui->errorLabel->setText(tr("The region is a two-letter country code such as US, GB or DE."));
        m_ui->errorLabel->setVisible(true);
        m_ui->region->setFocus();
        return;
    }
    WorkspaceSettings::HelpDeskContact contact{m_ui->helpDeskPhone->text().trimmed(),
                                               m_ui->helpDeskEmail->text().trimmed(),
                                               m_ui->helpDeskChat->text().trimmed()};
    if (!contact.phone.isEmpty()) {
        const PhoneNumber phone = PhoneNumber::parse(contact.phone, region);
        if (!phone.isValid()) {
            m_ui->errorLabel->setText(tr("Help desk phone: %1").arg(phone.errorString()));
            m_ui->errorLabel->setVisible(true);
            m_ui->helpDeskPhone->setFocus();
            return;
        }
        contact.phone = phone.e164();
    }
    m_workspace.settings().setDefaultPhoneRegion(region);
    m_workspace.settings().setHelpDeskContact(contact);

    CheckSettings checks = m_workspace.settings().checkSettings();
    const CheckSettings before = checks;
    checks.partnerName = m_ui->partnerName->text().trimmed();
    checks.forbiddenTerms = splitList(m_ui->forbiddenTerms->text());
    checks.referenceDueSoonDays = m_ui->dueSoonDays->value();
    checks.approverReviewDays = m_ui->approverReviewDays->value();
    checks.requiredTopics.clear();
    for (int i = 0; i < m_ui->requiredTopics->count(); ++i) {
        const QListWidgetItem* item = m_ui->requiredTopics->item(i);
        if (item->checkState() == Qt::Checked) {
            if (auto topic = fromString<ReferenceTopic>(item->data(Qt::UserRole).toString()))
                checks.requiredTopics.append(*topic);
        }
    }
    checks.requiredApprovalTypes.clear();
    for (int i = 0; i < m_ui->requiredApprovalTypes->count(); ++i) {
        const QListWidgetItem* item = m_ui->requiredApprovalTypes->item(i);
        if (item->checkState() == Qt::Checked)
            checks.requiredApprovalTypes.append(item->data(Qt::UserRole).toString());
    }
    m_workspace.settings().setCheckSettings(checks);
    m_checksChanged = !(checks == before);
    m_workspace.settings().sync();
    const QString language = m_ui->language->currentData().toString();
    if (language != Translations::chosenLanguage())
        Translations::setChosenLanguage(language);
    QDialog::accept();
}

} // namespace sitekeeper
