// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Approver.h"
#include "EditorDialog.h"

#include <memory>
#include <optional>

namespace Ui {
class ApproverEditor;
}

namespace sitekeeper {

class PhoneFieldHint;

// Adds or edits who approves one kind of request at a site, and how.
class ApproverEditor : public EditorDialog {
    Q_OBJECT

public:
    ApproverEditor(Workspace& workspace, const QUuid& siteId, std::optional<Approver> existing,
                   QWidget* parent = nullptr);
    ~ApproverEditor() override;

    Approver record() const;
    void revert() override;
    bool isDirty() const override;

protected:
    Result<FieldErrors> write() override;

private:
    void fillPeople();

    std::unique_ptr<Ui::ApproverEditor> m_ui;
    Approver m_original;
    bool m_isNew;
    QList<PhoneFieldHint*> m_phones;
};

} // namespace sitekeeper
