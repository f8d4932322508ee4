// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientProfileEditor.h"

#include "EditorSupport.h"
#include "Store.h"
#include "Workspace.h"
#include "WorkspaceSettings.h"
#include "ui_ClientProfileEditor.h"

namespace sitekeeper {

ClientProfileEditor::ClientProfileEditor(Workspace& workspace, const QUuid& siteId,
                                         std::optional<ClientProfile> existing, QWidget* parent)
    : EditorDialog(workspace, parent)
    , m_ui(std::make_unique<Ui::ClientProfileEditor>())
    , m_isNew(!existing) {
    m_ui->setupUi(this);
    if (existing) {
        m_original = *existing;
    } else {
        m_original.id = QUuid::createUuid();
        m_original.siteId = siteId;
    }
    setWindowTitle(m_isNew ? tr("New client profile") : tr("Client profile: %1").arg(m_original.fullName));
    fillEnumCombo<ProfileStatus>(m_ui->status);
    // Numbers written without "+" are the site's country's.
    const auto site = workspace.store().sites().get(m_original.siteId);
    const QString fallback = workspace.settings().defaultPhoneRegion();
    const QString region = site ? site->phoneRegion(fallback) : fallback;
    m_office = new PhoneFieldHint(m_ui->officePhone, m_ui->officePhoneHint, region, false,
                                  PhoneNumber::Extension::Keep);
    m_mobile = new PhoneFieldHint(m_ui->mobilePhone, m_ui->mobilePhoneHint, region, true);
    setUpEditor(m_ui->buttonBox, m_ui->errorLabel,
                {{QStringLiteral("full_name"), m_ui->fullName},
                 {QStringLiteral("email"), m_ui->email},
                 {QStringLiteral("office_phone"), m_ui->officePhone},
                 {QStringLiteral("office_extension"), m_ui->officePhone},
                 {QStringLiteral("mobile_phone"), m_ui->mobilePhone},
                 {QStringLiteral("title"), m_ui->title},
                 {QStringLiteral("status"), m_ui->status}});
    revert();
    followRecord(m_original, m_isNew, std::function([this] { return record(); }));
}

ClientProfileEditor::~ClientProfileEditor() = default;

void ClientProfileEditor::revert() {
    m_ui->fullName->setText(m_original.fullName);
    m_ui->email->setText(m_original.email);
    m_office->setValue(m_original.officePhone, m_original.officeExtension);
    m_mobile->setValue(m_original.mobilePhone);
    m_ui->title->setText(m_original.title);
    m_ui->vip->setChecked(m_original.vip);
    selectEnum(m_ui->status, m_original.status);
}

ClientProfile ClientProfileEditor::record() const {
    ClientProfile profile = m_original;
    profile.fullName = m_ui->fullName->text().trimmed();
    profile.email = m_ui->email->text().trimmed();
    profile.officePhone = m_office->value();
    profile.officeExtension = m_office->extension();
    profile.mobilePhone = m_mobile->value();
    profile.title = m_ui->title->text().trimmed();
    profile.vip = m_ui->vip->isChecked();
    profile.status = enumFromCombo(m_ui->status, ProfileStatus::Active);
    return profile;
}

bool ClientProfileEditor::isDirty() const {
    return record() != m_original;
}

Result<FieldErrors> ClientProfileEditor::write() {
    return saveRecord(record(), m_original, m_isNew, tr("profile"));
}

} // namespace sitekeeper
