// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProfileImport.h"

namespace sitekeeper {

class Workspace;

// A directory export (Microsoft 365, Entra ID, a PSA: the formats ProfileImport reads) compared with
// one site's client profiles: who left (still active here, gone or disabled there) and where they
// are still used, who joined (no profile yet), and whose numbers changed. The three actions are
// undoable edits, one undo step each.
class DirectoryDiff {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::DirectoryDiff)

public:
    struct Leaver {
        ClientProfile profile;
        bool disabledInDirectory = false; // listed, but as a disabled account
        QStringList usedAs;               // "approver for Password reset for another user", ...
    };
    struct Joiner {
        int row = 0; // the file's row
        ClientProfile profile;
    };
    struct NumberChange {
        int row = 0;
        ClientProfile profile; // as stored
        QString field;         // "office_phone", "office_extension" or "mobile_phone"
        QString before;
        QString after;
    };
    struct Report {
        QUuid siteId;
        QList<Leaver> leavers;
        QList<Joiner> joiners;
        QList<NumberChange> changedNumbers;
        QList<ProfileImport::Row> unreadable; // invalid rows, with row, column and reason
        QJsonObject toJson() const;
    };

    explicit DirectoryDiff(Workspace& workspace);

    Result<Report> compare(const QByteArray& bytes, const QUuid& siteId,
                           const ProfileImport::Options& options = {}) const;
    // The same for a table read from a live directory (LdapDirectory, GraphDirectory).
    Result<Report> compare(const CsvTable& table, const QUuid& siteId,
                           const ProfileImport::Options& options = {}) const;

    // Disables every leaver's profile (never deletes); returns how many were disabled.
    Result<int> disableLeavers(const Report& report);
    // Creates a profile for every joiner; returns how many were added.
    Result<int> addJoiners(const Report& report);
    // Writes the directory's number into each changed field, unless the field was edited since the
    // comparison; returns how many numbers were written.
    Result<int> updateNumbers(const Report& report);

private:
    // The report of a preview of the directory's rows.
    Result<Report> compared(const Result<ProfileImport::Preview>& preview, const QUuid& siteId) const;
    // Applies `apply` (true: done, false: nothing to do) to every item as one undo step; on the first
    // failure, undoes what it did and returns the error.
    template <class Item, class Apply>
    Result<int> applyAll(const QString& text, const QList<Item>& items, Apply apply);

    Workspace& m_workspace;
};

} // namespace sitekeeper
