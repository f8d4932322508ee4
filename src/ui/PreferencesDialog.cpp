#include "PreferencesDialog.h"

#include "EditorSupport.h"
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
    m_workspace.settings().setDefaultPhoneRegion(region);
    m_workspace.settings().setForbiddenTerms(splitList(m_ui->forbiddenTerms->text()));
    m_workspace.settings().sync();
    QDialog::accept();
}

} // namespace sitekeeper
