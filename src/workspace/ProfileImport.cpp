// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileImport.h"

#include "Country.h"
#include "CsvWriter.h"
#include "ImportRows.h"
#include "PhoneNumber.h"
#include "ProfileIdentity.h"
#include "Store.h"
#include "TwoThreads.h"
#include "WorkspaceSettings.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <utility>

namespace sitekeeper {

namespace {

using Field = ProfileImport::Field;
using Preset = ProfileImport::Preset;
using Outcome = ProfileImport::Outcome;

// The columns of each preset, as the exports name them (compared case-insensitively); the first name
// present in a header wins, so a fallback comes after the preferred column. Every preset also reads the
// row's country (M365 Country/Region, else Usage location; Entra country, else usageLocation; AD c).
//
// preset       export                               name / email / office / mobile / title; disabled when
// m365         Microsoft 365 admin center,          Display name (First name + Last name) / User principal
//              Users > Active users > Export        name / Phone number, Office phone / Mobile Phone /
//                                                   Title; Block credential = True
// entra        Entra ID, Users > Download users     displayName (givenName + surname) / mail, else
//                                                   userPrincipalName / businessPhones, telephoneNumber /
//                                                   mobilePhone / jobTitle; accountEnabled = False
// connectwise  ConnectWise PSA, Contacts > Export   First Name + Last Name / Email, Default Email / Direct,
//                                                   Phone, Default Phone / Mobile / Title; Inactive Flag =
//                                                   True
// autotask     Autotask, Contacts search > Export   First Name + Last Name / Email Address, Email / Phone /
//                                                   Mobile Phone / Title; Active = False
// ldap         Active Directory / LDAP (read live   displayName, cn (givenName + sn) / mail, else
//              by LdapDirectory)                    userPrincipalName / telephoneNumber / mobile / title;
//                                                   userAccountControl has the ACCOUNTDISABLE bit (2)
// generic      Sitekeeper's own export, hand-made   full_name, name (first_name + last_name) / email /
//                                                   office_phone / mobile_phone / title, vip; status =
//                                                   disabled
struct PresetColumns {
    Preset preset;
    QStringList signature; // all of these in the header: the file is this preset's
    QList<std::pair<Field, QStringList>> fields;
};

QStringList names(std::initializer_list<const char16_t*> list) {
    QStringList result;
    for (const char16_t* name : list)
        result << QString::fromUtf16(name);
    return result;
}

const QList<PresetColumns>& presetTable() {
    static const QList<PresetColumns> table{
        {Preset::M365,
         names({u"user principal name", u"display name"}),
         {{Field::FullName, names({u"display name"})},
          {Field::FirstName, names({u"first name"})},
          {Field::LastName, names({u"last name"})},
          {Field::Email, names({u"user principal name"})},
          {Field::OfficePhone, names({u"phone number", u"office phone"})},
          {Field::MobilePhone, names({u"mobile phone"})},
          {Field::Title, names({u"title"})},
          {Field::Inactive, names({u"block credential"})},
          {Field::Country, names({u"country/region", u"usage location"})}}},
        {Preset::Ldap,
         names({u"userprincipalname", u"useraccountcontrol"}),
         {{Field::FullName, names({u"displayname", u"cn"})},
          {Field::FirstName, names({u"givenname"})},
          {Field::LastName, names({u"sn"})},
          {Field::Email, names({u"mail", u"userprincipalname"})},
          {Field::OfficePhone, names({u"telephonenumber"})},
          {Field::MobilePhone, names({u"mobile"})},
          {Field::Title, names({u"title"})},
          {Field::AccountControl, names({u"useraccountcontrol"})},
          {Field::Country, names({u"c", u"co"})}}},
        {Preset::Entra,
         names({u"userprincipalname", u"displayname"}),
         {{Field::FullName, names({u"displayname"})},
          {Field::FirstName, names({u"givenname"})},
          {Field::LastName, names({u"surname"})},
          {Field::Email, names({u"mail", u"userprincipalname"})},
          {Field::OfficePhone, names({u"businessphones", u"telephonenumber"})},
          {Field::MobilePhone, names({u"mobilephone"})},
          {Field::Title, names({u"jobtitle"})},
          {Field::Enabled, names({u"accountenabled"})},
          {Field::Country, names({u"country", u"usagelocation"})}}},
        {Preset::ConnectWise,
         names({u"first name", u"last name", u"inactive flag"}),
         {{Field::FirstName, names({u"first name"})},
          {Field::LastName, names({u"last name"})},
          {Field::Email, names({u"email", u"default email"})},
          {Field::OfficePhone, names({u"direct", u"phone", u"default phone"})},
          {Field::OfficeExtension, names({u"direct extension", u"extension"})},
          {Field::MobilePhone, names({u"mobile"})},
          {Field::Title, names({u"title"})},
          {Field::Inactive, names({u"inactive flag"})},
          {Field::Country, names({u"country"})}}},
        {Preset::Autotask,
         names({u"first name", u"last name", u"email address"}),
         {{Field::FirstName, names({u"first name"})},
          {Field::LastName, names({u"last name"})},
          {Field::Email, names({u"email address", u"email"})},
          {Field::OfficePhone, names({u"phone"})},
          {Field::OfficeExtension, names({u"extension"})},
          {Field::MobilePhone, names({u"mobile phone"})},
          {Field::Title, names({u"title"})},
          {Field::Enabled, names({u"active"})},
          {Field::Country, names({u"country"})}}},
        {Preset::Generic,
         {},
         {{Field::FullName, names({u"full_name", u"name"})},
          {Field::FirstName, names({u"first_name"})},
          {Field::LastName, names({u"last_name"})},
          {Field::Email, names({u"email"})},
          {Field::OfficePhone, names({u"office_phone"})},
          {Field::OfficeExtension, names({u"office_extension"})},
          {Field::MobilePhone, names({u"mobile_phone"})},
          {Field::Title, names({u"title"})},
          {Field::Vip, names({u"vip"})},
          {Field::Status, names({u"status"})},
          {Field::Country, names({u"country"})}}},
    };
    return table;
}

QString headerKey(const QString& name) {
    return name.simplified().toLower();
}

bool hasName(const ProfileImport::Mapping& mapping) {
    return mapping.contains(Field::FullName) ||
           (mapping.contains(Field::FirstName) && mapping.contains(Field::LastName));
}

// Undoes CsvWriter's formula neutralisation (`'=SUM(1)` back to `=SUM(1)`), so that an exported file
// imports as it was; the formula itself is kept as plain text.
QString cellText(const QString& raw) {
    QString text = raw.trimmed();
    if (text.size() > 1 && text.front() == QLatin1Char('\'')) {
        switch (text.at(1).unicode()) {
        case u'=':
        case u'+':
        case u'-':
        case u'@':
            text.remove(0, 1);
            break;
        default:
            break;
        }
    }
    return text;
}

std::optional<bool> parseFlag(const QString& text) {
    static const QSet<QString> yes = {QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("y"),
                                      QStringLiteral("1"), QStringLiteral("x")};
    static const QSet<QString> no = {QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("n"),
                                     QStringLiteral("0")};
    const QString key = text.toLower();
    if (yes.contains(key))
        return true;
    if (no.contains(key))
        return false;
    return std::nullopt;
}

QString flagText(bool value) {
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

// Keys under which a profile can be the same person as another (ProfileIdentity decides).
struct KeyIndex {
    QHash<QString, QList<qsizetype>> byEmail;
    QHash<QString, QList<qsizetype>> byPhone;
    QHash<QString, QList<qsizetype>> byName;

    void add(const ClientProfile& p, qsizetype index) {
        if (const QString key = ProfileIdentity::emailKey(p.email); !key.isEmpty())
            byEmail[key].append(index);
        for (const QString* phone : {&p.officePhone, &p.mobilePhone}) {
            if (!phone->isEmpty())
                byPhone[*phone].append(index);
        }
        if (const QString key = ProfileIdentity::nameKey(p.fullName); !key.isEmpty())
            byName[key].append(index);
    }
    // Indexes that may be the same person as `p`, without repeats, in insertion order.
    QList<qsizetype> candidates(const ClientProfile& p) const {
        QList<qsizetype> result;
        const auto take = [&result](const QList<qsizetype>& list) {
            for (qsizetype i : list) {
                if (!result.contains(i))
                    result.append(i);
            }
        };
        if (const QString key = ProfileIdentity::emailKey(p.email); !key.isEmpty())
            take(byEmail.value(key));
        if (!p.mobilePhone.isEmpty())
            take(byPhone.value(p.mobilePhone));
        if (const QString key = ProfileIdentity::nameKey(p.fullName); !key.isEmpty())
            take(byName.value(key));
        std::sort(result.begin(), result.end());
        return result;
    }
};

constexpr qsizetype batchSize = 500;

// A number of a row, to parse: the text in its row's country, in the office field (which keeps an
// extension) or the mobile one.
struct NumberKey {
    QString region;
    QString text;
    bool office = false;
    bool operator==(const NumberKey&) const = default;
};
size_t qHash(const NumberKey& key, size_t seed = 0) {
    return qHashMulti(seed, key.region, key.text, key.office);
}

// What the import needs of a parse.
struct ParsedNumber {
    bool valid = false;
    QString e164;
    QString extension;
    QString error;
};

// Parses remembered across batches (a site's main number is on every row) before starting over.
constexpr qsizetype maxParsedNumbers = 200'000;

// The first of the numbers in a cell: Entra lists several business phones separated by ";", though
// ";ext=204" is an extension (RFC 3966) of the number before it.
QString firstNumber(const QString& text) {
    qsizetype from = 0;
    for (;;) {
        const qsizetype semicolon = text.indexOf(QLatin1Char(';'), from);
        if (semicolon < 0)
            return text.trimmed();
        if (!text.mid(semicolon + 1).trimmed().startsWith(QLatin1String("ext"), Qt::CaseInsensitive))
            return text.left(semicolon).trimmed();
        from = semicolon + 1;
    }
}

// "204" of "x204", "ext. 204", "Ext 204", "204".
QString extensionDigits(const QString& text) {
    QString digits = text.trimmed();
    for (const char* prefix : {"extension", "ext.", "ext", "x"}) {
        if (digits.startsWith(QLatin1String(prefix), Qt::CaseInsensitive)) {
            digits = digits.mid(qsizetype(qstrlen(prefix))).trimmed();
            break;
        }
    }
    return digits;
}

} // namespace

QString ProfileImport::Row::problem() const {
    return ImportRows::problem(row, column, message);
}

int ProfileImport::Preview::count(Outcome outcome) const {
    return ImportRows::count(rows, outcome);
}

QString ProfileImport::Preview::errorText(int limit) const {
    return ImportRows::errorText(rows, Outcome::Invalid, limit);
}

QJsonObject ProfileImport::Preview::toJson() const {
    QJsonArray array;
    for (const Row& row : rows) {
        QJsonObject object{{QStringLiteral("row"), row.row},
                           {QStringLiteral("line"), row.line},
                           {QStringLiteral("outcome"), outcomeName(row.outcome)},
                           {QStringLiteral("full_name"), row.profile.fullName}};
        if (!row.profile.id.isNull())
            object.insert(QStringLiteral("id"), row.profile.id.toString(QUuid::WithoutBraces));
        if (!row.country.isEmpty())
            object.insert(QStringLiteral("country"), row.country);
        switch (row.outcome) {
        case Outcome::Invalid:
            object.insert(QStringLiteral("column"), row.column);
            object.insert(QStringLiteral("message"), row.message);
            break;
        case Outcome::Update: {
            QJsonArray changes;
            for (const Change& change : row.changes)
                changes.append(QJsonObject{{QStringLiteral("field"), change.field},
                                           {QStringLiteral("old"), change.before},
                                           {QStringLiteral("new"), change.after}});
            object.insert(QStringLiteral("changes"), changes);
            break;
        }
        case Outcome::DuplicateInFile:
            object.insert(QStringLiteral("duplicate_of_row"), row.duplicateOfRow);
            object.insert(QStringLiteral("message"), row.message);
            break;
        case Outcome::DuplicateOf:
            object.insert(QStringLiteral("site"), row.otherSite);
            object.insert(QStringLiteral("profile_id"), row.otherProfile.toString(QUuid::WithoutBraces));
            object.insert(QStringLiteral("message"), row.message);
            break;
        case Outcome::New:
        case Outcome::Unchanged:
            break;
        }
        array.append(object);
    }
    QJsonObject summary;
    for (Outcome outcome : {Outcome::New, Outcome::Update, Outcome::Unchanged, Outcome::DuplicateInFile,
                            Outcome::DuplicateOf, Outcome::Invalid})
        summary.insert(outcomeName(outcome), count(outcome));
    return QJsonObject{{QStringLiteral("site_id"), siteId.toString(QUuid::WithoutBraces)},
                       {QStringLiteral("preset"), mapped ? QStringLiteral("mapping") : presetName(preset)},
                       {QStringLiteral("encoding"), CsvTable::encodingName(encoding)},
                       {QStringLiteral("delimiter"), QString(delimiter)},
                       {QStringLiteral("site_country"), siteCountry},
                       {QStringLiteral("notes"), QJsonArray::fromStringList(notes)},
                       {QStringLiteral("summary"), summary},
                       {QStringLiteral("rows"), array}};
}

QByteArray ProfileImport::Preview::rejectsCsv() const {
    QStringList head = header;
    head << tr("Sitekeeper: what to fix");
    QList<QStringList> rejected;
    for (const Row& row : rows) {
        if (row.outcome != Outcome::Invalid)
            continue;
        QStringList cells = row.fields;
        while (cells.size() < header.size())
            cells << QString();
        cells << ImportRows::problem(row.row, row.column, row.message);
        rejected << cells;
    }
    return CsvWriter::write(head, rejected, CsvWriter::Options{});
}

ProfileImport::ProfileImport(Workspace& workspace)
    : m_workspace(workspace) {}

QString ProfileImport::presetName(Preset preset) {
    switch (preset) {
    case Preset::M365:
        return QStringLiteral("m365");
    case Preset::Entra:
        return QStringLiteral("entra");
    case Preset::ConnectWise:
        return QStringLiteral("connectwise");
    case Preset::Autotask:
        return QStringLiteral("autotask");
    case Preset::Ldap:
        return QStringLiteral("ldap");
    case Preset::Generic:
        return QStringLiteral("generic");
    }
    return QString();
}

QList<ProfileImport::Preset> ProfileImport::allPresets() {
    return {Preset::M365,     Preset::Entra, Preset::ConnectWise,
            Preset::Autotask, Preset::Ldap,  Preset::Generic};
}

std::optional<ProfileImport::Preset> ProfileImport::presetFromName(const QString& name) {
    for (Preset preset : allPresets()) {
        if (presetName(preset) == name.trimmed().toLower())
            return preset;
    }
    return std::nullopt;
}

QString ProfileImport::fieldName(Field field) {
    switch (field) {
    case Field::FullName:
        return QStringLiteral("full_name");
    case Field::FirstName:
        return QStringLiteral("first_name");
    case Field::LastName:
        return QStringLiteral("last_name");
    case Field::Email:
        return QStringLiteral("email");
    case Field::OfficePhone:
        return QStringLiteral("office_phone");
    case Field::OfficeExtension:
        return QStringLiteral("office_extension");
    case Field::MobilePhone:
        return QStringLiteral("mobile_phone");
    case Field::Title:
        return QStringLiteral("title");
    case Field::Vip:
        return QStringLiteral("vip");
    case Field::Status:
        return QStringLiteral("status");
    case Field::Enabled:
        return QStringLiteral("enabled");
    case Field::Inactive:
        return QStringLiteral("inactive");
    case Field::Country:
        return QStringLiteral("country");
    case Field::AccountControl:
        return QStringLiteral("account_control");
    }
    return QString();
}

QString ProfileImport::outcomeName(Outcome outcome) {
    switch (outcome) {
    case Outcome::New:
        return QStringLiteral("new");
    case Outcome::Update:
        return QStringLiteral("update");
    case Outcome::Unchanged:
        return QStringLiteral("unchanged");
    case Outcome::DuplicateInFile:
        return QStringLiteral("duplicate_in_file");
    case Outcome::DuplicateOf:
        return QStringLiteral("duplicate_of");
    case Outcome::Invalid:
        return QStringLiteral("invalid");
    }
    return QString();
}

ProfileImport::Mapping ProfileImport::presetMapping(Preset preset, const QStringList& header) {
    QHash<QString, QString> present; // key -> header as written
    for (const QString& name : header)
        present.insert(headerKey(name), name);
    Mapping mapping;
    for (const PresetColumns& columns : presetTable()) {
        if (columns.preset != preset)
            continue;
        for (const auto& [field, aliases] : columns.fields) {
            for (const QString& alias : aliases) {
                if (const auto found = present.constFind(alias); found != present.constEnd()) {
                    mapping.insert(field, *found);
                    break;
                }
            }
        }
    }
    return mapping;
}

std::optional<ProfileImport::Preset> ProfileImport::detectPreset(const QStringList& header) {
    QSet<QString> present;
    for (const QString& name : header)
        present.insert(headerKey(name));
    for (const PresetColumns& columns : presetTable()) {
        if (columns.signature.isEmpty())
            continue;
        if (std::all_of(columns.signature.begin(), columns.signature.end(),
                        [&present](const QString& name) { return present.contains(name); }))
            return columns.preset;
    }
    // The generic preset has no signature: any header giving it a name column.
    if (hasName(presetMapping(Preset::Generic, header)))
        return Preset::Generic;
    return std::nullopt;
}

Result<ProfileImport::Preview> ProfileImport::preview(const QByteArray& bytes, const QUuid& siteId,
                                                      const Options& options) const {
    const CsvReader::Outcome read = CsvReader().read(bytes);
    if (!read)
        return read.error().toError();
    return preview(read.table(), siteId, options);
}

Result<ProfileImport::Preview> ProfileImport::preview(const CsvTable& table, const QUuid& siteId,
                                                      const Options& options) const {
    Store& store = m_workspace.store();
    const auto site = store.sites().get(siteId);
    if (!site)
        return site.error();

    Preview preview;
    preview.siteId = siteId;
    preview.header = table.header;
    preview.encoding = table.encoding;
    preview.delimiter = table.delimiter;
    if (table.encoding == CsvTable::Encoding::Windows1252)
        preview.notes << tr("The file is not valid UTF-8; it was read as Windows-1252.");

    const QString presetList = [] {
        QStringList list;
        for (Preset preset : allPresets())
            list << presetName(preset);
        return list.join(QStringLiteral(", "));
    }();
    Mapping mapping;
    if (!options.mapping.isEmpty()) {
        mapping = options.mapping;
        preview.mapped = true;
    } else {
        const std::optional<Preset> preset = options.preset ? options.preset : detectPreset(table.header);
        if (!preset)
            return Error{
                tr("The header matches no known export (%1). Choose a preset (%2) or map the columns. "
                   "Header found: %3")
                    .arg(QStringLiteral("Microsoft 365, Entra ID, ConnectWise, Autotask, Active Directory / "
                                        "LDAP, generic"),
                         presetList, table.header.join(QStringLiteral(", "))),
                QString()};
        preview.preset = *preset;
        mapping = presetMapping(*preset, table.header);
    }
    if (!hasName(mapping))
        return Error{tr("No column gives the person's name (a full name, or first and last name). Header "
                        "found: %1")
                         .arg(table.header.join(QStringLiteral(", "))),
                     QString()};

    // Field -> column index.
    QHash<Field, int> columns;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        int index = -1;
        for (qsizetype i = 0; i < table.header.size(); ++i) {
            if (headerKey(table.header.at(i)) == headerKey(it.value())) {
                index = int(i);
                break;
            }
        }
        if (index < 0)
            return Error{tr("The file has no column \"%1\" (mapped to %2). Header found: %3")
                             .arg(it.value(), fieldName(it.key()), table.header.join(QStringLiteral(", "))),
                         QString()};
        columns.insert(it.key(), index);
    }
    // A preset's later columns for a field stand in, row by row, where the first one is empty (no
    // `mail` but a userPrincipalName, no Country/Region but a Usage location).
    QHash<Field, QList<int>> standIns;
    if (!preview.mapped) {
        QHash<QString, int> indexOf;
        for (qsizetype i = table.header.size() - 1; i >= 0; --i)
            indexOf.insert(headerKey(table.header.at(i)), int(i));
        for (const PresetColumns& presetColumns : presetTable()) {
            if (presetColumns.preset != preview.preset)
                continue;
            for (const auto& [field, aliases] : presetColumns.fields) {
                for (const QString& alias : aliases) {
                    const int index = indexOf.value(alias, -1);
                    if (index >= 0 && index != columns.value(field, -1))
                        standIns[field].append(index);
                }
            }
        }
    }

