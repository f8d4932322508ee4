// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EntityKind.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUuid>

namespace sitekeeper {

enum class Severity { Error, Warning, Info };

// "error", "warning", "info": the spelling of the CLI's JSON and of the rulebook.
QString toString(Severity severity);
// Translated, for people.
QString displayName(Severity severity);
std::optional<Severity> severityFromString(const QString& text);

// A fix the console can apply in one click. Each names what it changes; the rest of the finding
// says which record (entityId) and, where two records are involved, which other one (relatedId).
enum class FixAction {
    None,
    DisableProfile,         // set the profile (entityId) to disabled
    MergeProfiles,          // merge the pair (entityId, relatedId) of one site: needs the user's choices
    UseAutomatedApproval,   // keep automated approval on the approver, drop SMS authentication
    MoveSecretToVault,      // open the text with the secret and move it into a credential
    MarkReviewed,           // attest a reference or approver "reviewed, unchanged" today
    SetActivationSubmitted, // the site is covered and past go-live but still draft
    ClearCallBeforeContact, // the Call Before Escalating contact equals an escalation contact
};

// The result of one best-practice check on one record. Findings are values: the same rule on the same
// record gives an equal finding, so that re-checking can tell what changed.
struct Finding {
    QString rule; // "SK101" ...
    Severity severity = Severity::Warning;
    QUuid siteId;                         // null: a partner-wide record
    EntityKind entity = EntityKind::Site; // the kind of the record
    QUuid entityId;
    QString field; // the bundle key of the field to fix, or empty
    QString message;
    QString fix; // what to do, in words
    FixAction action = FixAction::None;
    QUuid relatedId; // the other record, where a finding pairs two (SK202, SK602)
    QUuid relatedSiteId;

    bool operator==(const Finding&) const = default;
};

using Findings = QList<Finding>;

// Counts by severity.
struct FindingSummary {
    int errors = 0;
    int warnings = 0;
    int infos = 0;

    void add(const Finding& finding);
    int total() const { return errors + warnings + infos; }
    bool operator==(const FindingSummary&) const = default;
};

} // namespace sitekeeper
