// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EditorDialog.h"
#include "PartnerContact.h"

#include <memory>
#include <optional>

namespace Ui {
class PartnerContactEditor;
}

namespace sitekeeper {

class PhoneFieldHint;

// Adds or edits one of the partner's technicians (siteId is ignored: contacts are partner-wide).
class PartnerContactEditor : public EditorDialog {
    Q_OBJECT

public:
    PartnerContactEditor(Workspace& workspace, const QUuid& siteId, std::optional<PartnerContact> existing,
                         QWidget* parent = nullptr);
    ~PartnerContactEditor() override;

    PartnerContact record() const;
    void revert() override;
    bool isDirty() const override;

protected:
    Result<FieldErrors> write() override;

private:
    std::unique_ptr<Ui::PartnerContactEditor> m_ui;
    PartnerContact m_original;
    bool m_isNew;
    QList<PhoneFieldHint*> m_phones;
};

} // namespace sitekeeper