    // Rows without a country of their own are in the site's (its own, else its time zone's, else the
    // workspace's default).
    const QString siteRegion = site->phoneRegion(m_workspace.settings().defaultPhoneRegion());
    preview.siteCountry = siteRegion;
    // A site's main number is on many rows: parse each text once per country (libphonenumber is the
    // costly part, so the new texts of a batch are parsed on two threads first).
    QHash<NumberKey, ParsedNumber> parsed;
    QHash<QUuid, QString> siteNames{{siteId, site->name}};
    const auto siteName = [&](const QUuid& id) {
        if (const auto found = siteNames.constFind(id); found != siteNames.constEnd())
            return *found;
        const auto other = store.sites().get(id);
        const QString name = other ? other->name : id.toString(QUuid::WithoutBraces);
        siteNames.insert(id, name);
        return name;
    };

    // What a row says about the flags an update only changes when the file gives them; by row index.
    struct Given {
        std::optional<bool> vip;
        std::optional<ProfileStatus> status;
    };
    QList<Given> given;
    given.reserve(table.rows.size());

    // Rows accepted so far (New, Update, Unchanged), for duplicates within the file.
    QList<qsizetype> accepted; // index into preview.rows
    KeyIndex inFile;
    QHash<QUuid, int> rowOfExisting; // an existing profile -> the file row that matched it

