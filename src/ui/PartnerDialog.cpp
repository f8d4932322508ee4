// SPDX-License-Identifier: GPL-3.0-or-later
#include "PartnerDialog.h"

#include "ApprovalType.h"
#include "MemberRights.h"
#include "PartnerContactEditor.h"
#include "RecordListModel.h"
#include "RecordTab.h"
#include "Store.h"
#include "Workspace.h"
#include "ui_PartnerDialog.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QRegularExpression>

namespace sitekeeper {

namespace {
QVariant text(int role, const QString& value) {
    return role == Qt::DisplayRole ? QVariant(value) : QVariant();
}

// "Printer purchase" -> "printer_purchase": the key the approvers refer to.
QString keyFor(const QString& name) {
    QString key = name.trimmed().toLower();
    key.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("_"));
    return key.remove(QRegularExpression(QStringLiteral("^_+|_+$")));
}
} // namespace

PartnerDialog::PartnerDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PartnerDialog>())
    , m_workspace(workspace) {
    m_ui->setupUi(this);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setUpContacts();
    setUpApprovalTypes();
    const MemberRights rights(m_workspace);
    m_contacts->setForbidden(rights.toEdit(EntityKind::PartnerContact),
                             rights.toRemove(EntityKind::PartnerContact));
    m_approvalTypes->setForbidden(rights.toEdit(EntityKind::ApprovalType),
                                  rights.toRemove(EntityKind::ApprovalType));
}

PartnerDialog::~PartnerDialog() = default;

void PartnerDialog::setUpContacts() {
    using Column = RecordListModel<PartnerContact>::Column;
    auto* model = new RecordListModel<PartnerContact>(
        m_workspace.store().partnerContacts(),
        {Column{tr("Name"), QString(),
                [](const PartnerContact& c, int role) {
                    return text(role, c.name);
                }},
         Column{tr("Email"), QStringLiteral("email"),
                [](const PartnerContact& c, int role) {
                    return text(role, c.email);
                }},
         Column{tr("Numbers, in order"), QStringLiteral("phones"), [](const PartnerContact& c, int role) {
                    return text(role, c.phones.join(QStringLiteral(", ")));
                }}});
    model->reload();
    m_contacts = new RecordTab(model, m_ui->contactsPage);
    m_ui->contactsLayout->addWidget(m_contacts);
    connect(m_contacts, &RecordTab::newRequested, this,
            [this] { PartnerContactEditor(m_workspace, QUuid(), std::nullopt, this).exec(); });
    connect(m_contacts, &RecordTab::editRequested, this, [this](const QUuid& id) {
        if (const auto contact = m_workspace.store().partnerContacts().get(id))
            PartnerContactEditor(m_workspace, QUuid(), *contact, this).exec();
    });
    connect(m_contacts, &RecordTab::removeRequested, this, [this](const QList<QUuid>& ids) {
        if (QMessageBox::question(this, tr("Remove contacts"),
                                  tr("Remove %n contact(s)? Rules that name them will need another contact.",
                                     nullptr, int(ids.size()))) != QMessageBox::Yes)
            return;
        m_workspace.undoStack().beginMacro(tr("Remove %n contact(s)", nullptr, int(ids.size())));
        for (const QUuid& id : ids) {
            if (const auto contact = m_workspace.store().partnerContacts().get(id))
                (void)m_workspace.edit<PartnerContact>(*contact, std::nullopt, tr("Remove contact"));
        }
        m_workspace.undoStack().endMacro();
    });
    connect(&m_workspace, &Workspace::recordChanged, m_contacts,
            [this, model](EntityKind entity, const QUuid& id) {
                if (entity == EntityKind::PartnerContact) {
                    model->reload();
                    m_contacts->select(id);
                }
            });
}

