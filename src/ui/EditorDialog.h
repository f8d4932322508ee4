// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldError.h"
#include "Result.h"
#include "Workspace.h"

#include <QDialog>
#include <QHash>
#include <QUuid>

#include <functional>

class QAbstractButton;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace sitekeeper {

// What every record editor shares: Save / Revert / Cancel, inline validation (the widget of a
// field with a problem is marked and the messages are shown above the form), and a question
// before unsaved changes are thrown away.
class EditorDialog : public QDialog {
    Q_OBJECT

public:
    explicit EditorDialog(Workspace& workspace, QWidget* parent = nullptr);

    // Validates and writes the record (one undoable edit); on problems marks the fields and stays open.
    bool save();
    // Puts the form back to the record as it was loaded.
    virtual void revert() = 0;
    // True when the form differs from the record as loaded.
    virtual bool isDirty() const = 0;

    // The problems shown now, by field key (tests and screenshots read them).
    const FieldErrors& shownErrors() const { return m_errors; }
    // Marks one field as the place to fix (a finding opened from the Findings panel): its widget
    // gets the red frame and the focus, and `message` is shown above the form.
    void markField(const QString& field, const QString& message);

    void done(int result) override;

protected:
    // Builds the record from the form and writes it; returns the field problems, or an error.
    virtual Result<FieldErrors> write() = 0;

    // Free text a technician reads (bodies, notes, descriptions), by field key, with the site the
    // record belongs to. Saving is stopped while any of it looks like a credential (SK304).
    struct FreeText {
        QString field;
        QString label; // the field as the message names it, translated: "body"
        QString text;
        std::function<void(const QString&)> replace; // puts the cleaned text back into the form
    };
    virtual QList<FreeText> freeText() { return {}; }
    virtual QUuid siteForCredentials() const { return {}; }

    // Called by subclasses once their form exists.
    void setUpEditor(QDialogButtonBox* buttons, QLabel* errorLabel, QHash<QString, QWidget*> fields);
    void showErrors(const FieldErrors& errors);
    Workspace& workspace() { return m_workspace; }

    // The write() of every record editor: validate, then one undoable edit (nothing when unchanged);
    // on success the saved record becomes the one the form reverts to.
    template <class T>
    Result<FieldErrors> saveRecord(const T& value, T& original, bool& isNew, const QString& noun) {
        const FieldErrors errors = value.validate();
        if (!errors.isEmpty())
            return errors;
        if (!isNew && value == original)
            return FieldErrors{};
        const QString text = (isNew ? tr("Add %1 %2") : tr("Edit %1 %2")).arg(noun, value.displayKey());
        const auto saved =
            m_workspace.edit<T>(isNew ? std::nullopt : std::optional<T>(original), value, text);
        if (!saved) {
            Error error = saved.error();
            if (error.is(Error::Kind::NotFound)) // deleted meanwhile, by an undo or a pull
                error.message += u' ' + tr("Close the editor, refresh the list and try again.");
            return error;
        }
        original = value;
        isNew = false;
        return FieldErrors{};
    }

private:
    void buttonClicked(QAbstractButton* button);
    // True when no free text holds a secret (any found was moved into a credential by the user).
    bool freeTextIsClean();

    Workspace& m_workspace;
    QDialogButtonBox* m_buttons = nullptr;
    QLabel* m_errorLabel = nullptr;
    QHash<QString, QWidget*> m_fields;
    FieldErrors m_errors;
    bool m_closingAfterSave = false;
};

// Marks the widgets of the fields with problems (red frame, tooltip), lists the messages in
// `errorLabel` (hidden when there are none) and puts the focus on the first marked field.
void markFieldErrors(const QHash<QString, QWidget*>& fields, QLabel* errorLabel, const FieldErrors& errors);

// A phone number line edit with a live hint: the normalised number and its type, or what is wrong.
class PhoneFieldHint : public QObject {
    Q_OBJECT

public:
    PhoneFieldHint(QLineEdit* edit, QLabel* hint, QString defaultRegion, bool isMobileField);

    // E.164 when the text is a valid number, the text as typed otherwise (validation then names it).
    QString value() const;
    void setValue(const QString& e164);

private:
    void update();

    QLineEdit* m_edit;
    QLabel* m_hint;
    QString m_region;
    bool m_mobileField;
};

} // namespace sitekeeper
