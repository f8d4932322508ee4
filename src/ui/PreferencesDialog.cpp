#include "PreferencesDialog.h"

#include "EditorSupport.h"
#include "PhoneNumber.h"
#include "Workspace.h"
#include "WorkspaceSettings.h"
#include "ui_PreferencesDialog.h"

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
    m_workspace.settings().setPartnerName(m_ui->partnerName->text().trimmed());
    m_workspace.settings().setHelpDeskContact(contact);
    m_workspace.settings().setForbiddenTerms(splitList(m_ui->forbiddenTerms->text()));
    m_workspace.settings().sync();
    QDialog::accept();
}

} // namespace sitekeeper