void PartnerDialog::setUpApprovalTypes() {
    using Column = RecordListModel<ApprovalType>::Column;
    auto* model = new RecordListModel<ApprovalType>(
        m_workspace.store().approvalTypes(),
        {Column{tr("Key"), QString(),
                [](const ApprovalType& t, int role) {
                    return text(role, t.key);
                }},
         Column{tr("Name"), QStringLiteral("name"),
                [](const ApprovalType& t, int role) {
                    return text(role, t.displayName());
                }},
         Column{tr("Kind"), QStringLiteral("builtin"), [](const ApprovalType& t, int role) {
                    return text(role, t.builtin ? tr("built in") : tr("the partner's own"));
                }}});
    model->reload();
    m_approvalTypes = new RecordTab(model, m_ui->approvalTypesPage);
    m_ui->approvalTypesLayout->addWidget(m_approvalTypes);
    connect(m_approvalTypes, &RecordTab::newRequested, this, &PartnerDialog::newApprovalType);
    connect(m_approvalTypes, &RecordTab::editRequested, this, &PartnerDialog::renameApprovalType);
    connect(m_approvalTypes, &RecordTab::removeRequested, this, &PartnerDialog::removeApprovalTypes);
    connect(&m_workspace, &Workspace::recordChanged, m_approvalTypes,
            [this, model](EntityKind entity, const QUuid& id) {
                if (entity == EntityKind::ApprovalType) {
                    model->reload();
                    m_approvalTypes->select(id);
                }
            });
}

void PartnerDialog::newApprovalType() {
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("New approval type"),
                              tr("A kind of request that needs approval, e.g. \"Printer purchase\":"),
                              QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (!ok || name.isEmpty())
        return;
    ApprovalType type;
    type.id = QUuid::createUuid();
    type.name = name;
    type.key = keyFor(name);
    const FieldErrors errors = type.validate();
    if (!errors.isEmpty()) {
        QMessageBox::warning(this, tr("Not added"), errors.constFirst().message);
        return;
    }
    ListQuery sameKey;
    sameKey.search = type.key;
    const auto sameKeyTypes = m_workspace.store().approvalTypes().list(sameKey);
    if (!sameKeyTypes) {
        QMessageBox::warning(this, tr("Not added"), sameKeyTypes.error().toString());
        return;
    }
    for (const ApprovalType& existing : sameKeyTypes.value()) {
        if (existing.key == type.key) {
            QMessageBox::warning(this, tr("Not added"),
                                 tr("There is already an approval type \"%1\".").arg(existing.displayName()));
            return;
        }
    }
    const auto saved =
        m_workspace.edit<ApprovalType>(std::nullopt, type, tr("Add approval type %1").arg(name));
    if (!saved)
        QMessageBox::warning(this, tr("Not added"), saved.error().toString());
}

void PartnerDialog::renameApprovalType(const QUuid& id) {
    const auto before = m_workspace.store().approvalTypes().get(id);
    if (!before)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename approval type"), tr("Name:"),
                                               QLineEdit::Normal, before->displayName(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty() || name == before->name)
        return;
    ApprovalType after = *before;
    after.name = name; // the key stays: approvers refer to it
    const auto saved = m_workspace.edit<ApprovalType>(*before, after, tr("Rename approval type"));
    if (!saved)
        QMessageBox::warning(this, tr("Not renamed"), saved.error().toString());
}

void PartnerDialog::removeApprovalTypes(const QList<QUuid>& ids) {
    QList<ApprovalType> removable;
    for (const QUuid& id : ids) {
        const auto type = m_workspace.store().approvalTypes().get(id);
        if (type && !type->builtin)
            removable << *type;
    }
    if (removable.isEmpty()) {
        QMessageBox::information(this, tr("Nothing removed"),
                                 tr("Built-in approval types cannot be removed."));
        return;
    }
    m_workspace.undoStack().beginMacro(tr("Remove %n approval type(s)", nullptr, int(removable.size())));
    for (const ApprovalType& type : std::as_const(removable))
        (void)m_workspace.edit<ApprovalType>(type, std::nullopt, tr("Remove approval type"));
    m_workspace.undoStack().endMacro();
}

} // namespace sitekeeper
