// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Approver.h"
#include "ClientProfile.h"
#include "EntityKind.h"
#include "NotificationRule.h"
#include "Reference.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>
#include <utility>

namespace sitekeeper {

class Workspace;

// Two client profiles of one person (SK202) made one: OTHER is merged into KEEP. KEEP takes, field by
// field, its own value or OTHER's; whatever names OTHER names KEEP afterwards; OTHER is disabled,
// never deleted. What names a profile:
//   - an approver of the site whose person is the profile (`person_id`, the one id that points at a
//     profile);
//   - a notification rule of the site that emails the profile's address (`email_recipients`), when
//     KEEP ends up with another address;
//   - a reference of the site whose owner is the profile's name or address (`owner`, free text),
//     when KEEP ends up with another name or address.
// (Escalation contacts and the Call Before Escalating contact are partner contacts, never profiles.)
//
// The merge is one undo step of ordinary edits, each audited and in the outbox like an editor's
// save, written in one transaction: all or nothing. Profiles of two sites are not merged: an approver
// names a profile of its own site (the checks and the approval plan look it up there), so the pair is
// resolved as SK202 says for it, by keeping the profile at the site where the person's computer is
// and disabling the other.
//
// The console's Merge dialog and `sitekeeper-cli profile merge` both make a plan(), show it, and
// apply() it; apply() refuses a plan whose records changed since it was made.
class ProfileMerge {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::ProfileMerge)

public:
    // The fields a merge chooses: every field of a profile a user edits, in the editor's order.
    enum class Field { FullName, Email, OfficePhone, MobilePhone, Title, Vip, Status };

    static const QList<Field>& fields();
    // The bundle key ("mobile_phone"): the field's name in JSON and in `--take FIELD=other`.
    static QString key(Field field);
    static std::optional<Field> fieldFromKey(QStringView key);
    // What people call it ("Mobile phone"), as the editor does.
    static QString label(Field field);
    // The field's value in `profile` for people: the text, "Yes"/"No", "Active"/"Disabled"; empty
    // for an empty text.
    static QString valueText(const ClientProfile& profile, Field field);
    // Whether `a` and `b` hold the same value of `field`.
    static bool sameValue(const ClientProfile& a, const ClientProfile& b, Field field);

    // A record that names OTHER and will name KEEP.
    struct Repoint {
        EntityKind entity = EntityKind::Approver;
        QUuid id;
        QString field;       // the bundle key that changes: person_id, email_recipients, owner
        QString description; // "Approver for Password reset for another user"

        bool operator==(const Repoint&) const = default;
    };

    // A record as the plan read it: what apply() checks has not changed since.
    struct Read {
        EntityKind entity = EntityKind::ClientProfile;
        QUuid id;
        QString name;
        qint64 revision = 0;

        bool operator==(const Read&) const = default;
    };

    struct Plan {
        ClientProfile keep;      // as stored
        ClientProfile other;     // as stored
        QList<Field> fromOther;  // the fields KEEP takes from OTHER, in fields() order
        ClientProfile merged;    // KEEP after the merge
        ClientProfile disabled;  // OTHER after the merge
        QList<Repoint> repoints; // in the order: approvers, rules, references
        QString text;            // the undo step: "Merge “Ada King” into “Ada Lovelace”"
        // The edits, each record as read and as it will be written.
        QList<std::pair<Approver, Approver>> approvers;
        QList<std::pair<NotificationRule, NotificationRule>> rules;
        QList<std::pair<Reference, Reference>> references;
        QList<Read> reads; // KEEP, OTHER and every record above

        bool takesFromOther(Field field) const { return fromOther.contains(field); }
        // Whether applying it writes nothing: OTHER is disabled already, KEEP takes nothing from it
        // and nothing names it.
        bool changesNothing() const { return merged == keep && disabled == other && repoints.isEmpty(); }
        // {keep, other, fields: {key: {from: keep|other, value}}, repoint: [...], disable}
        QJsonObject toJson() const;
        bool operator==(const Plan&) const = default;
    };

    explicit ProfileMerge(Workspace& workspace)
        : m_workspace(workspace) {}

    // What merging `otherId` into `keepId` would do. `fromOther` lists the fields to take from OTHER;
    // nullopt takes the defaults (defaultFromOther). Refuses the same profile twice, a profile that
    // does not exist, and profiles of two sites.
    Result<Plan> plan(const QUuid& keepId, const QUuid& otherId,
                      std::optional<QList<Field>> fromOther = std::nullopt) const;

    // The fields whose value is taken from OTHER unless chosen otherwise: where KEEP's is empty and
    // OTHER's is not, or both are set and differ and OTHER was edited last (`otherIsNewer`); VIP
    // when OTHER is one; active when OTHER is and KEEP is not.
    static QList<Field> defaultFromOther(const ClientProfile& keep, const ClientProfile& other,
                                         bool otherIsNewer);

    // Writes `plan` as one undo step. Refuses (and writes nothing) when the signed-in member may not
    // edit the records, or when one of them changed since the plan was made, or a record came to name
    // OTHER meanwhile: plan again then.
    Result<void> apply(const Plan& plan);

private:
    Workspace& m_workspace;
};

} // namespace sitekeeper