    preview.rows.reserve(table.rows.size());
    for (qsizetype start = 0; start < table.rows.size(); start += batchSize) {
        const qsizetype end = std::min(start + batchSize, table.rows.size());
        const qsizetype first = preview.rows.size();

        // 1. The countries of the rows, and their numbers parsed.
        // The column of `field` that has a value in this row (the first one when none has).
        const auto columnOf = [&](const QStringList& fields, Field field) {
            const int first = columns.value(field, -1);
            if (first < 0 || !cellText(fields.value(first)).isEmpty())
                return first;
            for (int index : standIns.value(field)) {
                if (!cellText(fields.value(index)).isEmpty())
                    return index;
            }
            return first;
        };
        const auto cellOf = [&](const QStringList& fields, Field field) {
            const int index = columnOf(fields, field);
            return index < 0 ? QString() : cellText(fields.value(index));
        };
        QList<QString> regions; // by index - start; empty: the country cell names no country
        regions.reserve(end - start);
        QList<NumberKey> unparsed;
        QSet<NumberKey> queued;
        for (qsizetype index = start; index < end; ++index) {
            const QStringList& fields = table.rows.at(index);
            const QString country = cellOf(fields, Field::Country);
            const QString region = country.isEmpty() ? siteRegion : Country::code(country);
            regions.append(region);
            if (region.isEmpty())
                continue;
            for (Field field : {Field::OfficePhone, Field::MobilePhone}) {
                const NumberKey key{region, firstNumber(cellOf(fields, field)), field == Field::OfficePhone};
                if (!key.text.isEmpty() && !parsed.contains(key) && !queued.contains(key)) {
                    queued.insert(key);
                    unparsed.append(key);
                }
            }
        }
        if (parsed.size() + unparsed.size() > maxParsedNumbers)
            parsed.clear();
        QList<ParsedNumber> results(unparsed.size());
        ParsedNumber* const out = results.data(); // detached once: the threads write their own items
        onTwoThreads(unparsed.size(), [&unparsed, out](qsizetype i) {
            const NumberKey& key = unparsed.at(i);
            const PhoneNumber number = PhoneNumber::parse(key.text, key.region,
                                                          key.office ? PhoneNumber::Extension::Keep
                                                                     : PhoneNumber::Extension::Refuse);
            out[i] = ParsedNumber{number.isValid(), number.e164(), number.extension(), number.errorString()};
        });
        for (qsizetype i = 0; i < unparsed.size(); ++i)
            parsed.insert(unparsed.at(i), results.at(i));

        // 2. Read and normalise the rows of the batch.
        for (qsizetype index = start; index < end; ++index) {
            const QStringList& fields = table.rows.at(index);
            Row row;
            row.row = CsvTable::rowNumber(index);
            row.line = table.lines.at(index);
            const auto cell = [&](Field field) {
                return cellOf(fields, field);
            };
            const auto invalid = [&](Field field, const QString& message) {
                row.outcome = Outcome::Invalid;
                row.profile.id = QUuid();
                row.column = table.header.at(columnOf(fields, field));
                row.message = message;
                row.fields = fields;
                preview.rows.append(row);
                given.append(Given{});
            };
            ClientProfile& p = row.profile;
            p.siteId = siteId;
            p.fullName = cell(Field::FullName).simplified();
            if (p.fullName.isEmpty())
                p.fullName =
                    QString(cell(Field::FirstName) + QLatin1Char(' ') + cell(Field::LastName)).simplified();
            p.email = cell(Field::Email);
            p.title = cell(Field::Title).simplified();

            const QString& region = regions.at(index - start);
            if (region.isEmpty()) {
                invalid(Field::Country,
                        tr("\"%1\" is not a country; write its name (France) or its two-letter code (FR).")
                            .arg(cell(Field::Country)));
                continue;
            }
            row.country = region;
            bool bad = false;
            for (Field field : {Field::OfficePhone, Field::MobilePhone}) {
                const QString text = firstNumber(cell(field));
                if (text.isEmpty())
                    continue;
                const ParsedNumber& number = parsed[NumberKey{region, text, field == Field::OfficePhone}];
                if (!number.valid) {
                    invalid(field, tr("\"%1\" is not a valid phone number for %2: %3")
                                       .arg(text, Country::label(region), number.error));
                    bad = true;
                    break;
                }
                if (field == Field::OfficePhone) {
                    p.officePhone = number.e164;
                    p.officeExtension = number.extension;
                } else {
                    p.mobilePhone = number.e164;
                }
            }
            if (bad)
                continue;
            if (const QString text = cell(Field::OfficeExtension); !text.isEmpty()) {
                const QString digits = extensionDigits(text);
                if (!PhoneNumber::isValidExtension(digits)) {
                    invalid(Field::OfficeExtension,
                            tr("\"%1\" is not an extension; write its digits, such as 204.").arg(text));
                    continue;
                }
                if (!p.officeExtension.isEmpty() && p.officeExtension != digits) {
                    invalid(Field::OfficeExtension,
                            tr("The extension %1 differs from the one written after the office number (%2); "
                               "keep one.")
                                .arg(digits, p.officeExtension));
                    continue;
                }
                if (p.officePhone.isEmpty()) {
                    invalid(
                        Field::OfficeExtension,
                        tr("The extension %1 has no office number; fill in the office phone.").arg(digits));
                    continue;
                }
                p.officeExtension = digits;
            }

            const auto flag = [&](Field field, std::optional<bool>* out) {
                const QString text = cell(field);
                if (text.isEmpty())
                    return true;
                *out = parseFlag(text);
                if (!*out) {
                    invalid(field, tr("\"%1\" is neither true nor false; write true or false.").arg(text));
                    return false;
                }
                return true;
            };
            std::optional<bool> vip, enabled, inactive;
            if (!flag(Field::Vip, &vip) || !flag(Field::Enabled, &enabled) ||
                !flag(Field::Inactive, &inactive))
                continue;
            if (const QString text = cell(Field::AccountControl); !text.isEmpty()) {
                bool ok = false;
                const qint64 flags = text.toLongLong(&ok);
                if (!ok || flags < 0) {
                    invalid(Field::AccountControl,
                            tr("\"%1\" is not a userAccountControl value; it is a number such as 512.")
                                .arg(text));
                    continue;
                }
                // ACCOUNTDISABLE
                inactive = (flags & 0x2) != 0;
            }
            p.vip = vip.value_or(false);
            std::optional<ProfileStatus> status;
            if (const QString text = cell(Field::Status); !text.isEmpty()) {
                status = fromString<ProfileStatus>(text.toLower());
                if (!status) {
                    invalid(Field::Status, tr("\"%1\" is not a status; write active or disabled.").arg(text));
                    continue;
                }
            }
            if ((enabled && !*enabled) || (inactive && *inactive))
                status = ProfileStatus::Disabled;
            else if (!status && (enabled || inactive))
                status = ProfileStatus::Active;
            p.status = status.value_or(ProfileStatus::Active);

            p.id = QUuid::createUuid(); // replaced by the existing profile's id on a match
            // The numbers are valid E.164 from parse() above: checking them again would cost two more
            // libphonenumber parses per row.
            ClientProfile unchecked = p;
            unchecked.officePhone.clear();
            unchecked.officeExtension.clear();
            unchecked.mobilePhone.clear();
            if (const FieldErrors errors = unchecked.validate(); !errors.isEmpty()) {
                const FieldError& e = errors.constFirst();
                const QHash<QString, Field> byKey{{QStringLiteral("email"), Field::Email},
                                                  {QStringLiteral("title"), Field::Title}};
                Field field = byKey.value(e.field, Field::FullName);
                if (!columns.contains(field))
                    field = columns.contains(Field::FullName) ? Field::FullName : Field::FirstName;
                invalid(field, e.message);
                continue;
            }
            row.outcome = Outcome::New;
            preview.rows.append(row);
            given.append(Given{vip, status});
        }

        // 3. The existing profiles that may be the same person as a row of the batch, by index.
        QStringList emails, mobiles, names;
        for (qsizetype i = first; i < preview.rows.size(); ++i) {
            const ClientProfile& p = preview.rows.at(i).profile;
            if (preview.rows.at(i).outcome == Outcome::Invalid)
                continue;
            if (!p.email.isEmpty())
                emails << p.email;
            if (!p.mobilePhone.isEmpty())
                mobiles << p.mobilePhone;
            if (!p.officePhone.isEmpty() || !p.mobilePhone.isEmpty())
                names << p.fullName;
        }
        auto candidates = store.profiles().identityCandidates(emails, mobiles, names);
        if (!candidates)
            return candidates.error();
        const QList<ClientProfile> existing = std::move(candidates).value();
        KeyIndex stored;
        for (qsizetype i = 0; i < existing.size(); ++i)
            stored.add(existing.at(i), i);

        // 4. Classify.
        for (qsizetype i = first; i < preview.rows.size(); ++i) {
            Row& row = preview.rows[i];
            if (row.outcome == Outcome::Invalid)
                continue;
            const Given& flags = given.at(i);
            ClientProfile& p = row.profile;

            // An earlier row of the file?
            bool duplicate = false;
            for (qsizetype j : inFile.candidates(p)) {
                const Row& earlier = preview.rows.at(accepted.at(j));
                if (const auto match = ProfileIdentity::match(p, earlier.profile);
                    match != ProfileIdentity::Match::None) {
                    row.outcome = Outcome::DuplicateInFile;
                    row.profile.id = QUuid(); // not imported: no id to show
                    row.duplicateOfRow = earlier.row;
                    row.message = tr("Row %1 is the same person (%2); this row is not imported.")
                                      .arg(earlier.row)
                                      .arg(ProfileIdentity::describe(match));
                    duplicate = true;
                    break;
                }
            }
            if (duplicate)
                continue;

            // A profile of this site, else an active one elsewhere.
            const ClientProfile* here = nullptr;
            const ClientProfile* elsewhere = nullptr;
            ProfileIdentity::Match elsewhereMatch = ProfileIdentity::Match::None;
            for (qsizetype j : stored.candidates(p)) {
                const ClientProfile& c = existing.at(j);
                const auto match = ProfileIdentity::match(p, c);
                if (match == ProfileIdentity::Match::None)
                    continue;
                if (c.siteId == siteId) {
                    here = &c;
                    break;
                }
                if (!elsewhere && c.status == ProfileStatus::Active) {
                    elsewhere = &c;
                    elsewhereMatch = match;
                }
            }
            if (here && rowOfExisting.contains(here->id)) {
                row.outcome = Outcome::DuplicateInFile;
                row.profile.id = QUuid(); // not imported: no id to show
                row.duplicateOfRow = rowOfExisting.value(here->id);
                row.message = tr("Row %1 already matches the profile of %2; this row is not imported.")
                                  .arg(row.duplicateOfRow)
                                  .arg(here->fullName);
                continue;
            }
            if (!here && elsewhere) {
                row.outcome = Outcome::DuplicateOf;
                row.profile.id = QUuid(); // not imported: no id to show
                row.otherSite = siteName(elsewhere->siteId);
                row.otherProfile = elsewhere->id;
                row.message =
                    tr("%1 at site \"%2\" is the same person (%3): one person has one profile, at "
                       "the site where their computer is. Not imported.")
                        .arg(elsewhere->fullName, row.otherSite, ProfileIdentity::describe(elsewhereMatch));
                continue;
            }
            if (here) {
                rowOfExisting.insert(here->id, row.row);
                ClientProfile merged = *here;
                const auto take = [&](const QString& key, QString& target, const QString& value) {
                    if (value.isEmpty() || value == target)
                        return;
                    row.changes.append({key, target, value});
                    target = value;
                };
                take(QStringLiteral("full_name"), merged.fullName, p.fullName);
                take(QStringLiteral("email"), merged.email, p.email);
                // An office number comes with its extension: a new number without one drops the old one.
                if (!p.officePhone.isEmpty() && p.officeExtension != merged.officeExtension) {
                    row.changes.append(
                        {QStringLiteral("office_extension"), merged.officeExtension, p.officeExtension});
                    merged.officeExtension = p.officeExtension;
                }
                take(QStringLiteral("office_phone"), merged.officePhone, p.officePhone);
                take(QStringLiteral("mobile_phone"), merged.mobilePhone, p.mobilePhone);
                take(QStringLiteral("title"), merged.title, p.title);
                if (flags.vip && *flags.vip != merged.vip) {
                    row.changes.append({QStringLiteral("vip"), flagText(merged.vip), flagText(*flags.vip)});
                    merged.vip = *flags.vip;
                }
                if (flags.status && *flags.status != merged.status) {
                    row.changes.append(
                        {QStringLiteral("status"), toString(merged.status), toString(*flags.status)});
                    merged.status = *flags.status;
                }
                p = merged;
                row.outcome = row.changes.isEmpty() ? Outcome::Unchanged : Outcome::Update;
            }
            inFile.add(p, accepted.size());
            accepted.append(i);
        }
    }
    return preview;
}

Result<Workspace::ImportSummary>
ProfileImport::import(const Preview& preview, const Workspace::Progress& progress, InvalidRows invalid) {
    if (preview.hasErrors() && invalid == InvalidRows::Refuse)
        return Error{
            tr("%n row(s) are invalid; nothing was imported.\n", nullptr, preview.count(Outcome::Invalid)) +
                preview.errorText(),
            QString()};
    const qint64 total = preview.count(Outcome::New) + preview.count(Outcome::Update);
    const auto producer = [&preview](const std::function<bool(const Bundle&)>& write) {
        Bundle chunk;
        for (const Row& row : preview.rows) {
            if (row.outcome != Outcome::New && row.outcome != Outcome::Update)
                continue;
            chunk.profiles.append(row.profile);
            if (chunk.profiles.size() == 1000) {
                if (!write(chunk))
                    return false;
                chunk.profiles.clear();
            }
        }
        return chunk.profiles.isEmpty() || write(chunk);
    };
    const Workspace::Progress counted = [&progress, total](qint64 done, qint64) {
        return !progress || progress(done, total);
    };
    auto summary = m_workspace.importChunks(producer, counted);
    if (summary) {
        summary.value().unchanged += preview.count(Outcome::Unchanged);
        summary.value().skipped = preview.count(Outcome::Invalid);
    }
    if (summary && summary->created + summary->updated > 0)
        Q_EMIT m_workspace.recordChanged(EntityKind::ClientProfile, QUuid());
    return summary;
}

} // namespace sitekeeper
