// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldPatch.h"
#include "PartnerSettings.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace sitekeeper {

class Workspace;

// The one way to change the partner settings (the Preferences dialog, `sitekeeper-cli partner set`):
// an edit through Workspace::edit, so it is undoable, audited and in the outbox as entity
// "partner_settings" like any record. Only an admin may change them (protocol::neededRoleToEdit);
// when the workspace knows the signed-in member has a lesser role the edit is refused here, and the
// backend refuses it in any case.
class PartnerSettingsEdits {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::PartnerSettingsEdits)

public:
    explicit PartnerSettingsEdits(Workspace& workspace);

    // Whether the signed-in member may change the settings; when not, why (for a note beside them).
    bool canEdit(QString* why = nullptr) const;

    // Saves the fields `after` changes against `base` (the settings as the editor read them), as one
    // undo step. A field changed meanwhile (a pull) is not overwritten: the error says so and
    // `clashes` lists them. Invalid settings are refused with their field errors.
    Result<void> save(const PartnerSettings& base, const PartnerSettings& after,
                      QList<FieldClash>* clashes = nullptr);

    // The settings' fields by their bundle key ("forbidden_terms" ...), in the order `show` lists them.
    static QStringList fields();
    // A field's value as text: lists joined by ", ", numbers as digits.
    static QString text(const PartnerSettings& settings, const QString& field);
    // The command line's `partner set FIELD VALUE`: FIELD by its key (kebab case too), VALUE as text
    // (lists comma-separated, topics and approval types by key, a phone number as typed).
    Result<void> set(const QString& field, const QString& value);

private:
    Workspace& m_workspace;
};

} // namespace sitekeeper
