// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApproverEditor.h"

#include "ApprovalType.h"
#include "EditorSupport.h"
#include "PartnerContact.h"
#include "Store.h"
#include "Workspace.h"
#include "WorkspaceSettings.h"
#include "ui_ApproverEditor.h"

namespace sitekeeper {

ApproverEditor::ApproverEditor(Workspace& workspace, const QUuid& siteId, std::optional<Approver> existing,
                               QWidget* parent)
    : EditorDialog(workspace, parent)
    , m_ui(std::make_unique<Ui::ApproverEditor>())
    , m_isNew(!existing) {
    m_ui->setupUi(this);
    if (existing) {
        m_original = *existing;
    } else {
        m_original.id = QUuid::createUuid();
        m_original.siteId = siteId;
    }
    setWindowTitle(m_isNew ? tr("New approver") : tr("Approver for %1").arg(m_original.approvalType));

    ListQuery all;
    all.limit = -1;
    // A list that cannot be read was logged by the store: the built-in types are offered instead.
    QList<ApprovalType> types = workspace.store().approvalTypes().list(all).valueOr({});
    if (types.isEmpty())
        types = ApprovalType::builtins();
    for (const ApprovalType& type : std::as_const(types))
        m_ui->approvalType->addItem(type.displayName(), type.key);
    fillEnumCombo<PersonKind>(m_ui->personKind);

    const QString region = workspace.settings().defaultPhoneRegion();
    m_phones << new PhoneFieldHint(m_ui->phone1, m_ui->phone1Hint, region, true)
             << new PhoneFieldHint(m_ui->phone2, m_ui->phone2Hint, region, true);

    // The people offered depend on who approves: someone on site, or one of the partner's technicians.
    connect(m_ui->personKind, &QComboBox::currentIndexChanged, this, &ApproverEditor::fillPeople);
    setUpEditor(m_ui->buttonBox, m_ui->errorLabel,
                {{QStringLiteral("approval_type"), m_ui->approvalType},
                 {QStringLiteral("person_kind"), m_ui->personKind},
                 {QStringLiteral("person_id"), m_ui->person},
                 {QStringLiteral("phones"), m_ui->phone1},
                 {QStringLiteral("automated_approval"), m_ui->automatedApproval},
                 {QStringLiteral("sms_authentication"), m_ui->smsAuthentication},
                 {QStringLiteral("last_reviewed"), m_ui->lastReviewed}});
    revert();
    followRecord(m_original, m_isNew, std::function([this] { return record(); }));
}

void ApproverEditor::revert() {
    m_ui->approvalType->setCurrentIndex(std::max(0, m_ui->approvalType->findData(m_original.approvalType)));
    selectEnum(m_ui->personKind, m_original.personKind);
    fillPeople();
    m_ui->person->setCurrentIndex(std::max(0, m_ui->person->findData(m_original.personId)));
    for (int i = 0; i < m_phones.size(); ++i)
        m_phones[i]->setValue(m_original.phones.value(i));
    m_ui->automatedApproval->setChecked(m_original.automatedApproval);
    m_ui->smsAuthentication->setChecked(m_original.smsAuthentication);
    m_ui->authenticateApprover->setChecked(m_original.authenticateApproverWithMobile);
    m_ui->authenticateRequestor->setChecked(m_original.authenticateRequestorWithMobile);
    setOptionalDate(m_ui->lastReviewedSet, m_ui->lastReviewed, m_original.lastReviewed);
}

void ApproverEditor::fillPeople() {
    const QUuid keep = m_ui->person->currentData().toUuid();
    m_ui->person->clear();
    ListQuery query;
    query.limit = 2000;
    if (enumFromCombo(m_ui->personKind, PersonKind::ClientProfile) == PersonKind::ClientProfile) {
        query.siteId = m_original.siteId;
        query.status = toString(ProfileStatus::Active);
        // A list that cannot be read was logged by the store; the combo box stays empty then.
        for (const ClientProfile& profile : workspace().store().profiles().list(query).valueOr({}))
            m_ui->person->addItem(profile.fullName, profile.id);
    } else {
        for (const PartnerContact& contact : workspace().store().partnerContacts().list(query).valueOr({}))
            m_ui->person->addItem(contact.name, contact.id);
    }
    m_ui->person->setCurrentIndex(std::max(0, m_ui->person->findData(keep)));
}

Approver ApproverEditor::record() const {
    Approver approver = m_original;
    approver.approvalType = m_ui->approvalType->currentData().toString();
    approver.personKind = enumFromCombo(m_ui->personKind, PersonKind::ClientProfile);
    approver.personId = m_ui->person->currentData().toUuid();
    // Numbers beyond the two the form shows are kept as they were (the checks flag them).
    QStringList phones;
    for (const PhoneFieldHint* phone : m_phones) {
        if (!phone->value().isEmpty())
            phones << phone->value();
    }
    phones << m_original.phones.mid(m_phones.size());
    approver.phones = phones;
    approver.automatedApproval = m_ui->automatedApproval->isChecked();
    approver.smsAuthentication = m_ui->smsAuthentication->isChecked();
    approver.authenticateApproverWithMobile = m_ui->authenticateApprover->isChecked();
    approver.authenticateRequestorWithMobile = m_ui->authenticateRequestor->isChecked();
    approver.lastReviewed = optionalDate(m_ui->lastReviewedSet, m_ui->lastReviewed);
    return approver;
}

ApproverEditor::~ApproverEditor() = default;

bool ApproverEditor::isDirty() const {
    return record() != m_original;
}

Result<FieldErrors> ApproverEditor::write() {
    return saveRecord(record(), m_original, m_isNew, tr("approver"));
}

} // namespace sitekeeper
