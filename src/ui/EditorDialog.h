// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldError.h"
#include "MemberRights.h"
#include "PhoneNumber.h"
#include "Result.h"
#include "Workspace.h"

#include <QDialog>
#include <QHash>
#include <QUuid>

#include <functional>
#include <optional>

class QAbstractButton;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace sitekeeper {

class RecordHistory;
class RecordPresence;

// What every record editor shares: Save / Revert / Cancel, inline validation (the widget of a
// field with a problem is marked and the messages are shown above the form), and a question
// before unsaved changes are thrown away.
class EditorDialog : public QDialog {
    Q_OBJECT

public:
    explicit EditorDialog(Workspace& workspace, QWidget* parent = nullptr);
    ~EditorDialog() override;

    // Validates and writes the record (one undoable edit); on problems marks the fields and stays open.
    bool save();
    // Puts the form back to the record as it was loaded.
    virtual void revert() = 0;
    // True when the form differs from the record as loaded.
    virtual bool isDirty() const = 0;

    // The problems shown now, by field key (tests and screenshots read them).
    const FieldErrors& shownErrors() const { return m_errors; }
    // "Dana Ortiz is also editing this record." while the backend says another member has the record
    // open (hidden otherwise), and the record's history ("Dana Ortiz, 3 min ago: mobile phone").
    QLabel* presenceNote() const { return m_presenceNote; }
    QLabel* historyLabel() const { return m_historyLabel; }
    RecordPresence* presence() const { return m_presence; }
    RecordHistory* history() const { return m_history; }

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

    // The write() of every record editor: validate, then one undoable edit of the fields the form
    // changed against `original` (the record as the editor read it; nothing when unchanged). A field
    // changed in the store since (a pull, another window) is asked about first: keep mine or take the
    // stored value; going back to editing marks it and saves nothing. On success the record as stored
    // now becomes the one the form shows and reverts to.
    template <class T>
    Result<FieldErrors> saveRecord(const T& value, T& original, bool& isNew, const QString& noun) {
        // Save is greyed out then; this keeps a caller that saves anyway from writing.
        if (const QString forbidden = MemberRights(m_workspace).toEdit(T::entityKind); !forbidden.isEmpty())
            return Error{forbidden, QString(), Error::Kind::Forbidden};
        const FieldErrors errors = value.validate();
        if (!errors.isEmpty())
            return errors;
        if (!isNew && value == original)
            return FieldErrors{};
        std::optional<T> base = isNew ? std::nullopt : std::optional<T>(original);
        T mine = value;
        if (base) {
            const auto clashes = m_workspace.clashes<T>(*base, mine);
            if (!clashes)
                return clashes.error();
            if (!clashes->isEmpty()) {
                QJsonObject baseJson = base->toJson();
                QJsonObject mineJson = mine.toJson();
                if (auto stay = settleClashes(T::entityKind, mine.id, *clashes, baseJson, mineJson))
                    return *stay;
                base = T::fromJson(baseJson, nullptr);
                mine = T::fromJson(mineJson, nullptr);
            }
        }
        if (!base || !(mine == *base)) {
            const QString text = (isNew ? tr("Add %1 %2") : tr("Edit %1 %2")).arg(noun, mine.displayKey());
            m_saving = true;
            const auto saved = m_workspace.edit<T>(base, mine, text);
            m_saving = false;
            if (!saved) {
                Error error = saved.error();
                if (error.is(Error::Kind::NotFound)) // deleted meanwhile, by an undo or a pull
                    error.message += u' ' + tr("Close the editor, refresh the list and try again.");
                return error;
            }
        }
        const auto stored = m_workspace.store().template repository<T>().get(mine.id);
        original = stored ? stored.value() : mine;
        isNew = false;
        revert();
        return FieldErrors{};
    }

