// SPDX-License-Identifier: GPL-3.0-or-later
#include "NotificationRule.h"

#include "JsonReader.h"
#include "JsonValues.h"
#include "Validator.h"

#include <QSet>

namespace sitekeeper {

FieldErrors NotificationRule::validate() const {
    using P = Validator::Presence;
    Validator v;
    v.id(QStringLiteral("id"), id);
    v.id(QStringLiteral("site_id"), siteId);
    v.line(QStringLiteral("name"), name, P::Required);
    v.addAll(window.validate(), QStringLiteral("window."));
    if (escalationContacts.size() > maxEscalationContacts)
        v.add(QStringLiteral("escalation_contacts"),
              tr("%1 escalation contacts are listed; the service calls at most two, so remove the others.")
                  .arg(escalationContacts.size()));
    QSet<QUuid> seen;
    for (qsizetype i = 0; i < escalationContacts.size(); ++i) {
        const QString field = QStringLiteral("escalation_contacts[%1]").arg(i);
        if (escalationContacts.at(i).isNull())
            v.add(field, tr("The contact id is missing; choose a partner contact."));
        else if (seen.contains(escalationContacts.at(i)))
            v.add(field, tr("This contact is listed twice; choose another one or remove it."));
        seen.insert(escalationContacts.at(i));
    }
    v.emails(QStringLiteral("email_recipients"), emailRecipients);
    if (callBeforeEscalating && callBeforeContact.isNull())
        v.add(QStringLiteral("call_before_contact"), tr("Call Before Escalating is on but nobody is chosen "
                                                        "to call; choose a contact or turn it off."));
    for (qsizetype i = 0; i < categories.size(); ++i)
        v.line(QStringLiteral("categories[%1]").arg(i), categories.at(i), P::Required);
    return v.errors();
}

QJsonObject NotificationRule::toJson() const {
    return QJsonObject{
        {QStringLiteral("id"), json::fromUuid(id)},
        {QStringLiteral("site_id"), json::fromUuid(siteId)},
        {QStringLiteral("name"), name},
        {QStringLiteral("window"), window.toJson()},
        {QStringLiteral("method"), toString(method)},
        {QStringLiteral("escalation_contacts"), json::fromUuids(escalationContacts)},
        {QStringLiteral("email_recipients"), json::fromStrings(emailRecipients)},
        {QStringLiteral("call_before_escalating"), callBeforeEscalating},
        {QStringLiteral("call_before_contact"), json::fromUuid(callBeforeContact)},
        {QStringLiteral("categories"), json::fromStrings(categories)},
    };
}

NotificationRule NotificationRule::fromJson(const QJsonObject& json, FieldErrors* errors) {
    const JsonReader r(json, errors);
    NotificationRule rule;
    rule.id = r.uuid("id");
    rule.siteId = r.uuid("site_id");
    rule.name = r.string("name");
    rule.window = r.timeWindow("window");
    rule.method = r.enumValue("method", rule.method);
    rule.escalationContacts = r.uuidList("escalation_contacts");
    rule.emailRecipients = r.stringList("email_recipients");
    rule.callBeforeEscalating = r.boolean("call_before_escalating");
    rule.callBeforeContact = r.uuid("call_before_contact");
    rule.categories = r.stringList("categories");
    return rule;
}

} // namespace sitekeeper
