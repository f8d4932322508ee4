#pragma once

#include "ProfileImport.h"

namespace sitekeeper {

class Workspace;

// A directory export (Microsoft 365, Entra ID, a PSA: the formats ProfileImport reads) compared with
// one site's client profiles: who left (still active here, gone or disabled there) and where they
// are still used, who joined (no profile yet), and whose numbers changed. The two actions are
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
        QString field;         // "office_phone" or "mobile_phone"
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

    // Disables every leaver's profile (never deletes); returns how many were disabled.
    Result<int> disableLeavers(const Report& report);
    // Creates a profile for every joiner; returns how many were added.
    Result<int> addJoiners(const Report& report);

private:
    Workspace& m_workspace;
};

} // namespace sitekeeper
