// SPDX-License-Identifier: GPL-3.0-or-later
#include "DirectoryDiff.h"

#include "Store.h"
#include "Workspace.h"

#include <QJsonArray>

namespace sitekeeper {

namespace {

QJsonObject personJson(const ClientProfile& p) {
    return {{QStringLiteral("id"), p.id.toString(QUuid::WithoutBraces)},
            {QStringLiteral("full_name"), p.fullName},
            {QStringLiteral("email"), p.email}};
}

} // namespace

DirectoryDiff::DirectoryDiff(Workspace& workspace)
    : m_workspace(workspace) {}

Result<DirectoryDiff::Report> DirectoryDiff::compare(const QByteArray& bytes, const QUuid& siteId,
                                                     const ProfileImport::Options& options) const {
    return compared(ProfileImport(m_workspace).preview(bytes, siteId, options), siteId);
}

Result<DirectoryDiff::Report> DirectoryDiff::compare(const CsvTable& table, const QUuid& siteId,
                                                     const ProfileImport::Options& options) const {
    return compared(ProfileImport(m_workspace).preview(table, siteId, options), siteId);
}

Result<DirectoryDiff::Report> DirectoryDiff::compared(const Result<ProfileImport::Preview>& preview,
                                                      const QUuid& siteId) const {
    if (!preview)
        return preview.error();

    Report report;
    report.siteId = siteId;
    QHash<QUuid, bool> listed; // profile id -> listed as an enabled account
    for (const ProfileImport::Row& row : preview->rows) {
        switch (row.outcome) {
        case ProfileImport::Outcome::New:
            if (row.profile.status == ProfileStatus::Active)
                report.joiners.append({row.row, row.profile});
            break;
        case ProfileImport::Outcome::Update:
        case ProfileImport::Outcome::Unchanged: {
            // The stored profile merged with the directory's values: the row's own status says whether
            // the account is enabled there.
            const bool enabled = row.profile.status == ProfileStatus::Active;
            listed[row.profile.id] = listed.value(row.profile.id) || enabled;
            for (const ProfileImport::Change& change : row.changes) {
                if (change.field == QLatin1String("office_phone") ||
                    change.field == QLatin1String("office_extension") ||
                    change.field == QLatin1String("mobile_phone"))
                    report.changedNumbers.append(
                        {row.row, row.profile, change.field, change.before, change.after});
            }
            break;
        }
        case ProfileImport::Outcome::Invalid:
            report.unreadable.append(row);
            break;
        case ProfileImport::Outcome::DuplicateInFile:
        case ProfileImport::Outcome::DuplicateOf:
            break;
        }
    }

    Store& store = m_workspace.store();
    ListQuery ofSite;
    ofSite.siteId = siteId;
    ofSite.status = toString(ProfileStatus::Active);
    ofSite.limit = -1;
    const auto activeListed = store.profiles().list(ofSite);
    if (!activeListed)
        return activeListed.error();
    const QList<ClientProfile>& active = activeListed.value();
    ListQuery approversQuery;
    approversQuery.siteId = siteId;
    approversQuery.limit = -1;
    const auto approversListed = store.approvers().list(approversQuery);
    if (!approversListed)
        return approversListed.error();
    const QList<Approver>& approvers = approversListed.value();
    ListQuery allTypes;
    allTypes.limit = -1;
    const auto types = store.approvalTypes().list(allTypes);
    if (!types)
        return types.error();
    QHash<QString, QString> typeNames;
    for (const ApprovalType& type : types.value())
        typeNames.insert(type.key, type.displayName());

    for (const ClientProfile& profile : active) {
        auto it = listed.constFind(profile.id);
        if (it != listed.constEnd() && it.value())
            continue;
        Leaver leaver{profile, it != listed.constEnd(), {}};
        for (const Approver& approver : approvers) {
            if (approver.personKind == PersonKind::ClientProfile && approver.personId == profile.id)
                leaver.usedAs.append(
                    tr("approver for %1").arg(typeNames.value(approver.approvalType, approver.approvalType)));
        }
        report.leavers.append(leaver);
    }
    return report;
}

template <class Item, class Apply>
Result<int> DirectoryDiff::applyAll(const QString& text, const QList<Item>& items, Apply apply) {
    if (items.isEmpty())
        return 0;
    QUndoStack& undo = m_workspace.undoStack();
    undo.beginMacro(text);
    int done = 0;
    std::optional<Error> failure;
    for (const Item& item : items) {
        const Result<bool> applied = apply(item);
        if (!applied) {
            failure = applied.error();
            break;
        }
        done += applied.value() ? 1 : 0;
    }
    undo.endMacro();
    if (failure) {
        // All or nothing: what this call did is undone.
        undo.undo();
        return *failure;
    }
    return done;
}

Result<int> DirectoryDiff::disableLeavers(const Report& report) {
    return applyAll(tr("Disable %n leaver(s)", nullptr, int(report.leavers.size())), report.leavers,
                    [this](const Leaver& leaver) -> Result<bool> {
                        auto current = m_workspace.store().profiles().get(leaver.profile.id);
                        if (!current)
                            return current.error();
                        if (current->status == ProfileStatus::Disabled)
                            return false;
                        ClientProfile disabled = current.value();
                        disabled.status = ProfileStatus::Disabled;
                        if (const auto edited = m_workspace.edit<ClientProfile>(current.value(), disabled,
                                                                                tr("Disable leaver"));
                            !edited)
                            return edited.error();
                        return true;
                    });
}

Result<int> DirectoryDiff::addJoiners(const Report& report) {
    return applyAll(tr("Add %n joiner(s)", nullptr, int(report.joiners.size())), report.joiners,
                    [this, &report](const Joiner& joiner) -> Result<bool> {
                        ClientProfile profile = joiner.profile;
                        profile.id = QUuid::createUuid();
                        profile.siteId = report.siteId;
                        if (const auto added =
                                m_workspace.edit<ClientProfile>(std::nullopt, profile, tr("Add joiner"));
                            !added)
                            return Error{tr("Row %1: %2").arg(joiner.row).arg(added.error().toString()), {}};
                        return true;
                    });
}

Result<int> DirectoryDiff::updateNumbers(const Report& report) {
    return applyAll(tr("Update %n number(s)", nullptr, int(report.changedNumbers.size())),
                    report.changedNumbers, [this](const NumberChange& change) -> Result<bool> {
                        auto current = m_workspace.store().profiles().get(change.profile.id);
                        if (!current)
                            return current.error();
                        QString ClientProfile::*number = &ClientProfile::mobilePhone;
                        if (change.field == QLatin1String("office_phone"))
                            number = &ClientProfile::officePhone;
                        else if (change.field == QLatin1String("office_extension"))
                            number = &ClientProfile::officeExtension;
                        // A number edited since the comparison is the admin's newer word: it is kept.
                        if (current.value().*number != change.before)
                            return false;
                        ClientProfile updated = current.value();
                        updated.*number = change.after;
                        if (const auto edited = m_workspace.edit<ClientProfile>(
                                current.value(), updated, tr("Update number from directory"));
                            !edited)
                            return Error{tr("Row %1: %2").arg(change.row).arg(edited.error().toString()), {}};
                        return true;
                    });
}

QJsonObject DirectoryDiff::Report::toJson() const {
    QJsonArray leaverList;
    for (const Leaver& l : leavers) {
        QJsonObject o = personJson(l.profile);
        o.insert(QStringLiteral("disabled_in_directory"), l.disabledInDirectory);
        o.insert(QStringLiteral("used_as"), QJsonArray::fromStringList(l.usedAs));
        leaverList.append(o);
    }
    QJsonArray joinerList;
    for (const Joiner& j : joiners) {
        QJsonObject o = personJson(j.profile);
        o.remove(QStringLiteral("id"));
        o.insert(QStringLiteral("row"), j.row);
        o.insert(QStringLiteral("office_phone"), j.profile.officePhone);
        o.insert(QStringLiteral("office_extension"), j.profile.officeExtension);
        o.insert(QStringLiteral("mobile_phone"), j.profile.mobilePhone);
        joinerList.append(o);
    }
    QJsonArray changeList;
    for (const NumberChange& c : changedNumbers) {
        QJsonObject o = personJson(c.profile);
        o.insert(QStringLiteral("row"), c.row);
        o.insert(QStringLiteral("field"), c.field);
        o.insert(QStringLiteral("before"), c.before);
        o.insert(QStringLiteral("after"), c.after);
        changeList.append(o);
    }
    QJsonArray invalidList;
    for (const ProfileImport::Row& r : unreadable)
        invalidList.append(QJsonObject{{QStringLiteral("row"), r.row},
                                       {QStringLiteral("column"), r.column},
                                       {QStringLiteral("message"), r.message}});
    return {{QStringLiteral("site_id"), siteId.toString(QUuid::WithoutBraces)},
            {QStringLiteral("leavers"), leaverList},
            {QStringLiteral("joiners"), joinerList},
            {QStringLiteral("changed_numbers"), changeList},
            {QStringLiteral("invalid_rows"), invalidList},
            {QStringLiteral("summary"),
             QJsonObject{{QStringLiteral("leavers"), int(leavers.size())},
                         {QStringLiteral("joiners"), int(joiners.size())},
                         {QStringLiteral("changed_numbers"), int(changedNumbers.size())},
                         {QStringLiteral("invalid_rows"), int(unreadable.size())}}}};
}

} // namespace sitekeeper
