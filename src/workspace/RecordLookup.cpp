// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordLookup.h"

#include "EntityTypes.h"
#include "JsonReader.h"
#include "Store.h"
#include "Workspace.h"

namespace sitekeeper {

namespace {

template <class T>
Result<QList<T>> listAll(Workspace& workspace, std::optional<QUuid> siteId,
                         const QString& search = QString()) {
    return RecordLookup::listOf<T>(workspace, siteId, search);
}

// The live records of `siteId` (nullopt: every site) whose key equals `text`. The full-text search
// narrows first; keys it cannot find by words (punctuation) are looked for in the whole list.
template <class T, class Key>
Result<QList<T>> matching(Workspace& workspace, std::optional<QUuid> siteId, const QString& text, Key key,
                          bool searchable = true) {
    QList<T> found;
    if (searchable) {
        const Result<QList<T>> hits = listAll<T>(workspace, siteId, text);
        if (!hits)
            return hits.error();
        for (const T& record : hits.value()) {
            if (key(record))
                found.append(record);
        }
        if (!found.isEmpty())
            return found;
    }
    const Result<QList<T>> all = listAll<T>(workspace, siteId);
    if (!all)
        return all.error();
    for (const T& record : all.value()) {
        if (key(record))
            found.append(record);
    }
    return found;
}

template <class T>
std::optional<Result<T>> byId(Workspace& workspace, const QString& text) {
    const std::optional<QUuid> id = JsonReader::parseUuid(text.trimmed());
    if (!id || id->isNull())
        return std::nullopt;
    const auto record = workspace.store().repository<T>().get(*id);
    if (record)
        return Result<T>(record.value());
    return Result<T>(
        Error{RecordLookup::tr("There is no %1 with the id %2.")
                  .arg(entityName(T::entityKind).replace(QLatin1Char('_'), QLatin1Char(' ')), text.trimmed()),
              QString()});
}

template <class T>
Result<T> single(const Result<QList<T>>& found, const QString& missing, const QString& ambiguous) {
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error{missing, QString()};
    if (found->size() > 1)
        return Error{ambiguous, QString()};
    return found->constFirst();
}

} // namespace

RecordLookup::RecordLookup(Workspace& workspace)
    : m_workspace(workspace) {}

Result<Site> RecordLookup::site(const QString& idOrName) const {
    if (auto found = byId<Site>(m_workspace, idOrName))
        return *found;
    const QString name = idOrName.trimmed();
    return single(
        matching<Site>(m_workspace, std::nullopt, name, [&](const Site& s) { return s.name == name; }),
        tr("There is no site named \"%1\" (see: sitekeeper-cli site list).").arg(name),
        tr("Several sites are named \"%1\"; name the site by its id (see: sitekeeper-cli site list).")
            .arg(name));
}

Result<ClientProfile> RecordLookup::profile(const QString& idOrEmail, const QUuid& siteId) const {
    if (auto found = byId<ClientProfile>(m_workspace, idOrEmail))
        return *found;
    const QString email = idOrEmail.trimmed();
    const auto scope = siteId.isNull() ? std::nullopt : std::optional<QUuid>(siteId);
    return single(matching<ClientProfile>(m_workspace, scope, email,
                                          [&](const ClientProfile& p) {
                                              return p.email.compare(email, Qt::CaseInsensitive) == 0;
                                          }),
                  tr("There is no profile with the email \"%1\"%2.")
                      .arg(email, siteId.isNull() ? QString() : tr(" at this site")),
                  tr("Several profiles have the email \"%1\"; give --site or the profile's id.").arg(email));
}

Result<PartnerContact> RecordLookup::contact(const QString& idOrName) const {
    if (auto found = byId<PartnerContact>(m_workspace, idOrName))
        return *found;
    const QString name = idOrName.trimmed();
    return single(
        matching<PartnerContact>(m_workspace, std::nullopt, name,
                                 [&](const PartnerContact& c) { return c.name == name; }),
        tr("There is no partner contact named \"%1\" (see: sitekeeper-cli contact list).").arg(name),
        tr("Several partner contacts are named \"%1\"; name the contact by its id.").arg(name));
}

Result<PartnerContact> RecordLookup::contactByNameOrEmail(const QString& text) const {
    const auto byName = contact(text);
    if (byName || !text.contains(QLatin1Char('@')))
        return byName;
    const QString email = text.trimmed();
    return single(
        matching<PartnerContact>(
            m_workspace, std::nullopt, email,
            [&](const PartnerContact& c) { return c.email.compare(email, Qt::CaseInsensitive) == 0; }, false),
        tr("There is no partner contact named or with the email \"%1\" (see: sitekeeper-cli "
           "contact list).")
            .arg(email),
        tr("Several partner contacts have the email \"%1\"; name the contact by its id.").arg(email));
}

Result<ApprovalType> RecordLookup::approvalType(const QString& idOrKey) const {
    if (auto found = byId<ApprovalType>(m_workspace, idOrKey))
        return *found;
    const QString key = idOrKey.trimmed();
    const Result<QList<ApprovalType>> found = matching<ApprovalType>(
        m_workspace, std::nullopt, key, [&](const ApprovalType& t) { return t.key == key; }, false);
    if (!found)
        return found.error();
    if (!found->isEmpty())
        return found->constFirst();
    // The built-in types count in every workspace, stored or not.
    for (const ApprovalType& builtin : ApprovalType::builtins()) {
        if (builtin.key == key)
            return builtin;
    }
    return Error{tr("There is no approval type \"%1\"; use one of: %2")
                     .arg(key, approvalTypeKeys().join(QStringLiteral(", "))),
                 QString()};
}

QStringList RecordLookup::approvalTypeKeys() const {
    QStringList keys;
    for (const ApprovalType& type : ApprovalType::builtins())
        keys << type.key;
    // Only for a message: without the stored ones, the built-in keys still help.
    const Result<QList<ApprovalType>> stored = listAll<ApprovalType>(m_workspace, std::nullopt);
    for (const ApprovalType& type : stored ? stored.value() : QList<ApprovalType>()) {
        if (!keys.contains(type.key))
            keys << type.key;
    }
    return keys;
}

Result<Reference> RecordLookup::reference(const QString& idOrTitle, const QUuid& siteId) const {
    if (auto found = byId<Reference>(m_workspace, idOrTitle))
        return *found;
    const QString title = idOrTitle.trimmed();
    return single(
        matching<Reference>(m_workspace, siteId, title, [&](const Reference& r) { return r.title == title; }),
        siteId.isNull()
            ? tr("There is no partner-wide reference titled \"%1\"; give --site for a site's own.").arg(title)
            : tr("The site has no reference titled \"%1\".").arg(title),
        tr("Several references are titled \"%1\"; name the reference by its id.").arg(title));
}

Result<NotificationRule> RecordLookup::rule(const QString& idOrName, const QUuid& siteId) const {
    if (auto found = byId<NotificationRule>(m_workspace, idOrName))
        return *found;
    const QString name = idOrName.trimmed();
    if (siteId.isNull())
        return Error{tr("A rule is named within its site: give --site."), QString()};
    return single(matching<NotificationRule>(m_workspace, siteId, name,
                                             [&](const NotificationRule& r) { return r.name == name; }),
                  tr("The site has no notification rule named \"%1\".").arg(name),
                  tr("Several rules of the site are named \"%1\"; name the rule by its id.").arg(name));
}

Result<CredentialRecord> RecordLookup::credential(const QString& idOrLabel, const QUuid& siteId) const {
    if (auto found = byId<CredentialRecord>(m_workspace, idOrLabel))
        return *found;
    const QString label = idOrLabel.trimmed();
    if (siteId.isNull())
        return Error{tr("A credential is named by its label within its site: give --site."), QString()};
    return single(matching<CredentialRecord>(m_workspace, siteId, label,
                                             [&](const CredentialRecord& c) { return c.label == label; }),
                  tr("The site has no credential labelled \"%1\".").arg(label),
                  tr("Several credentials of the site are labelled \"%1\"; name it by its id.").arg(label));
}

Result<Approver> RecordLookup::approver(const QString& idOrType, const QUuid& siteId) const {
    if (auto found = byId<Approver>(m_workspace, idOrType))
        return *found;
    const QString type = idOrType.trimmed();
    if (siteId.isNull())
        return Error{tr("An approver is named by its site and approval type: give --site."), QString()};
    return single(
        matching<Approver>(
            m_workspace, siteId, type, [&](const Approver& a) { return a.approvalType == type; }, false),
        tr("The site has no approver for the approval type \"%1\".").arg(type),
        tr("The site has several approvers for \"%1\"; name the approver by its id (see: sitekeeper-cli "
           "approver list --site ...).")
            .arg(type));
}

namespace {

template <class T>
Result<QUuid> idOfResult(const Result<T>& found) {
    if (!found)
        return found.error();
    return found->id;
}

} // namespace

Result<QUuid> RecordLookup::idOf(EntityKind entity, const QString& text, const QUuid& siteId) const {
    if (const std::optional<QUuid> id = JsonReader::parseUuid(text.trimmed()); id && !id->isNull())
        return *id;
    switch (entity) {
    case EntityKind::Site:
        return idOfResult(site(text));
    case EntityKind::ClientProfile:
        return idOfResult(profile(text, siteId));
    case EntityKind::PartnerContact:
        return idOfResult(contact(text));
    case EntityKind::ApprovalType:
        return idOfResult(approvalType(text));
    case EntityKind::Reference:
        return idOfResult(reference(text, siteId));
    case EntityKind::NotificationRule:
        return idOfResult(rule(text, siteId));
    case EntityKind::Credential:
        return idOfResult(credential(text, siteId));
    case EntityKind::Approver:
        return idOfResult(approver(text, siteId));
    default:
        break;
    }
    return Error{tr("Records of the kind \"%1\" cannot be named.").arg(entityName(entity)), QString()};
}

Result<RecordLookup::Person> RecordLookup::person(const QString& text, const QUuid& siteId) const {
    const QString wanted = text.trimmed();
    if (const std::optional<QUuid> id = JsonReader::parseUuid(wanted); id && !id->isNull()) {
        if (const auto p = m_workspace.store().profiles().get(*id))
            return Person{PersonKind::ClientProfile, p->id, p->fullName};
        if (const auto c = m_workspace.store().partnerContacts().get(*id))
            return Person{PersonKind::PartnerContact, c->id, c->name};
        return Error{tr("There is no profile or partner contact with the id %1.").arg(wanted), QString()};
    }
    if (wanted.contains(QLatin1Char('@'))) {
        const auto p = profile(wanted, siteId);
        if (p)
            return Person{PersonKind::ClientProfile, p->id, p->fullName};
        const auto c = contactByNameOrEmail(wanted);
        if (c)
            return Person{PersonKind::PartnerContact, c->id, c->name};
        return p.error();
    }
    const auto c = contact(wanted);
    if (c)
        return Person{PersonKind::PartnerContact, c->id, c->name};
    return Error{tr("\"%1\" is neither a profile's email nor a partner contact's name.").arg(wanted),
                 QString()};
}

QString RecordLookup::nameOf(EntityKind kind, const QUuid& id) const {
    Store& store = m_workspace.store();
    RepositoryBase& repository = store.repository(kind);
    QJsonObject json;
    if (auto live = repository.json(id)) {
        json = live.value();
    } else {
        // Deleted here (or never stored): the outbox still holds what the record was.
        for (const JournalEntry& entry : store.journal().forEntity(entityName(kind), id)) {
            if (entry.action == JournalEntry::Action::Upsert)
                json = entry.fields;
            else
                for (auto it = entry.fields.begin(); it != entry.fields.end(); ++it)
                    json.insert(it.key(), it.value());
        }
        if (json.isEmpty())
            return QString();
    }
    if (kind == EntityKind::Approver) {
        FieldErrors ignored;
        const Approver approver = Approver::fromJson(json, &ignored);
        QString type = approver.approvalType;
        if (auto found = approvalType(approver.approvalType))
            type = found->displayName();
        QString person;
        if (const auto profile = store.profiles().get(approver.personId))
            person = profile->fullName;
        else if (const auto contact = store.partnerContacts().get(approver.personId))
            person = contact->name;
        return person.isEmpty() ? type : tr("%1: %2").arg(type, person);
    }
    return visitEntityType(kind, [&]<class T>(std::type_identity<T>) {
        FieldErrors ignored;
        return T::fromJson(json, &ignored).displayKey();
    });
}

} // namespace sitekeeper
