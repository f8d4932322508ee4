// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EditorDialog.h"
#include "NotificationRule.h"

#include <memory>
#include <optional>

namespace Ui {
class NotificationRuleEditor;
}

namespace sitekeeper {

class PhoneFieldHint;

// Adds or edits how and whom the service escalates to in a time window.
class NotificationRuleEditor : public EditorDialog {
    Q_OBJECT

public:
    NotificationRuleEditor(Workspace& workspace, const QUuid& siteId,
                           std::optional<NotificationRule> existing, QWidget* parent = nullptr);
    ~NotificationRuleEditor() override;

    NotificationRule record() const;
    void revert() override;
    bool isDirty() const override;

protected:
    Result<FieldErrors> write() override;

private:
    std::unique_ptr<Ui::NotificationRuleEditor> m_ui;
    NotificationRule m_original;
    bool m_isNew;
    QList<PhoneFieldHint*> m_phones;
};

} // namespace sitekeeper
