// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Bundle.h"
#include "EntityEdit.h"
#include "PartnerSettings.h"
#include "PulledChanges.h"
#include "Result.h"
#include "Roles.h"
#include "Team.h"

#include <QObject>
#include <QUndoStack>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>

namespace sitekeeper {

class CredentialService;
class CredentialVault;
class Database;
class Store;
class WorkspaceSettings;
struct OpenReport;

// A workspace is a folder holding `workspace.sqlite` (with its WAL) and `settings.ini`. The
// Workspace opens it and owns the services every front end (GUI, CLI) works through.
class Workspace : public QObject {
    Q_OBJECT

public:
    enum class OpenMode { MustExist, CreateIfMissing };

    struct Counts {
        qint64 sites = 0;
        qint64 clientProfiles = 0;
        qint64 references = 0;
        qint64 approvers = 0;
        qint64 notificationRules = 0;
        qint64 partnerContacts = 0;
        qint64 credentials = 0;
        qint64 approvalTypes = 0;
        qint64 escalations = 0;
        qint64 pendingChanges = 0;
    };

    struct ImportSummary {
        qint64 created = 0;
        qint64 updated = 0;
        qint64 unchanged = 0;
        qint64 skipped = 0; // invalid rows left out on purpose
    };

    // Progress of long work: done and total units; return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    ~Workspace() override;

    // `--workspace DIR`, else SITEKEEPER_WORKSPACE, else the per-user default folder.
    static QString resolvePath(const QString& fromCommandLine);
    static QString defaultPath();
    static QString databaseFileName() { return QStringLiteral("workspace.sqlite"); }

    static Result<std::unique_ptr<Workspace>> open(const QString& folder, OpenMode mode);

    QString folder() const { return m_folder; }
    QUuid id() const;
    Database& database();
    Store& store() { return *m_store; }
    // This machine's settings of the workspace (phone region, backend); the partner's are below.
    WorkspaceSettings& settings() { return *m_settings; }
    // The partner's settings (what the rulebook reads, the help desk contact): the synced record, or
    // PartnerSettings::defaults() while there is none. Changed through PartnerSettingsEdits.
    PartnerSettings partnerSettings() const;
    CredentialVault& vault();
    // Credential records with their secrets in the vault (made on first use, like the vault).
    CredentialService& credentials();
    const OpenReport& openReport() const;

    // An error when a table cannot be read.
    Result<Counts> counts() const;

    // Who is signed in to the workspace's backend, as `GET /v1/me` last said (kept in
    // settings.ini, so that the console and the command line read the same); nothing when no
    // backend is set or it was not asked since the last sign-in.
    std::optional<protocol::Me> identity() const { return m_identity; }
    // Keeps `identity` (nothing: forgets it) and says so with identityChanged() when it differs.
    void setIdentity(const std::optional<protocol::Me>& identity);
    // The signed-in member's role. A workspace with no known member (no backend, not asked yet)
    // is one person's: it has every right locally, and the server judges what is pushed.
    protocol::Role memberRole() const;
    // Why the signed-in member may not do what needs `needed` (protocol::neededRole and the like),
    // for tooltips and messages; empty when they may.
    QString whyNot(protocol::Role needed) const;

    // Writes a whole bundle in one transaction: all or nothing. Records with a known id are
    // updated, the others created. `progress` may cancel, which leaves the workspace as it was.
    Result<ImportSummary> importBundle(const Bundle& bundle, const Progress& progress = {});
    // Writes many bundle chunks in one transaction (the demo generator's million profiles).
    Result<ImportSummary>
    importChunks(const std::function<bool(const std::function<bool(const Bundle&)>&)>& producer,
                 const Progress& progress = {});

    // Everything, or one site with its descendants and the partner-wide records they use. A table
    // that cannot be read fails the export: it is never silently incomplete.
    Result<Bundle> exportBundle(std::optional<QUuid> siteId = std::nullopt) const;

    // The edits made through the console, undoable (Edit > Undo). Each is written at once.
    QUndoStack& undoStack() { return m_undoStack; }

    // Saves one record (create when `before` is absent, delete when `after` is absent) and puts the
    // edit on the undo stack. An edit of an existing record writes only the fields that differ
    // between `before` (the record as the caller read it) and `after`; a field that changed in the
    // store since `before` was read is not overwritten: nothing is written, the error says so and
    // `clashes` (when given) lists them. Invalid records and storage failures come back as an error
    // and leave both the store and the stack as they were. An edit that changes nothing makes no step.
    template <class T>
    Result<void> edit(std::optional<T> before, std::optional<T> after, const QString& text,
                      QList<FieldClash>* clashes = nullptr) {
        auto command = std::make_unique<EntityEdit<T>>(
            *m_store, std::move(before), std::move(after), text,
            [this](EntityKind entity, const QUuid& changed, const Error* error) {
                if (error)
                    Q_EMIT editFailed(error->toString());
                Q_EMIT recordChanged(entity, changed);
            });
        if (command->changesNothing())
            return {};
        QList<FieldClash> found;
        if (const Result<void> written = command->write(&found); !written) {
            if (clashes)
                *clashes = found;
            if (found.isEmpty())
                return written;
            return Error{clashMessage(T::entityKind, command->recordId(), found), {}};
        }
        const QUuid id = command->recordId();
        m_undoStack.push(command.release());
        Q_EMIT recordChanged(T::entityKind, id);
        return {};
    }

    // The fields an edit from `base` (the record as an editor read it) to `mine` changes that were
    // changed in the store since: the editor asks about each before it saves.
    template <class T>
    Result<QList<FieldClash>> clashes(const T& base, const T& mine) const {
        Repository<T>& repository = m_store->template repository<T>();
        return repository.clashes(repository.diff(base.toJson(), mine.toJson()));
    }

Q_SIGNALS:
    // A record was written by an edit, an undo or a redo: views showing it refresh.
    void recordChanged(sitekeeper::EntityKind entity, const QUuid& id);
    // Records came from the backend (a pull wrote them): screens showing records read them again,
    // those of `changes` only unless it says `everything` (which it does when left out).
    void pulled(const sitekeeper::PulledChanges& changes = {});
    // An undo or redo could not be written (the record changed elsewhere, the disk is full ...).
    void editFailed(const QString& message);
    // The signed-in member changed: signed in, signed out, or the backend gave another role.
    void identityChanged();

public:
    // Finds a site by its exact name (names are unique within a workspace by convention; the first wins).
    std::optional<QUuid> findSiteByName(const QString& name) const;

private:
    explicit Workspace(QString folder);
    // Why an edit was not saved: the fields that changed since it began, with who changed them.
    QString clashMessage(EntityKind kind, const QUuid& id, const QList<FieldClash>& clashes) const;
    // Version 1 of settings.ini held the partner settings: they move into the record, once.
    Result<void> moveLegacyPartnerSettings();
    // After a pull: when it changed the partner settings, recordChanged tells the Checker and the
    // screens that read them.
    void notePulledPartnerSettings();

    QString m_folder;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<WorkspaceSettings> m_settings;
    std::unique_ptr<CredentialVault> m_vault;
    std::unique_ptr<CredentialService> m_credentials; // after m_vault: destroyed before it
    QUndoStack m_undoStack;
    PartnerSettings m_partnerSeen; // as of the last pull or edit, to tell whether a pull changed them
    std::optional<protocol::Me> m_identity;
};

} // namespace sitekeeper