    // Keeps the editor of an existing record current while it is open: when the record changes in
    // the store (a pull, an edit in another window, an undo), the fields the form did not change take
    // the stored values; the changed ones stay as typed, on the base they were typed on, so that
    // saving asks about any of them that moved. `form` is the record as the form shows it now.
    template <class T>
    void followRecord(T& original, const bool& isNew, std::function<T()> form) {
        restrictTo(T::entityKind);
        m_followedEntity = T::entityKind;
        m_followedId = [&original] {
            return original.id;
        };
        if (!isNew)
            showTeam(T::entityKind, original.id);
        m_refresh = [this, &original, &isNew, form = std::move(form)] {
            if (isNew || m_saving)
                return;
            Repository<T>& repository = m_workspace.store().template repository<T>();
            const auto stored = repository.get(original.id);
            if (!stored)
                return;
            const QJsonObject base = original.toJson();
            const QJsonObject now = stored->toJson();
            if (repository.diff(base, now).isEmpty())
                return;
            const FieldPatch typed = repository.diff(base, form().toJson());
            QJsonObject typedOn = now;
            for (const QString& field : typed.fields())
                typedOn.insert(field, base.value(field));
            original = T::fromJson(typed.appliedTo(now), nullptr);
            revert();
            original = T::fromJson(typedOn, nullptr);
        };
    }

    // Asks about each clash (a field the form changed that changed in the store since it was read):
    // "keep mine" rebases the field on the stored value, "take stored" also takes that value for the
    // form. Returns the problems to show when the user goes back to editing instead.
    std::optional<FieldErrors> settleClashes(EntityKind entity, const QUuid& id,
                                             const QList<FieldClash>& clashes, QJsonObject& base,
                                             QJsonObject& mine);
    // The field as its label in the form names it ("Title"), or its key.
    QString fieldLabel(const QString& field) const;

private:
    // Greys out Save, with the reason, when the signed-in member's role may not change `kind`.
    void restrictTo(EntityKind kind);
    void buttonClicked(QAbstractButton* button);
    // The presence note and the history of an existing record, above the buttons.
    void showTeam(EntityKind entity, const QUuid& id);
    // True when no free text holds a secret (any found was moved into a credential by the user).
    bool freeTextIsClean();

    // What followRecord() set up: the record followed and how the form takes the stored values.
    void followedRecordChanged(EntityKind entity, const QUuid& id);
    std::optional<EntityKind> m_followedEntity;
    std::function<QUuid()> m_followedId;
    std::function<void()> m_refresh;
    bool m_saving = false; // an edit of this editor's own is being written

    Workspace& m_workspace;
    QDialogButtonBox* m_buttons = nullptr;
    QLabel* m_errorLabel = nullptr;
    QHash<QString, QWidget*> m_fields;
    FieldErrors m_errors;
    bool m_closingAfterSave = false;
    QLabel* m_presenceNote = nullptr;
    QLabel* m_historyLabel = nullptr;
    RecordPresence* m_presence = nullptr;
    RecordHistory* m_history = nullptr;
};

// Marks the widgets of the fields with problems (red frame, tooltip), lists the messages in
// `errorLabel` (hidden when there are none) and puts the focus on the first marked field.
void markFieldErrors(const QHash<QString, QWidget*>& fields, QLabel* errorLabel, const FieldErrors& errors);

// A phone number line edit with a live hint: the normalised number and its type, or what is wrong.
class PhoneFieldHint : public QObject {
    Q_OBJECT

public:
    // `extension` Keep: an office number, whose extension ("x204") is kept apart (extension()).
    PhoneFieldHint(QLineEdit* edit, QLabel* hint, QString defaultRegion, bool isMobileField,
                   PhoneNumber::Extension extension = PhoneNumber::Extension::Refuse);

    // E.164 when the text is a valid number, the text as typed otherwise (validation then names it).
    QString value() const;
    // The extension's digits typed after a valid number; empty when none.
    QString extension() const;
    void setValue(const QString& e164, const QString& extension = QString());

private:
    void update();

    QLineEdit* m_edit;
    QLabel* m_hint;
    QString m_region;
    bool m_mobileField;
    PhoneNumber::Extension m_extension;
};

} // namespace sitekeeper
