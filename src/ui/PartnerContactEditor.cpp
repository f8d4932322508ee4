// SPDX-License-Identifier: GPL-3.0-or-later
#include "PartnerContactEditor.h"

#include "Workspace.h"
#include "WorkspaceSettings.h"
#include "ui_PartnerContactEditor.h"

namespace sitekeeper {

PartnerContactEditor::PartnerContactEditor(Workspace& workspace, const QUuid&,
                                           std::optional<PartnerContact> existing, QWidget* parent)
    : EditorDialog(workspace, parent)
    , m_ui(std::make_unique<Ui::PartnerContactEditor>())
    , m_isNew(!existing) {
    m_ui->setupUi(this);
    if (existing)
        m_original = *existing;
    else
        m_original.id = QUuid::createUuid();
    setWindowTitle(m_isNew ? tr("New partner contact") : tr("Partner contact: %1").arg(m_original.name));
    const QString region = workspace.settings().defaultPhoneRegion();
    m_phones << new PhoneFieldHint(m_ui->phone1, m_ui->phone1Hint, region, true)
             << new PhoneFieldHint(m_ui->phone2, m_ui->phone2Hint, region, false)
             << new PhoneFieldHint(m_ui->phone3, m_ui->phone3Hint, region, false);
    setUpEditor(m_ui->buttonBox, m_ui->errorLabel,
                {{QStringLiteral("name"), m_ui->name},
                 {QStringLiteral("email"), m_ui->email},
                 {QStringLiteral("phones"), m_ui->phone1}});
    revert();
    followRecord(m_original, m_isNew, std::function([this] { return record(); }));
}

void PartnerContactEditor::revert() {
    m_ui->name->setText(m_original.name);
    m_ui->email->setText(m_original.email);
    for (int i = 0; i < m_phones.size(); ++i)
        m_phones[i]->setValue(m_original.phones.value(i));
}

PartnerContact PartnerContactEditor::record() const {
    PartnerContact contact = m_original;
    contact.name = m_ui->name->text().trimmed();
    contact.email = m_ui->email->text().trimmed();
    QStringList phones;
    for (const PhoneFieldHint* phone : m_phones) {
        if (!phone->value().isEmpty())
            phones << phone->value();
    }
    phones << m_original.phones.mid(m_phones.size());
    contact.phones = phones;
    return contact;
}

PartnerContactEditor::~PartnerContactEditor() = default;

bool PartnerContactEditor::isDirty() const {
    return record() != m_original;
}

Result<FieldErrors> PartnerContactEditor::write() {
    return saveRecord(record(), m_original, m_isNew, tr("contact"));
}

} // namespace sitekeeper
