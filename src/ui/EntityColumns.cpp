// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntityColumns.h"

#include "RecordListModel.h"
#include "Store.h"
#include "Workspace.h"

#include <QHash>

#include <functional>
#include <memory>

namespace sitekeeper {

namespace {

template <class T>
using Columns = QList<typename RecordListModel<T>::Column>;

QVariant text(int role, const QString& value) {
    return role == Qt::DisplayRole ? QVariant(value) : QVariant();
}

QString windowText(const TimeWindow& window) {
    QStringList days;
    for (Weekday day : window.days)
        days << displayName(day).left(3);
    return QStringLiteral("%1 %2–%3 %4")
        .arg(days.join(QLatin1Char(' ')), window.start.toString(QStringLiteral("HH:mm")),
             window.end.toString(QStringLiteral("HH:mm")), window.timeZone);
}

// Approver and rule rows name people; the names are looked up once per person and remembered until
// the next edit.
std::function<QString(const QUuid&)> peopleNames(Workspace& workspace, QObject* context) {
    Store& store = workspace.store();
    auto names = std::make_shared<QHash<QUuid, QString>>();
    QObject::connect(&workspace, &Workspace::recordChanged, context, [names] { names->clear(); });
    return [&store, names](const QUuid& id) {
        if (id.isNull())
            return QString();
        auto it = names->constFind(id);
        if (it != names->cend())
            return *it;
        QString name;
        if (const auto profile = store.profiles().get(id))
            name = profile->fullName;
        else if (const auto contact = store.partnerContacts().get(id))
            name = contact->name;
        else
            name = EntityColumns::tr("(missing)");
        names->insert(id, name);
        return name;
    };
}

} // namespace

EntityListModel* EntityColumns::createModel(EntityKind kind, Workspace& workspace, QObject* parent) {
    Store& store = workspace.store();
    switch (kind) {
    case EntityKind::ClientProfile:
        return new RecordListModel<ClientProfile>(
            store.profiles(),
            Columns<ClientProfile>{
                {tr("Name"), QString(),
                 [](const ClientProfile& p, int role) -> QVariant {
                     if (role == Qt::ToolTipRole && p.vip)
                         return tr("VIP");
                     return text(role, p.vip ? p.fullName + QStringLiteral(" ★") : p.fullName);
                 }},
                {tr("Email"), QStringLiteral("email"),
                 [](const ClientProfile& p, int role) {
                     return text(role, p.email);
                 }},
                {tr("Office phone"), QStringLiteral("office_phone"),
                 [](const ClientProfile& p, int role) {
                     return text(role, p.officePhone);
                 }},
                {tr("Mobile"), QStringLiteral("mobile_phone"),
                 [](const ClientProfile& p, int role) {
                     return text(role, p.mobilePhone);
                 }},
                {tr("Title"), QStringLiteral("title"),
                 [](const ClientProfile& p, int role) {
                     return text(role, p.title);
                 }},
                {tr("Status"), QStringLiteral("status"),
                 [](const ClientProfile& p, int role) {
                     return text(role, displayName(p.status));
                 }},
            },
            parent);
    case EntityKind::Reference:
        return new RecordListModel<Reference>(store.references(),
                                              Columns<Reference>{
                                                  {tr("Title"), QString(),
                                                   [](const Reference& r, int role) {
                                                       return text(role, r.title);
                                                   }},
                                                  {tr("Topic"), QStringLiteral("topic"),
                                                   [](const Reference& r, int role) {
                                                       return text(role, displayName(r.topic));
                                                   }},
                                                  {tr("Owner"), QStringLiteral("owner"),
                                                   [](const Reference& r, int role) {
                                                       return text(role, r.owner);
                                                   }},
                                                  {tr("Last reviewed"), QStringLiteral("last_reviewed"),
                                                   [](const Reference& r, int role) {
                                                       return text(role,
                                                                   r.lastReviewed.toString(Qt::ISODate));
                                                   }},
                                                  {tr("Status"), QStringLiteral("status"),
                                                   [](const Reference& r, int role) {
                                                       return text(role, displayName(r.status));
                                                   }},
                                              },
                                              parent);
    case EntityKind::Approver: {
        const auto nameOf = peopleNames(workspace, parent);
        return new RecordListModel<Approver>(
            store.approvers(),
            Columns<Approver>{
                {tr("Approval type"), QString(),
                 [](const Approver& a, int role) {
                     return text(role, a.approvalType);
                 }},
                {tr("Approver"), QStringLiteral("person_id"),
                 [nameOf](const Approver& a, int role) {
                     return text(role, nameOf(a.personId));
                 }},
                {tr("Method"), QStringLiteral("sms_authentication"),
                 [](const Approver& a, int role) {
                     QStringList methods;
                     if (a.automatedApproval)
                         methods << tr("automated approval");
                     if (a.smsAuthentication)
                         methods << tr("SMS authentication");
                     return text(role,
                                 methods.isEmpty() ? tr("verbal") : methods.join(QStringLiteral(" + ")));
                 }},
                {tr("Numbers"), QStringLiteral("phones"),
                 [](const Approver& a, int role) {
                     return text(role, a.phones.join(QStringLiteral(", ")));
                 }},
                {tr("Last reviewed"), QStringLiteral("last_reviewed"),
                 [](const Approver& a, int role) {
                     return text(role, a.lastReviewed.toString(Qt::ISODate));
                 }},
            },
            parent);
    }
    case EntityKind::NotificationRule: {
        const auto nameOf = peopleNames(workspace, parent);
        return new RecordListModel<NotificationRule>(
            store.notificationRules(),
            Columns<NotificationRule>{
                {tr("Name"), QString(),
                 [](const NotificationRule& r, int role) {
                     return text(role, r.name);
                 }},
                {tr("Method"), QStringLiteral("method"),
                 [](const NotificationRule& r, int role) {
                     return text(role, displayName(r.method));
                 }},
                {tr("When"), QStringLiteral("window"),
                 [](const NotificationRule& r, int role) {
                     return text(role, windowText(r.window));
                 }},
                {tr("Escalation contacts"), QStringLiteral("escalation_contacts"),
                 [nameOf](const NotificationRule& r, int role) {
                     QStringList people;
                     for (const QUuid& id : r.escalationContacts)
                         people << nameOf(id);
                     return text(role, people.join(QStringLiteral(", ")));
                 }},
                {tr("Call before escalating"), QStringLiteral("call_before_escalating"),
                 [nameOf](const NotificationRule& r, int role) {
                     return text(role, r.callBeforeEscalating ? nameOf(r.callBeforeContact) : tr("no"));
                 }},
            },
            parent);
    }
    case EntityKind::Site:
    case EntityKind::ApprovalType:
    case EntityKind::PartnerContact:
    case EntityKind::Credential:
    case EntityKind::Escalation:
    case EntityKind::PartnerSettings:
        break;
    }
    return nullptr;
}

} // namespace sitekeeper
