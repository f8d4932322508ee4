// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApprovalType.h"
#include "Approver.h"
#include "ClientProfile.h"
#include "CredentialRecord.h"
#include "EntityKind.h"
#include "NotificationRule.h"
#include "PartnerContact.h"
#include "Reference.h"
#include "Result.h"
#include "Site.h"
#include "Store.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QString>
#include <QUuid>

namespace sitekeeper {

class Workspace;

// Finds a record the way people name it: by its id, or by its natural key. A site by name, a profile
// by email, a partner contact by name, an approval type by key, a reference by title and a rule by
// name within their site, a credential by label within its site, an approver by its site and approval
// type. Every miss or ambiguity is an error that says what was looked for and how to name it instead.
// The command line names records this way; so can any other front end.
class RecordLookup {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::RecordLookup)

public:
    // Who a person reference names: a profile of the site or a partner contact.
    struct Person {
        PersonKind kind = PersonKind::ClientProfile;
        QUuid id;
        QString name;
    };

    explicit RecordLookup(Workspace& workspace);

    Result<Site> site(const QString& idOrName) const;
    // `siteId` null: any site (an email used at two sites is then ambiguous).
    Result<ClientProfile> profile(const QString& idOrEmail, const QUuid& siteId = QUuid()) const;
    Result<PartnerContact> contact(const QString& idOrName) const;
    Result<ApprovalType> approvalType(const QString& idOrKey) const;
    // `siteId` null: a partner-wide reference.
    Result<Reference> reference(const QString& idOrTitle, const QUuid& siteId) const;
    Result<NotificationRule> rule(const QString& idOrName, const QUuid& siteId) const;
    Result<CredentialRecord> credential(const QString& idOrLabel, const QUuid& siteId) const;
    // `idOrType`: the approver's id, or an approval type key (the site's only approver of that type).
    Result<Approver> approver(const QString& idOrType, const QUuid& siteId) const;

    // A person by a profile's email (of `siteId` when it is set), a partner contact's name or email,
    // or an id of either.
    Result<Person> person(const QString& text, const QUuid& siteId) const;
    // A partner contact by name, email or id.
    Result<PartnerContact> contactByNameOrEmail(const QString& text) const;

    // The id of the record of kind `entity` that `text` names, as the functions above find
    // it. An id that is well formed is taken as it is, even when the record was deleted (its history).
    Result<QUuid> idOf(EntityKind entity, const QString& text, const QUuid& siteId) const;

    // Every live record of T (of `siteId` when set; for references a null id inside means
    // partner-wide) matching the words of `search`, or why the table could not be read.
    template <class T>
    static Result<QList<T>> listOf(Workspace& workspace, std::optional<QUuid> siteId = std::nullopt,
                                   const QString& search = QString()) {
        ListQuery query;
        query.siteId = siteId;
        query.search = search;
        query.limit = -1;
        return asResult(workspace.store().repository<T>().list(query));
    }

    // How people name the record `id` of `kind`: the reverse of the lookups above. A site by its
    // name, a profile by its full name, a reference by its title, an approver by its approval type's
    // name and its person ("New user setup: Ada Lovelace"). A record deleted here is named from its
    // last stored version; empty when there is none.
    QString nameOf(EntityKind kind, const QUuid& id) const;

    // The approval type keys a record may use: the built-in ones and the workspace's own.
    QStringList approvalTypeKeys() const;

private:
    // A repository's list as a Result, whether the repository gives a list or a Result of one.
    template <class T>
    static Result<QList<T>> asResult(QList<T> list) {
        return list;
    }
    template <class T>
    static Result<QList<T>> asResult(Result<QList<T>> list) {
        return list;
    }

    Workspace& m_workspace;
};

} // namespace sitekeeper
