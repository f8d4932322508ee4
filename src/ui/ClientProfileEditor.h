// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ClientProfile.h"
#include "EditorDialog.h"

#include <memory>
#include <optional>

namespace Ui {
class ClientProfileEditor;
}

namespace sitekeeper {

class PhoneFieldHint;

// Adds or edits one end user of a site.
class ClientProfileEditor : public EditorDialog {
    Q_OBJECT

public:
    ClientProfileEditor(Workspace& workspace, const QUuid& siteId, std::optional<ClientProfile> existing,
                        QWidget* parent = nullptr);
    ~ClientProfileEditor() override;

    ClientProfile record() const;
    void revert() override;
    bool isDirty() const override;

protected:
    Result<FieldErrors> write() override;

private:
    std::unique_ptr<Ui::ClientProfileEditor> m_ui;
    ClientProfile m_original;
    bool m_isNew;
    PhoneFieldHint* m_office = nullptr;
    PhoneFieldHint* m_mobile = nullptr;
};

} // namespace sitekeeper
