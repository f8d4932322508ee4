// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ClientProfile.h"
#include "CsvReader.h"
#include "Result.h"
#include "Workspace.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace sitekeeper {

// Imports the client profiles of one site from a CSV user list (a Microsoft 365 or Entra ID users
// export, a PSA contacts export, or Sitekeeper's own export). Two steps, as EscalationImport: preview()
// reads the file and says for every row what would happen; import() writes the new and changed
// profiles in one transaction, and refuses to write anything when a row is invalid.
//
// Matching follows "one person, one profile" (ProfileIdentity): a row that is the same person as a
// profile of the target site updates it; as an active profile of another site, it is reported as a
// duplicate of that one and not imported; as an earlier row of the file, it is flagged and skipped.
// Candidates come from indexed lookups (email key, mobile number, name) a batch of rows at a time,
// never from reading the whole table.
//
// An update changes only the fields the file has a non-empty value for: exports often lack numbers an
// admin entered by hand, and an import never silently erases them.
class ProfileImport {
    Q_DECLARE_TR_FUNCTIONS(sitekeeper::ProfileImport)

public:
    // What a file column can fill. A disabled account is told by Status (`active` / `disabled`), by
    // Enabled (false: disabled) or by Inactive (true: disabled), depending on the export.
    enum class Field {
        FullName,
        FirstName,
        LastName,
        Email,
        OfficePhone,
        // An extension in a column of its own; one written after the office number ("x204") is read too.
        OfficeExtension,
        MobilePhone,
        Title,
        Vip,
        Status,
        Enabled,
        Inactive,
        // The row's country: an ISO 3166 code ("FR") or a country's name ("France", "Deutschland");
        // its numbers are parsed as written in that country. Rows without one use the site's country.
        Country,
        // Active Directory's userAccountControl: the ACCOUNTDISABLE bit (2) set means disabled.
        AccountControl,
    };
    // Ldap: the attributes of an Active Directory or LDAP directory (LdapDirectory reads them).
    enum class Preset { M365, Entra, ConnectWise, Autotask, Ldap, Generic };
    // Target field -> header of the source column (as in the file, case-insensitive).
    using Mapping = QMap<Field, QString>;

    enum class Outcome { New, Update, Unchanged, DuplicateInFile, DuplicateOf, Invalid };

    struct Change {
        QString field; // the JSON key ("mobile_phone")
        QString before;
        QString after;
    };

    struct Row {
        int row = 0;  // as a spreadsheet numbers it (the header is row 1)
        int line = 0; // physical line in the file
        Outcome outcome = Outcome::Invalid;
        // As it will be written (updates: the existing one, changed); a null id when not written.
        ClientProfile profile;
        QList<Change> changes;  // Update only
        int duplicateOfRow = 0; // DuplicateInFile: the earlier row of the same person
        QString otherSite;      // DuplicateOf: the site holding the same person
        QUuid otherProfile;     // DuplicateOf: that profile
        QString country;        // the country its numbers were read in ("FR"); empty when not read
        QString column;         // Invalid: the header of the offending column
        QString message;        // Invalid: why; Duplicate*: which rule matched
        QStringList fields;     // Invalid: the row's cells as in the file, for a rejects file

        // "row 12, column 'Mobile Phone': ..."
        QString problem() const;
    };

    struct Preview {
        QUuid siteId;
        Preset preset = Preset::Generic; // meaningless when `mapped`
        bool mapped = false;             // an explicit Mapping was used
        QList<Row> rows;
        QStringList header; // the file's
        CsvTable::Encoding encoding = CsvTable::Encoding::Utf8;
        QChar delimiter;
        QString siteCountry; // the country of rows that name none
        QStringList notes;

        int count(Outcome outcome) const;
        bool hasErrors() const { return count(Outcome::Invalid) > 0; }
        QString errorText(int limit = 10) const;
        QJsonObject toJson() const;
        // The invalid rows as a CSV file to fix and import again: the file's header and cells, and a
        // last column saying what is wrong (the import reads past it).
        QByteArray rejectsCsv() const;
    };

    // What import() does when rows are invalid: write nothing (the default), or write the valid rows
    // and leave the invalid ones out, on purpose.
    enum class InvalidRows { Refuse, Skip };

    struct Options {
        std::optional<Preset> preset; // none: recognised from the header
        Mapping mapping;              // not empty: used instead of any preset
    };

    explicit ProfileImport(Workspace& workspace);

    // Reads and checks `bytes` for the site `siteId` without writing anything. A file that cannot be
    // read as CSV, or whose header fits no preset (nor the mapping), is an error naming where.
    Result<Preview> preview(const QByteArray& bytes, const QUuid& siteId, const Options& options = {}) const;
    // The same for a table read from elsewhere (a live directory: LdapDirectory, GraphDirectory).
    Result<Preview> preview(const CsvTable& table, const QUuid& siteId, const Options& options = {}) const;
    // Writes the New and Update rows of `preview` in one transaction, all or nothing; refuses a preview
    // with invalid rows unless `invalid` is Skip (then they are counted in `skipped`). `progress` may
    // cancel, which leaves the workspace as it was.
    Result<Workspace::ImportSummary> import(const Preview& preview, const Workspace::Progress& progress = {},
                                            InvalidRows invalid = InvalidRows::Refuse);

    // "m365", "entra", "connectwise", "autotask", "generic".
    static QString presetName(Preset preset);
    static std::optional<Preset> presetFromName(const QString& name);
    static QList<Preset> allPresets();
    // The first preset whose signature columns the header has.
    static std::optional<Preset> detectPreset(const QStringList& header);
    // The preset's columns found in `header`.
    static Mapping presetMapping(Preset preset, const QStringList& header);
    static QString fieldName(Field field);
    static QString outcomeName(Outcome outcome);

private:
    Workspace& m_workspace;
};

} // namespace sitekeeper
