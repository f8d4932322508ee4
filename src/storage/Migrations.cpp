// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrations.h"

namespace sitekeeper {

namespace {

// Every entity table carries the same local bookkeeping after its bundle keys: `seq` is a stable
// integer key (FTS5 external content needs one that VACUUM does not renumber), `revision` counts
// local edits, `server_revision` is the backend's revision the row is based on, `deleted` marks a
// tombstone. Foreign keys are deferred so that one transaction may write a child before its parent.
const QString siteKey = QStringLiteral("TEXT NOT NULL REFERENCES sites (id) DEFERRABLE INITIALLY DEFERRED");
const QString optionalSiteKey = QStringLiteral("TEXT REFERENCES sites (id) DEFERRABLE INITIALLY DEFERRED");
const QString bookkeeping = QStringLiteral("revision INTEGER NOT NULL DEFAULT 0, "
                                           "server_revision INTEGER NOT NULL DEFAULT 0, "
                                           "deleted INTEGER NOT NULL DEFAULT 0, "
                                           "updated_at TEXT");

QString entityTable(const QString& table, const QString& columns) {
    return QStringLiteral("CREATE TABLE \"%1\" (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, %2, %3)")
        .arg(table, columns, bookkeeping);
}

QStringList version1() {
    return {
        entityTable(
            QStringLiteral("sites"),
            QStringLiteral("name TEXT NOT NULL DEFAULT '', parent_id %1, coverage TEXT, time_zone TEXT, "
                           "business_hours TEXT, answer_as TEXT, answer_as_text TEXT, email_domains TEXT, "
                           "holds_servers INTEGER NOT NULL DEFAULT 0, device_naming_scheme TEXT, "
                           "contract_tier TEXT, sla TEXT, scope_notes TEXT, activation_status TEXT, "
                           "go_live_date TEXT, champion TEXT")
                .arg(optionalSiteKey)),
        QStringLiteral("CREATE INDEX sites_by_name ON sites (name COLLATE NOCASE, id)"),
        QStringLiteral("CREATE INDEX sites_by_parent ON sites (parent_id)"),
        QStringLiteral("CREATE INDEX sites_by_status ON sites (activation_status, name COLLATE NOCASE)"),

        entityTable(
            QStringLiteral("client_profiles"),
            QStringLiteral("site_id %1, full_name TEXT NOT NULL DEFAULT '', email TEXT, office_phone TEXT, "
                           "mobile_phone TEXT, title TEXT, vip INTEGER NOT NULL DEFAULT 0, status TEXT")
                .arg(siteKey)),
        QStringLiteral("CREATE INDEX client_profiles_by_site ON client_profiles (site_id, full_name COLLATE "
                       "NOCASE, id)"),
        QStringLiteral(
            "CREATE INDEX client_profiles_by_name ON client_profiles (full_name COLLATE NOCASE, id)"),
        QStringLiteral("CREATE INDEX client_profiles_by_status ON client_profiles (site_id, status, "
                       "full_name COLLATE NOCASE)"),

        entityTable(
            QStringLiteral("references"),
            QStringLiteral("site_id %1, title TEXT NOT NULL DEFAULT '', topic TEXT, body TEXT, owner TEXT, "
                           "last_reviewed TEXT, review_interval_days INTEGER NOT NULL DEFAULT 365, "
                           "status TEXT")
                .arg(optionalSiteKey)),
        QStringLiteral(
            "CREATE INDEX references_by_site ON \"references\" (site_id, title COLLATE NOCASE, id)"),
        QStringLiteral("CREATE INDEX references_by_title ON \"references\" (title COLLATE NOCASE, id)"),
        QStringLiteral(
            "CREATE INDEX references_by_status ON \"references\" (site_id, status, title COLLATE NOCASE)"),

        entityTable(
            QStringLiteral("approval_types"),
            QStringLiteral("key TEXT NOT NULL DEFAULT '', name TEXT, builtin INTEGER NOT NULL DEFAULT 0")),
        QStringLiteral("CREATE INDEX approval_types_by_key ON approval_types (key COLLATE NOCASE, id)"),

        entityTable(
            QStringLiteral("approvers"),
            QStringLiteral("site_id %1, approval_type TEXT NOT NULL DEFAULT '', person_kind TEXT, "
                           "person_id TEXT, phones TEXT, automated_approval INTEGER NOT NULL DEFAULT 0, "
                           "sms_authentication INTEGER NOT NULL DEFAULT 0, "
                           "authenticate_approver_with_mobile INTEGER NOT NULL DEFAULT 0, "
                           "authenticate_requestor_with_mobile INTEGER NOT NULL DEFAULT 0, "
                           "last_reviewed TEXT")
                .arg(siteKey)),
        QStringLiteral(
            "CREATE INDEX approvers_by_site ON approvers (site_id, approval_type COLLATE NOCASE, id)"),
        QStringLiteral("CREATE INDEX approvers_by_person ON approvers (person_id)"),

        entityTable(
            QStringLiteral("notification_rules"),
            QStringLiteral("site_id %1, name TEXT NOT NULL DEFAULT '', window TEXT, method TEXT, "
                           "escalation_contacts TEXT, email_recipients TEXT, "
                           "call_before_escalating INTEGER NOT NULL DEFAULT 0, call_before_contact TEXT, "
                           "categories TEXT")
                .arg(siteKey)),
        QStringLiteral("CREATE INDEX notification_rules_by_site ON notification_rules (site_id, name COLLATE "
                       "NOCASE, id)"),

        entityTable(
            QStringLiteral("partner_contacts"),
            QStringLiteral("name TEXT NOT NULL DEFAULT '', email TEXT, phones TEXT, availability TEXT")),
        QStringLiteral("CREATE INDEX partner_contacts_by_name ON partner_contacts (name COLLATE NOCASE, id)"),

        entityTable(QStringLiteral("credentials"),
                    QStringLiteral(
                        "site_id %1, label TEXT NOT NULL DEFAULT '', kind TEXT, system TEXT, username TEXT, "
                        "has_mfa INTEGER NOT NULL DEFAULT 0, has_totp INTEGER NOT NULL DEFAULT 0, "
                        "rotation_interval_days INTEGER NOT NULL DEFAULT 0, last_rotated TEXT, "
                        "force_change_at_next_logon INTEGER NOT NULL DEFAULT 0, keychain_ref TEXT")
                        .arg(siteKey)),
        QStringLiteral("CREATE INDEX credentials_by_site ON credentials (site_id, label COLLATE NOCASE, id)"),
        QStringLiteral("CREATE INDEX credentials_by_kind ON credentials (site_id, kind)"),

        entityTable(
            QStringLiteral("escalations"),
            QStringLiteral("site_id %1, date TEXT, category TEXT, reason TEXT, ticket TEXT, summary TEXT")
                .arg(siteKey)),
        QStringLiteral("CREATE INDEX escalations_by_site ON escalations (site_id, date, id)"),
        QStringLiteral("CREATE INDEX escalations_by_date ON escalations (date, id)"),

        // Who changed what and when; `fields` is a JSON array of the changed keys.
        QStringLiteral("CREATE TABLE audit (seq INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, "
                       "entity TEXT NOT NULL, entity_id TEXT NOT NULL, site_id TEXT, action TEXT NOT NULL, "
                       "fields TEXT NOT NULL DEFAULT '[]')"),
        QStringLiteral("CREATE INDEX audit_by_entity ON audit (entity, entity_id, seq)"),
        QStringLiteral("CREATE INDEX audit_by_site ON audit (site_id, seq)"),

        // The outbox of edits for the backend, drained in `seq` order; `fields` is a JSON object of
        // the changed keys with their new values.
        QStringLiteral(
            "CREATE TABLE journal (seq INTEGER PRIMARY KEY, op_id TEXT NOT NULL UNIQUE, "
            "entity TEXT NOT NULL, entity_id TEXT NOT NULL, "
            "action TEXT NOT NULL CHECK (action IN ('upsert', 'patch', 'delete')), "
            "fields TEXT NOT NULL DEFAULT '{}', base_revision INTEGER NOT NULL DEFAULT 0, "
            "created_at TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'pending' "
            "CHECK (state IN ('pending', 'sent', 'needs_attention')), error TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX journal_by_state ON journal (state, seq)"),
        QStringLiteral("CREATE INDEX journal_by_entity ON journal (entity, entity_id, seq)"),

        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"),
    };
}

// A full-text index over `table`, holding only rows that are not tombstones. `columns` maps each
// index column to an SQL expression over the row, written with `@` for the row ("@.title");
// the triggers keep the index in step, 'rebuild' fills it from rows already there.
QStringList fullTextIndex(const QString& table, const QList<std::pair<QString, QString>>& columns) {
    const QString fts = table + QStringLiteral("_fts");
    const QString content = fts + QStringLiteral("_content");
    QStringList names;
    QStringList viewExpressions;
    QStringList oldValues;
    QStringList newValues;
    for (const auto& [name, expression] : columns) {
        names.append(name);
        QString bare = expression;
        viewExpressions.append(bare.replace(QStringLiteral("@."), QString()) + QStringLiteral(" AS ") + name);
        QString old = expression;
        oldValues.append(old.replace(QLatin1Char('@'), QStringLiteral("old")));
        QString fresh = expression;
        newValues.append(fresh.replace(QLatin1Char('@'), QStringLiteral("new")));
    }
    const QString nameList = names.join(QStringLiteral(", "));
    const QString insertNew =
        QStringLiteral("INSERT INTO %1 (rowid, %2) SELECT new.seq, %3 WHERE new.deleted = 0;")
            .arg(fts, nameList, newValues.join(QStringLiteral(", ")));
    const QString deleteOld =
        QStringLiteral("INSERT INTO %1 (%1, rowid, %2) SELECT 'delete', old.seq, %3 WHERE old.deleted = 0;")
            .arg(fts, nameList, oldValues.join(QStringLiteral(", ")));
    return {
        QStringLiteral("CREATE VIEW %1 AS SELECT seq, %2 FROM \"%3\" WHERE deleted = 0")
            .arg(content, viewExpressions.join(QStringLiteral(", ")), table),
        QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(%2, content='%3', content_rowid='seq', "
                       "tokenize='unicode61 remove_diacritics 2')")
            .arg(fts, nameList, content),
        QStringLiteral("CREATE TRIGGER %1_ai AFTER INSERT ON \"%2\" BEGIN %3 END").arg(fts, table, insertNew),
        QStringLiteral("CREATE TRIGGER %1_ad AFTER DELETE ON \"%2\" BEGIN %3 END").arg(fts, table, deleteOld),
        QStringLiteral("CREATE TRIGGER %1_au AFTER UPDATE ON \"%2\" BEGIN %3 %4 END")
            .arg(fts, table, deleteOld, insertNew),
        QStringLiteral("INSERT INTO %1 (%1) VALUES ('rebuild')").arg(fts),
    };
}

QStringList version2() {
    QStringList statements;
    statements +=
        fullTextIndex(QStringLiteral("client_profiles"),
                      {{QStringLiteral("full_name"), QStringLiteral("@.full_name")},
                       {QStringLiteral("email"), QStringLiteral("@.email")},
                       {QStringLiteral("phones"),
                        QStringLiteral("ifnull(@.office_phone, '') || ' ' || ifnull(@.mobile_phone, '')")},
                       {QStringLiteral("title"), QStringLiteral("@.title")}});
    statements +=
        fullTextIndex(QStringLiteral("references"), {{QStringLiteral("title"), QStringLiteral("@.title")},
                                                     {QStringLiteral("body"), QStringLiteral("@.body")}});
    statements += fullTextIndex(QStringLiteral("sites"),
                                {{QStringLiteral("name"), QStringLiteral("@.name")},
                                 {QStringLiteral("email_domains"), QStringLiteral("@.email_domains")}});
    return statements;
}

// Reuse detection: a keyed fingerprint (HMAC under a key held in the keychain) per credential,
// never the secret.
QStringList version3() {
    return {
        QStringLiteral("CREATE TABLE credential_fingerprints (credential_id TEXT PRIMARY KEY REFERENCES "
                       "credentials (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED, "
                       "fingerprint TEXT NOT NULL, updated_at TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE INDEX credential_fingerprints_by_value ON credential_fingerprints (fingerprint)"),
    };
}

// Sync: a same-field clash between this desktop and the backend waits here for the user, with
// the base, local and server values side by side (JSON values). The change-feed cursor lives in meta.
QStringList version4() {
    return {
        QStringLiteral("CREATE TABLE conflicts (id TEXT PRIMARY KEY, entity TEXT NOT NULL, "
                       "entity_id TEXT NOT NULL, field TEXT NOT NULL, base TEXT, mine TEXT, theirs TEXT, "
                       "server_revision INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, "
                       "resolved_at TEXT, resolution TEXT CHECK (resolution IN ('mine', 'theirs')))"),
        QStringLiteral("CREATE INDEX conflicts_open ON conflicts (resolved_at, entity, entity_id)"),
    };
}

// What the checks read fast: a password's strength verdict next to its fingerprint (SK601), the
// facts of every phone number seen (libphonenumber is slow; see PhoneNumber::Facts), and lookups
// of profiles by email and mobile for duplicates (SK202, the profile import).
QStringList version5() {
    return {
        QStringLiteral("ALTER TABLE credential_fingerprints ADD COLUMN weak INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE TABLE phone_facts (e164 TEXT PRIMARY KEY, valid INTEGER NOT NULL, "
                       "type INTEGER NOT NULL) WITHOUT ROWID"),
        // A generated column, not an expression index: SQLite reads an indexed column from the index
        // alone, which makes the duplicate scan of a full check five times faster.
        QStringLiteral("ALTER TABLE client_profiles ADD COLUMN email_key TEXT GENERATED ALWAYS AS "
                       "(lower(trim(email))) VIRTUAL"),
        QStringLiteral("CREATE INDEX client_profiles_by_email ON client_profiles (email_key)"),
        QStringLiteral("CREATE INDEX client_profiles_by_mobile ON client_profiles (mobile_phone)"),
        QStringLiteral("CREATE INDEX client_profiles_by_office ON client_profiles (office_phone)"),
    };
}

// The partner settings become a record that syncs (they lived in each machine's settings.ini; the
// workspace moves those values in once, see Workspace::open). One row, under a fixed id.
QStringList version6() {
    return {
        entityTable(QStringLiteral("partner_settings"),
                    QStringLiteral("partner_name TEXT NOT NULL DEFAULT '', forbidden_terms TEXT, "
                                   "required_topics TEXT, required_approval_types TEXT, "
                                   "reference_due_soon_days INTEGER NOT NULL DEFAULT 30, "
                                   "approver_review_days INTEGER NOT NULL DEFAULT 365, help_desk_phone TEXT, "
                                   "help_desk_email TEXT, help_desk_chat_url TEXT")),
    };
}

// Sync problems: the code of a rejected edit next to its errors ("invalid", "not_found",
// "forbidden"), so that the console and the CLI can say what to do about it; and a conflict resolved
// with a value the user typed ("merged"). SQLite cannot change a CHECK constraint in place: the
// conflicts table is made again with its rows.
QStringList version7() {
    return {
        QStringLiteral("ALTER TABLE journal ADD COLUMN error_code TEXT NOT NULL DEFAULT ''"),
        QStringLiteral(
            "CREATE TABLE conflicts_v7 (id TEXT PRIMARY KEY, entity TEXT NOT NULL, "
            "entity_id TEXT NOT NULL, field TEXT NOT NULL, base TEXT, mine TEXT, theirs TEXT, "
            "server_revision INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL, "
            "resolved_at TEXT, resolution TEXT CHECK (resolution IN ('mine', 'theirs', 'merged')))"),
        QStringLiteral("INSERT INTO conflicts_v7 SELECT id, entity, entity_id, field, base, mine, theirs, "
                       "server_revision, created_at, resolved_at, resolution FROM conflicts"),
        QStringLiteral("DROP TABLE conflicts"),
        QStringLiteral("ALTER TABLE conflicts_v7 RENAME TO conflicts"),
        QStringLiteral("CREATE INDEX conflicts_open ON conflicts (resolved_at, entity, entity_id)"),
    };
}

// Credentials shared end to end: with whom, the secret sealed for each recipient (ciphertext only),
// and who has held a copy since the last rotation.
QStringList version8() {
    return {
        QStringLiteral("ALTER TABLE credentials ADD COLUMN shared_with TEXT"),
        QStringLiteral("ALTER TABLE credentials ADD COLUMN sealed TEXT"),
        QStringLiteral("ALTER TABLE credentials ADD COLUMN readers TEXT"),
        // What this desk did with the sealed copies it received (local only).
        QStringLiteral(
            "CREATE TABLE credential_shares (credential_id TEXT PRIMARY KEY, opened_box TEXT NOT NULL "
            "DEFAULT '', problem TEXT NOT NULL DEFAULT '', updated_at TEXT)"),
    };
}

// International directories: the country numbers of a site are written in when they have no "+", and
// the extension of an office number.
QStringList version9() {
    return {
        QStringLiteral("ALTER TABLE sites ADD COLUMN country TEXT"),
        QStringLiteral("ALTER TABLE client_profiles ADD COLUMN office_extension TEXT"),
    };
}

} // namespace

const QList<Migrations::Step>& Migrations::steps() {
    static const QList<Step> steps{
        {1, QStringLiteral("entity tables, audit log, journal, meta"), version1()},
        {2, QStringLiteral("full-text search over profiles, references and sites"), version2()},
        {3, QStringLiteral("credential fingerprints for reuse detection"), version3()},
        {4, QStringLiteral("sync conflicts"), version4()},
        {5, QStringLiteral("check support: password verdicts, phone facts, profile lookups"), version5()},
        {6, QStringLiteral("partner settings as a synced record"), version6()},
        {7, QStringLiteral("rejected edits keep their code; conflicts resolved with a merged value"),
         version7()},
        {8, QStringLiteral("credentials shared end to end: recipients, sealed copies, readers"), version8()},
        {9, QStringLiteral("international directories: a site's country, office extensions"), version9()},
    };
    return steps;
}

int Migrations::latestVersion() {
    return steps().constLast().version;
}

} // namespace sitekeeper
