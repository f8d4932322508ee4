// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EditorDialog.h"
#include "Site.h"

#include <memory>
#include <optional>

namespace Ui {
class SiteEditor;
}

namespace sitekeeper {

class PhoneFieldHint;

// Adds or edits a site: coverage, how the help desk answers, where mail comes from, go-live.
class SiteEditor : public EditorDialog {
    Q_OBJECT

public:
    SiteEditor(Workspace& workspace, const QUuid& siteId, std::optional<Site> existing,
               QWidget* parent = nullptr);
    ~SiteEditor() override;

    Site record() const;
    void revert() override;
    bool isDirty() const override;

protected:
    Result<FieldErrors> write() override;
    QList<FreeText> freeText() override;
    QUuid siteForCredentials() const override;

private:
    std::unique_ptr<Ui::SiteEditor> m_ui;
    Site m_original;
    bool m_isNew;
    QList<PhoneFieldHint*> m_phones;
};

} // namespace sitekeeper
