// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EditorDialog.h"
#include "Reference.h"

#include <memory>
#include <optional>

namespace Ui {
class ReferenceEditor;
}

namespace sitekeeper {

class PhoneFieldHint;

// Adds or edits a runbook, with its Markdown body and a rendered preview.
class ReferenceEditor : public EditorDialog {
    Q_OBJECT

public:
    ReferenceEditor(Workspace& workspace, const QUuid& siteId, std::optional<Reference> existing,
                    QWidget* parent = nullptr);
    ~ReferenceEditor() override;

    Reference record() const;
    // Fills a new reference's topic and title in the form (a suggestion from the escalation review);
    // the user still saves it.
    void prefill(ReferenceTopic topic, const QString& title);
    void revert() override;
    bool isDirty() const override;

protected:
    Result<FieldErrors> write() override;
    QList<FreeText> freeText() override;
    QUuid siteForCredentials() const override;

private:
    std::unique_ptr<Ui::ReferenceEditor> m_ui;
    Reference m_original;
    bool m_isNew;
    QList<PhoneFieldHint*> m_phones;
};

} // namespace sitekeeper
