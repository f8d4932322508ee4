// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class PartnerDialog;
}

namespace sitekeeper {

class RecordTab;
class Workspace;

// The partner-wide records: the partner's technicians (contacts) and the kinds of request that
// need approval (the built-in ones and the partner's own).
class PartnerDialog : public QDialog {
    Q_OBJECT

public:
    explicit PartnerDialog(Workspace& workspace, QWidget* parent = nullptr);
    ~PartnerDialog() override;

    RecordTab* contactsTab() const { return m_contacts; }
    RecordTab* approvalTypesTab() const { return m_approvalTypes; }

private:
    void setUpContacts();
    void setUpApprovalTypes();
    void newApprovalType();
    void renameApprovalType(const QUuid& id);
    void removeApprovalTypes(const QList<QUuid>& ids);

    std::unique_ptr<Ui::PartnerDialog> m_ui;
    Workspace& m_workspace;
    RecordTab* m_contacts = nullptr;
    RecordTab* m_approvalTypes = nullptr;
};

} // namespace sitekeeper
