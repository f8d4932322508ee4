// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EntityKind.h"
#include "TimeWindow.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace sitekeeper {

class RecordLookup;

// How the command line reads the value of one field.
enum class FieldKind {
    Text,         // as given
    List,         // repeated option; each value one item ("" alone clears the list)
    Bool,         // yes|no
    Integer,      // a whole number
    Date,         // YYYY-MM-DD; "" or none clears it
    Enum,         // one of the field's choices
    Window,       // "mon,tue,wed,thu,fri 08:00-18:00 America/New_York" (days may be a range: mon-fri)
    Windows,      // repeated Window ("" alone clears the list)
    Sla,          // repeated p1=RESPONSE/RESOLUTION, in minutes
    ParentSite,   // a site's name or id ("" makes a top-level site)
    Contact,      // a partner contact's name, email or id ("" clears it)
    Contacts,     // repeated Contact
    Person,       // a profile's email or a partner contact's name: sets person_kind and person_id
    Owner,        // a person as for Person, stored as the person's name; other text as given
    ApprovalType, // an approval type key
};

// One field of an entity: the option that sets it, the bundle key it writes and how it is read.
struct FieldSpec {
    QString option; // "full-name"
    QString key;    // "full_name"
    FieldKind kind = FieldKind::Text;
    QString help;
    QStringList choices; // the values of an Enum
    QStringList aliases; // older option names that still work ("domain" for "email-domain")
};

// The command-line shape of one entity: its fields, its natural key and what `disable` does.
struct EntitySpec {
    enum class Scope { None, Optional, Required }; // whether records belong to a --site

    QString command; // "profile"
    EntityKind entity = EntityKind::Site;
    QString keyName; // how a record is named besides its id, for usage lines: "EMAIL"
    Scope scope = Scope::None;
    QString statusKey;     // the field `disable` sets; empty: no status
    QString disabledValue; // the value it sets
    QList<FieldSpec> fields;

    // The field writing `key` (or the first part of a key path: "window.start" -> "window").
    const FieldSpec* fieldForKey(const QString& key) const;
};

// Every entity, in the order of the usage text.
const QList<EntitySpec>& entitySpecs();
const EntitySpec* entitySpec(const QString& command);

// What applyField() needs to resolve names into ids.
struct FieldContext {
    const RecordLookup& lookup;
    QUuid siteId; // the record's site (null when it has none)
};

// Writes the values given for `field` into `json` (a record in bundle shape). On a bad value returns
// the message, naming the option and the value.
std::optional<QString> applyField(const FieldSpec& field, const QStringList& values,
                                  const FieldContext& context, QJsonObject* json);

// "mon,tue 08:00-18:00 America/New_York"; nullopt with the reason in `error` when it is not one.
std::optional<TimeWindow> parseTimeWindow(const QString& text, QString* error);

// The placeholder of a kind's value in help texts ("yes|no", "YYYY-MM-DD", ...).
QString valueName(const FieldSpec& field);

// The usage line of one entity's add/edit options: "[--full-name TEXT] [--email TEXT] ...".
QString optionSynopsis(const EntitySpec& spec);

} // namespace sitekeeper
