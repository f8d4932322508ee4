// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileMerge.h"

#include "EntityEdit.h"
#include "FieldLabels.h"
#include "JsonValues.h"
#include "MemberRights.h"
#include "ProfileIdentity.h"
#include "Store.h"
#include "Transaction.h"
#include "Workspace.h"

#include <QJsonArray>
#include <QUndoCommand>

#include <memory>

namespace sitekeeper {

namespace {

QString ClientProfile::*textMember(ProfileMerge::Field field) {
    switch (field) {
    case ProfileMerge::Field::FullName:
        return &ClientProfile::fullName;
    case ProfileMerge::Field::Email:
        return &ClientProfile::email;
    case ProfileMerge::Field::OfficePhone:
        return &ClientProfile::officePhone;
    case ProfileMerge::Field::MobilePhone:
        return &ClientProfile::mobilePhone;
    case ProfileMerge::Field::Title:
        return &ClientProfile::title;
    case ProfileMerge::Field::Vip:
    case ProfileMerge::Field::Status:
        break;
    }
    return nullptr;
}

// `field` of `from` written into `into`.
void copyField(const ClientProfile& from, ClientProfile& into, ProfileMerge::Field field) {
    if (QString ClientProfile::*member = textMember(field))
        into.*member = from.*member;
    else if (field == ProfileMerge::Field::Vip)
        into.vip = from.vip;
    else
        into.status = from.status;
}

template <class T>
Result<qint64> revisionOf(Store& store, const QUuid& id) {
    const auto state = store.repository<T>().state(id);
    if (!state)
        return state.error();
    return state->revision;
}

} // namespace

const QList<ProfileMerge::Field>& ProfileMerge::fields() {
    static const QList<Field> all{Field::FullName, Field::Email, Field::OfficePhone, Field::MobilePhone,
                                  Field::Title,    Field::Vip,   Field::Status};
    return all;
}

QString ProfileMerge::key(Field field) {
    switch (field) {
    case Field::FullName:
        return QStringLiteral("full_name");
    case Field::Email:
        return QStringLiteral("email");
    case Field::OfficePhone:
        return QStringLiteral("office_phone");
    case Field::MobilePhone:
        return QStringLiteral("mobile_phone");
    case Field::Title:
        return QStringLiteral("title");
    case Field::Vip:
        return QStringLiteral("vip");
    case Field::Status:
        return QStringLiteral("status");
    }
    return {};
}

std::optional<ProfileMerge::Field> ProfileMerge::fieldFromKey(QStringView key) {
    for (Field field : fields()) {
        if (ProfileMerge::key(field) == key)
            return field;
    }
    return std::nullopt;
}

QString ProfileMerge::label(Field field) {
    return FieldLabels::label(EntityKind::ClientProfile, key(field));
}

QString ProfileMerge::valueText(const ClientProfile& profile, Field field) {
    if (QString ClientProfile::*member = textMember(field))
        return profile.*member;
    if (field == Field::Vip)
        return profile.vip ? tr("Yes") : tr("No");
    return displayName(profile.status);
}

bool ProfileMerge::sameValue(const ClientProfile& a, const ClientProfile& b, Field field) {
    if (QString ClientProfile::*member = textMember(field))
        return a.*member == b.*member;
    if (field == Field::Vip)
        return a.vip == b.vip;
    return a.status == b.status;
}

QList<ProfileMerge::Field> ProfileMerge::defaultFromOther(const ClientProfile& keep,
                                                          const ClientProfile& other, bool otherIsNewer) {
    QList<Field> result;
    for (Field field : fields()) {
        if (sameValue(keep, other, field))
            continue;
        bool take = false;
        if (QString ClientProfile::*member = textMember(field)) {
            const QString& mine = keep.*member;
            const QString& theirs = other.*member;
            take = !theirs.isEmpty() && (mine.isEmpty() || otherIsNewer);
        } else if (field == Field::Vip) {
            take = other.vip;
        } else {
            take = other.status == ProfileStatus::Active;
        }
        if (take)
            result.append(field);
    }
    return result;
}

Result<ProfileMerge::Plan> ProfileMerge::plan(const QUuid& keepId, const QUuid& otherId,
                                              std::optional<QList<Field>> fromOther) const {
    if (keepId == otherId)
        return Error{tr("A profile cannot be merged into itself: choose two different profiles."), QString(),
                     Error::Kind::Invalid};
    Store& store = m_workspace.store();
    const auto keep = store.profiles().get(keepId);
    if (!keep)
        return Error{tr("The profile to keep (%1) was not found: %2")
                         .arg(json::uuidText(keepId), keep.error().message),
                     QString(), Error::Kind::NotFound};
    const auto other = store.profiles().get(otherId);
    if (!other)
        return Error{tr("The profile to merge (%1) was not found: %2")
                         .arg(json::uuidText(otherId), other.error().message),
                     QString(), Error::Kind::NotFound};
    if (keep->siteId != other->siteId) {
        const auto keepSite = store.sites().get(keep->siteId);
        const auto otherSite = store.sites().get(other->siteId);
        return Error{tr("\"%1\" (%2) and \"%3\" (%4) are profiles of different sites. Approvers name "
                        "profiles of their own site, so only profiles of one site are merged: keep the "
                        "profile at the site where the person's computer is and disable the other.")
                         .arg(keep->fullName, keepSite ? keepSite->name : json::uuidText(keep->siteId),
                              other->fullName, otherSite ? otherSite->name : json::uuidText(other->siteId)),
                     QString(), Error::Kind::Conflict};
    }

    Plan plan;
    plan.keep = keep.value();
    plan.other = other.value();
    const auto keepState = store.profiles().state(keepId);
    if (!keepState)
        return keepState.error();
    const auto otherState = store.profiles().state(otherId);
    if (!otherState)
        return otherState.error();
    plan.reads << Read{EntityKind::ClientProfile, keepId, plan.keep.fullName, keepState->revision}
               << Read{EntityKind::ClientProfile, otherId, plan.other.fullName, otherState->revision};

    const QList<Field> chosen =
        fromOther ? *fromOther
                  : defaultFromOther(plan.keep, plan.other, otherState->updatedAt > keepState->updatedAt);
    plan.merged = plan.keep;
    for (Field field : fields()) {
        if (chosen.contains(field) && !sameValue(plan.keep, plan.other, field)) {
            plan.fromOther.append(field);
            copyField(plan.other, plan.merged, field);
        }
    }
    plan.disabled = plan.other;
    plan.disabled.status = ProfileStatus::Disabled;
    plan.text = tr("Merge \"%1\" into \"%2\"").arg(plan.other.fullName, plan.merged.fullName);

    ListQuery ofSite;
    ofSite.siteId = plan.keep.siteId;
    ofSite.limit = -1;

    // Approvers: the person id.
    const auto approvers = store.approvers().list(ofSite);
    if (!approvers)
        return approvers.error();
    ListQuery allTypes;
    allTypes.limit = -1;
    const auto types = store.approvalTypes().list(allTypes);
    if (!types)
        return types.error();
    QHash<QString, QString> typeNames;
    for (const ApprovalType& type : ApprovalType::builtins())
        typeNames.insert(type.key, type.displayName());
    for (const ApprovalType& type : types.value())
        typeNames.insert(type.key, type.displayName());
    for (const Approver& approver : approvers.value()) {
        if (approver.personKind != PersonKind::ClientProfile || approver.personId != otherId)
            continue;
        Approver after = approver;
        after.personId = keepId;
        const QString type = typeNames.value(approver.approvalType, approver.approvalType);
        const auto revision = revisionOf<Approver>(store, approver.id);
        if (!revision)
            return revision.error();
        plan.approvers.append({approver, after});
        plan.repoints.append(Repoint{EntityKind::Approver, approver.id, QStringLiteral("person_id"),
                                     tr("Approver for %1").arg(type)});
        plan.reads << Read{EntityKind::Approver, approver.id, tr("The approver for %1").arg(type), *revision};
    }

    // Notification rules: OTHER's address among the recipients, when KEEP keeps another one.
    const QString otherEmail = ProfileIdentity::emailKey(plan.other.email);
    const QString mergedEmail = ProfileIdentity::emailKey(plan.merged.email);
    const bool emailMoves = !otherEmail.isEmpty() && !mergedEmail.isEmpty() && otherEmail != mergedEmail;
    const auto rules = store.notificationRules().list(ofSite);
    if (!rules)
        return rules.error();
    for (const NotificationRule& rule : rules.value()) {
        if (!emailMoves)
            break;
        bool names = false;
        QStringList recipients;
        for (const QString& recipient : rule.emailRecipients) {
            const QString key = ProfileIdentity::emailKey(recipient);
            if (key == otherEmail)
                names = true;
            // OTHER's address becomes KEEP's; an address listed twice then is listed once.
            const QString now = key == otherEmail ? plan.merged.email.trimmed() : recipient;
            const bool listed = std::any_of(recipients.cbegin(), recipients.cend(), [&](const QString& r) {
                return ProfileIdentity::emailKey(r) == ProfileIdentity::emailKey(now);
            });
            if (!listed)
                recipients.append(now);
        }
        if (!names)
            continue;
        NotificationRule after = rule;
        after.emailRecipients = recipients;
        plan.rules.append({rule, after});
        plan.repoints.append(Repoint{EntityKind::NotificationRule, rule.id,
                                     QStringLiteral("email_recipients"),
                                     tr("Email recipient of the rule \"%1\"").arg(rule.name)});
    }

    // References: an owner that is OTHER's name or address, when KEEP keeps another one.
    const QString otherName = ProfileIdentity::nameKey(plan.other.fullName);
    const bool nameMoves =
        !otherName.isEmpty() && otherName != ProfileIdentity::nameKey(plan.merged.fullName);
    const auto references = store.references().list(ofSite);
    if (!references)
        return references.error();
    for (const Reference& reference : references.value()) {
        QString owner;
        if (nameMoves && ProfileIdentity::nameKey(reference.owner) == otherName)
            owner = plan.merged.fullName;
        else if (emailMoves && ProfileIdentity::emailKey(reference.owner) == otherEmail)
            owner = plan.merged.email.trimmed();
        else
            continue;
        Reference after = reference;
        after.owner = owner;
        plan.references.append({reference, after});
        plan.repoints.append(Repoint{EntityKind::Reference, reference.id, QStringLiteral("owner"),
                                     tr("Owner of the reference \"%1\"").arg(reference.title)});
    }

    for (const auto& [before, after] : std::as_const(plan.rules)) {
        const auto revision = revisionOf<NotificationRule>(store, before.id);
        if (!revision)
            return revision.error();
        plan.reads << Read{EntityKind::NotificationRule, before.id, before.name, *revision};
    }
    for (const auto& [before, after] : std::as_const(plan.references)) {
        const auto revision = revisionOf<Reference>(store, before.id);
        if (!revision)
            return revision.error();
        plan.reads << Read{EntityKind::Reference, before.id, before.title, *revision};
    }
    return plan;
}

QJsonObject ProfileMerge::Plan::toJson() const {
    QJsonObject choices;
    for (Field field : ProfileMerge::fields()) {
        const bool theirs = takesFromOther(field);
        choices.insert(
            ProfileMerge::key(field),
            QJsonObject{{QStringLiteral("from"), theirs ? QStringLiteral("other") : QStringLiteral("keep")},
                        {QStringLiteral("value"), merged.toJson().value(ProfileMerge::key(field))}});
    }
    QJsonArray moved;
    for (const Repoint& r : repoints)
        moved.append(QJsonObject{{QStringLiteral("entity"), entityName(r.entity)},
                                 {QStringLiteral("id"), json::fromUuid(r.id)},
                                 {QStringLiteral("field"), r.field},
                                 {QStringLiteral("description"), r.description}});
    return {{QStringLiteral("keep"), merged.toJson()},
            {QStringLiteral("other"), disabled.toJson()},
            {QStringLiteral("fields"), choices},
            {QStringLiteral("repointed"), moved}};
}

Result<void> ProfileMerge::apply(const Plan& plan) {
    // What the merge writes, asked of the one rule of roles (the server judges the ops anyway).
    const MemberRights rights(m_workspace);
    QList<EntityKind> kinds{EntityKind::ClientProfile};
    if (!plan.approvers.isEmpty())
        kinds << EntityKind::Approver;
    if (!plan.rules.isEmpty())
        kinds << EntityKind::NotificationRule;
    if (!plan.references.isEmpty())
        kinds << EntityKind::Reference;
    for (EntityKind kind : std::as_const(kinds)) {
        if (const QString why = rights.toEdit(kind); !why.isEmpty())
            return Error{tr("The profiles were not merged: %1").arg(why), QString(), Error::Kind::Forbidden};
    }

    // The store as it is now, with the same choices: anything that differs from the plan changed since.
    const auto fresh = this->plan(plan.keep.id, plan.other.id, plan.fromOther);
    if (!fresh)
        return fresh.error();
    if (!(fresh.value() == plan)) {
        QString what;
        for (const Read& read : std::as_const(fresh->reads)) {
            if (!plan.reads.contains(read)) {
                what = read.name;
                break;
            }
        }
        for (const Read& read : plan.reads) {
            if (what.isEmpty() && !fresh->reads.contains(read))
                what = read.name;
        }
        return Error{what.isEmpty()
                         ? tr("The profiles changed since the merge was prepared; nothing was merged. Look "
                              "at the merge again.")
                         : tr("\"%1\" changed since the merge was prepared; nothing was merged. Look at the "
                              "merge again.")
                               .arg(what),
                     QString(), Error::Kind::Conflict};
    }

    Workspace* workspace = &m_workspace;
    const auto notify = [workspace](EntityKind entity, const QUuid& changed, const Error* error) {
        if (error)
            Q_EMIT workspace->editFailed(error->toString());
        Q_EMIT workspace->recordChanged(entity, changed);
    };
    Store& store = m_workspace.store();
    auto step = std::make_unique<QUndoCommand>(plan.text);
    QList<std::pair<EntityKind, QUuid>> written;
    const auto write = [&]<class T>(const T& before, const T& after, const QString& text) -> Result<void> {
        if (before == after)
            return {};
        auto* edit = new EntityEdit<T>(store, before, after, text, notify, step.get());
        QList<FieldClash> clashes;
        if (const Result<void> done = edit->write(&clashes); !done) {
            if (clashes.isEmpty())
                return Error{tr("\"%1\" was not saved, so nothing was merged: %2")
                                 .arg(before.displayKey(), done.error().toString()),
                             done.error().where, done.error().kind};
            return Error{
                tr("\"%1\" changed while it was being merged; nothing was merged.").arg(before.displayKey()),
                QString(), Error::Kind::Conflict};
        }
        written.append({T::entityKind, after.id});
        return {};
    };

    // One transaction: a failure anywhere leaves every record as it was, and the step is dropped.
    Transaction transaction(m_workspace.database());
    if (!transaction.ok())
        return transaction.error();
    if (auto done = write(plan.keep, plan.merged, tr("Merge \"%1\" into it").arg(plan.other.fullName)); !done)
        return done;
    const QString repointText =
        tr("Name \"%1\" instead of \"%2\"").arg(plan.merged.fullName, plan.other.fullName);
    for (const auto& [before, after] : plan.approvers) {
        if (auto done = write(before, after, repointText); !done)
            return done;
    }
    for (const auto& [before, after] : plan.rules) {
        if (auto done = write(before, after, repointText); !done)
            return done;
    }
    for (const auto& [before, after] : plan.references) {
        if (auto done = write(before, after, repointText); !done)
            return done;
    }
    if (auto done =
            write(plan.other, plan.disabled, tr("Disable (merged into \"%1\")").arg(plan.merged.fullName));
        !done)
        return done;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    if (written.isEmpty())
        return {};
    m_workspace.undoStack().push(step.release());
    for (const auto& [kind, id] : std::as_const(written))
        Q_EMIT m_workspace.recordChanged(kind, id);
    return {};
}

} // namespace sitekeeper
