// SPDX-License-Identifier: GPL-3.0-or-later
#include "BundleCodec.h"

#include "JsonReader.h"
#include "JsonValues.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <type_traits>

namespace sitekeeper {

namespace {

// ---- keys of the file format --------------------------------------------------------------------

const QString formatKey = QStringLiteral("format");
const QString versionKey = QStringLiteral("version");
const QString partnerKey = QStringLiteral("partner");
const QString sitesKey = QStringLiteral("sites");
const QString approvalTypesKey = QStringLiteral("approval_types");
const QString contactsKey = QStringLiteral("contacts");
const QString referencesKey = QStringLiteral("references");
const QString approversKey = QStringLiteral("approvers");
const QString profilesKey = QStringLiteral("client_profiles");
const QString credentialsKey = QStringLiteral("credentials");
const QString escalationsKey = QStringLiteral("escalations");
const QString rulesKey = QStringLiteral("notification_rules");

// ---- deterministic serialisation ----------------------------------------------------------------

// QJsonDocument::Indented indents by 4 and formats numbers its own way; the format wants 2 spaces
// and keys in byte order, so the document is written here.
void writeString(QByteArray& out, const QString& text) {
    out.append('"');
    for (const char c : text.toUtf8()) {
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20)
                out.append("\\u00").append(
                    QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0'));
            else
                out.append(c);
        }
    }
    out.append('"');
}

void writeValue(QByteArray& out, const QJsonValue& value, int indent) {
    const QByteArray inner(indent + 2, ' ');
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.append("null");
        return;
    case QJsonValue::Bool:
        out.append(value.toBool() ? "true" : "false");
        return;
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::trunc(number) == number && std::abs(number) < 9.0e15)
            out.append(QByteArray::number(static_cast<qint64>(number)));
        else
            out.append(QByteArray::number(number, 'g', 17));
        return;
    }
    case QJsonValue::String:
        writeString(out, value.toString());
        return;
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (array.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append("[\n");
        for (qsizetype i = 0; i < array.size(); ++i) {
            out.append(inner);
            writeValue(out, array.at(i), indent + 2);
            out.append(i + 1 < array.size() ? ",\n" : "\n");
        }
        out.append(QByteArray(indent, ' ')).append(']');
        return;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (object.isEmpty()) {
            out.append("{}");
            return;
        }
        QStringList keys = object.keys();
        std::sort(keys.begin(), keys.end(),
                  [](const QString& a, const QString& b) { return a.toUtf8() < b.toUtf8(); });
        out.append("{\n");
        for (qsizetype i = 0; i < keys.size(); ++i) {
            out.append(inner);
            writeString(out, keys.at(i));
            out.append(": ");
            writeValue(out, object.value(keys.at(i)), indent + 2);
            out.append(i + 1 < keys.size() ? ",\n" : "\n");
        }
        out.append(QByteArray(indent, ' ')).append('}');
        return;
    }
    }
}

// ---- where records go in the file ---------------------------------------------------------------

// The JSON path of every record of a Bundle, by its index in the bundle's flat list.
struct Paths {
    QStringList sites;
    QStringList profiles;
    QStringList references;
    QStringList approvalTypes;
    QStringList approvers;
    QStringList rules;
    QStringList contacts;
    QStringList credentials;
    QStringList escalations;
};

template <class T>
QList<qsizetype> sortedIndices(const QList<T>& records) {
    QList<qsizetype> indices(records.size());
    std::iota(indices.begin(), indices.end(), 0);
    std::stable_sort(indices.begin(), indices.end(), [&records](qsizetype a, qsizetype b) {
        return displayOrder(records.at(a), records.at(b));
    });
    return indices;
}

// The records of one site, as indices into the bundle's flat lists, in file order.
struct SiteChildren {
    QList<qsizetype> approvers;
    QList<qsizetype> profiles;
    QList<qsizetype> credentials;
    QList<qsizetype> escalations;
    QList<qsizetype> rules;
    QList<qsizetype> references;
};

// How encode() arranges a Bundle: sites and partner lists sorted, every site-owned record under
// its site. Records whose site is not in the bundle cannot be placed; their path names them.
struct Layout {
    QList<qsizetype> sites;
    QList<SiteChildren> children; // parallel to `sites`
    QList<qsizetype> approvalTypes;
    QList<qsizetype> contacts;
    QList<qsizetype> partnerReferences;
    Paths paths;

    explicit Layout(const Bundle& bundle) {
        sites = sortedIndices(bundle.sites);
        children.resize(sites.size());
        QHash<QUuid, qsizetype> slotOf;
        for (qsizetype slot = 0; slot < sites.size(); ++slot) {
            const QUuid id = bundle.sites.at(sites.at(slot)).id;
            if (!slotOf.contains(id))
                slotOf.insert(id, slot);
        }
        paths.sites.resize(bundle.sites.size());
        for (qsizetype slot = 0; slot < sites.size(); ++slot)
            paths.sites[sites.at(slot)] = QStringLiteral("$.sites[%1]").arg(slot);

        place(bundle.approvers, &SiteChildren::approvers, approversKey, slotOf, paths.approvers);
        place(bundle.profiles, &SiteChildren::profiles, profilesKey, slotOf, paths.profiles);
        place(bundle.credentials, &SiteChildren::credentials, credentialsKey, slotOf, paths.credentials);
        place(bundle.escalations, &SiteChildren::escalations, escalationsKey, slotOf, paths.escalations);
        place(bundle.rules, &SiteChildren::rules, rulesKey, slotOf, paths.rules);
        place(bundle.references, &SiteChildren::references, referencesKey, slotOf, paths.references);

        approvalTypes = partnerList(bundle.approvalTypes, approvalTypesKey, paths.approvalTypes);
        contacts = partnerList(bundle.contacts, contactsKey, paths.contacts);
        paths.references.resize(bundle.references.size());
        for (qsizetype index : sortedIndices(bundle.references)) {
            if (bundle.references.at(index).siteId.isNull()) {
                paths.references[index] =
                    QStringLiteral("$.partner.references[%1]").arg(partnerReferences.size());
                partnerReferences.append(index);
            }
        }
    }

private:
    template <class T>
    void place(const QList<T>& records, QList<qsizetype> SiteChildren::*member, const QString& key,
               const QHash<QUuid, qsizetype>& slotOf, QStringList& recordPaths) {
        recordPaths.resize(records.size());
        for (qsizetype index : sortedIndices(records)) {
            const T& record = records.at(index);
            if (record.siteId.isNull())
                continue; // partner-wide reference; placed by the caller
            const auto slot = slotOf.constFind(record.siteId);
            if (slot == slotOf.constEnd()) {
                recordPaths[index] =
                    QStringLiteral("%1 %2").arg(entityName(T::entityKind), json::uuidText(record.id));
                continue;
            }
            QList<qsizetype>& list = children[*slot].*member;
            recordPaths[index] = QStringLiteral("$.sites[%1].%2[%3]").arg(*slot).arg(key).arg(list.size());
            list.append(index);
        }
    }

    template <class T>
    static QList<qsizetype> partnerList(const QList<T>& records, const QString& key,
                                        QStringList& recordPaths) {
        const QList<qsizetype> indices = sortedIndices(records);
        recordPaths.resize(records.size());
        for (qsizetype position = 0; position < indices.size(); ++position)
            recordPaths[indices.at(position)] = QStringLiteral("$.partner.%1[%2]").arg(key).arg(position);
        return indices;
    }
};

template <class T>
QJsonArray toArray(const QList<T>& records, const QList<qsizetype>& indices) {
    QJsonArray array;
    for (qsizetype index : indices) {
        QJsonObject json = records.at(index).toJson();
        // Sealed copies are for the members of one backend: a bundle carries whom a credential is
        // shared with, not ciphertext that belongs to that backend's keys.
        if constexpr (std::is_same_v<T, CredentialRecord>)
            json.remove(QStringLiteral("sealed"));
        array.append(json);
    }
    return array;
}

// ---- checks shared by decode() and problems() ---------------------------------------------------

QString fieldPath(const QString& recordPath, const QString& field) {
    if (field.isEmpty())
        return recordPath;
    if (field.startsWith(QLatin1Char('[')))
        return recordPath + field;
    return recordPath + QLatin1Char('.') + field;
}

class Checker {
public:
    Checker(const Bundle& bundle, const Paths& paths, QStringList& problems)
        : m_bundle(bundle)
        , m_paths(paths)
        , m_problems(problems) {}

    void run() {
        validateAll(m_bundle.sites, m_paths.sites);
        validateAll(m_bundle.profiles, m_paths.profiles);
        validateAll(m_bundle.references, m_paths.references);
        validateAll(m_bundle.approvalTypes, m_paths.approvalTypes);
        validateAll(m_bundle.approvers, m_paths.approvers);
        validateAll(m_bundle.rules, m_paths.rules);
        validateAll(m_bundle.contacts, m_paths.contacts);
        validateAll(m_bundle.credentials, m_paths.credentials);
        validateAll(m_bundle.escalations, m_paths.escalations);

        uniqueIds(m_bundle.sites, m_paths.sites);
        uniqueIds(m_bundle.profiles, m_paths.profiles);
        uniqueIds(m_bundle.references, m_paths.references);
        uniqueIds(m_bundle.approvalTypes, m_paths.approvalTypes);
        uniqueIds(m_bundle.approvers, m_paths.approvers);
        uniqueIds(m_bundle.rules, m_paths.rules);
        uniqueIds(m_bundle.contacts, m_paths.contacts);
        uniqueIds(m_bundle.credentials, m_paths.credentials);
        uniqueIds(m_bundle.escalations, m_paths.escalations);

        for (const Site& site : m_bundle.sites)
            m_siteIds.insert(site.id);
        for (const ClientProfile& profile : m_bundle.profiles)
            m_profileIds.insert(profile.id);
        for (const PartnerContact& contact : m_bundle.contacts)
            m_contactIds.insert(contact.id);

        siteLinks(m_bundle.profiles, m_paths.profiles);
        siteLinks(m_bundle.references, m_paths.references);
        siteLinks(m_bundle.approvers, m_paths.approvers);
        siteLinks(m_bundle.rules, m_paths.rules);
        siteLinks(m_bundle.credentials, m_paths.credentials);
        siteLinks(m_bundle.escalations, m_paths.escalations);

        parents();
        approvalTypeKeys();
        approvers();
        rules();
    }

private:
    void add(const QString& path, const QString& message) {
        m_problems.append(path + QStringLiteral(": ") + message);
    }

    template <class T>
    void validateAll(const QList<T>& records, const QStringList& paths) {
        for (qsizetype i = 0; i < records.size(); ++i) {
            for (const FieldError& error : records.at(i).validate())
                add(fieldPath(paths.at(i), error.field), error.message);
        }
    }

    template <class T>
    void uniqueIds(const QList<T>& records, const QStringList& paths) {
        for (qsizetype i = 0; i < records.size(); ++i) {
            const QUuid id = records.at(i).id;
            if (id.isNull())
                continue; // validate() reports it
            const auto first = m_firstUse.constFind(id);
            if (first == m_firstUse.constEnd()) {
                m_firstUse.insert(id, paths.at(i));
                continue;
            }
            add(fieldPath(paths.at(i), QStringLiteral("id")),
                BundleCodec::tr(
                    "the id %1 is already used by %2; ids must be unique, give this record a new one")
                    .arg(json::uuidText(id), *first));
        }
    }

    template <class T>
    void siteLinks(const QList<T>& records, const QStringList& paths) {
        for (qsizetype i = 0; i < records.size(); ++i) {
            const QUuid siteId = records.at(i).siteId;
            if (!siteId.isNull() && !m_siteIds.contains(siteId))
                add(fieldPath(paths.at(i), QStringLiteral("site_id")),
                    BundleCodec::tr("no site in the bundle has the id %1; add the site or move the record")
                        .arg(json::uuidText(siteId)));
        }
    }

    void parents() {
        const QList<Site>& sites = m_bundle.sites;
        QHash<QUuid, qsizetype> indexOf;
        for (qsizetype i = 0; i < sites.size(); ++i) {
            if (!indexOf.contains(sites.at(i).id))
                indexOf.insert(sites.at(i).id, i);
        }
        for (qsizetype i = 0; i < sites.size(); ++i) {
            const QUuid parent = sites.at(i).parentId;
            if (!parent.isNull() && parent != sites.at(i).id && !indexOf.contains(parent))
                add(fieldPath(m_paths.sites.at(i), QStringLiteral("parent_id")),
                    BundleCodec::tr("no site in the bundle has the id %1; choose an existing parent or none")
                        .arg(json::uuidText(parent)));
        }
        // Each site has at most one parent, so following parents from every site finds every cycle
        // once: 0 = not seen, 1 = on the current walk, 2 = done.
        QList<int> state(sites.size(), 0);
        for (qsizetype start = 0; start < sites.size(); ++start) {
            QList<qsizetype> walk;
            qsizetype at = start;
            while (at >= 0 && state.at(at) == 0) {
                state[at] = 1;
                walk.append(at);
                const QUuid parent = sites.at(at).parentId;
                // A site that is its own parent is reported by validate().
                at = parent.isNull() || parent == sites.at(at).id ? -1 : indexOf.value(parent, -1);
            }
            if (at >= 0 && state.at(at) == 1)
                cycle(walk.mid(walk.indexOf(at)));
            for (qsizetype visited : walk)
                state[visited] = 2;
        }
    }

    void cycle(const QList<qsizetype>& members) {
        // Reported once, at the member that comes first in the file.
        const qsizetype first =
            *std::min_element(members.begin(), members.end(), [this](qsizetype a, qsizetype b) {
                return m_paths.sites.at(a) < m_paths.sites.at(b);
            });
        const qsizetype offset = members.indexOf(first);
        QStringList names;
        for (qsizetype i = 0; i <= members.size(); ++i)
            names.append(m_bundle.sites.at(members.at((offset + i) % members.size())).name);
        add(fieldPath(m_paths.sites.at(first), QStringLiteral("parent_id")),
            BundleCodec::tr("the parent sites form a cycle (%1); clear one of these parents")
                .arg(names.join(QStringLiteral(" → "))));
    }

    void approvalTypeKeys() {
        QHash<QString, QString> firstUse;
        for (qsizetype i = 0; i < m_bundle.approvalTypes.size(); ++i) {
            const QString& key = m_bundle.approvalTypes.at(i).key;
            m_typeKeys.insert(key);
            if (key.isEmpty())
                continue;
            const QString path = m_paths.approvalTypes.at(i);
            if (firstUse.contains(key))
                add(fieldPath(path, QStringLiteral("key")),
                    BundleCodec::tr("the key \"%1\" is already used by %2; keys must be unique")
                        .arg(key, firstUse.value(key)));
            else
                firstUse.insert(key, path);
        }
    }

    void approvers() {
        for (qsizetype i = 0; i < m_bundle.approvers.size(); ++i) {
            const Approver& approver = m_bundle.approvers.at(i);
            const QString& path = m_paths.approvers.at(i);
            if (ApprovalType::isValidKey(approver.approvalType) &&
                !m_typeKeys.contains(approver.approvalType) &&
                !ApprovalType::isBuiltinKey(approver.approvalType))
                add(fieldPath(path, QStringLiteral("approval_type")),
                    BundleCodec::tr(
                        "no approval type has the key \"%1\"; add it to partner.approval_types or use "
                        "an existing key")
                        .arg(approver.approvalType));
            if (approver.personId.isNull())
                continue;
            const bool isProfile = m_profileIds.contains(approver.personId);
            const bool isContact = m_contactIds.contains(approver.personId);
            const QString field = fieldPath(path, QStringLiteral("person_id"));
            if (approver.personKind == PersonKind::ClientProfile && !isProfile)
                add(field,
                    isContact ? BundleCodec::tr("%1 is a partner contact; set person_kind to partner_contact")
                                    .arg(json::uuidText(approver.personId))
                              : BundleCodec::tr("no client profile in the bundle has the id %1")
                                    .arg(json::uuidText(approver.personId)));
            else if (approver.personKind == PersonKind::PartnerContact && !isContact)
                add(field, isProfile
                               ? BundleCodec::tr("%1 is a client profile; set person_kind to client_profile")
                                     .arg(json::uuidText(approver.personId))
                               : BundleCodec::tr("no partner contact in the bundle has the id %1")
                                     .arg(json::uuidText(approver.personId)));
        }
    }

    void rules() {
        for (qsizetype i = 0; i < m_bundle.rules.size(); ++i) {
            const NotificationRule& rule = m_bundle.rules.at(i);
            const QString& path = m_paths.rules.at(i);
            for (qsizetype j = 0; j < rule.escalationContacts.size(); ++j) {
                const QUuid contact = rule.escalationContacts.at(j);
                if (!contact.isNull() && !m_contactIds.contains(contact))
                    add(fieldPath(path, QStringLiteral("escalation_contacts[%1]").arg(j)),
                        BundleCodec::tr("no partner contact in the bundle has the id %1")
                            .arg(json::uuidText(contact)));
            }
            if (!rule.callBeforeContact.isNull() && !m_contactIds.contains(rule.callBeforeContact))
                add(fieldPath(path, QStringLiteral("call_before_contact")),
                    BundleCodec::tr("no partner contact in the bundle has the id %1")
                        .arg(json::uuidText(rule.callBeforeContact)));
        }
    }

    const Bundle& m_bundle;
    const Paths& m_paths;
    QStringList& m_problems;
    QHash<QUuid, QString> m_firstUse;
    QSet<QUuid> m_siteIds;
    QSet<QUuid> m_profileIds;
    QSet<QUuid> m_contactIds;
    QSet<QString> m_typeKeys;
};

// Orders problems as their places appear in the file: "$.sites[2]" before "$.sites[10]".
bool beforeInFile(const QString& a, const QString& b) {
    const QStringView left = QStringView(a).left(a.indexOf(QStringLiteral(": ")));
    const QStringView right = QStringView(b).left(b.indexOf(QStringLiteral(": ")));
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < left.size() && j < right.size()) {
        if (left.at(i).isDigit() && right.at(j).isDigit()) {
            qsizetype endI = i;
            qsizetype endJ = j;
            while (endI < left.size() && left.at(endI).isDigit())
                ++endI;
            while (endJ < right.size() && right.at(endJ).isDigit())
                ++endJ;
            const qlonglong numberA = left.mid(i, endI - i).toLongLong();
            const qlonglong numberB = right.mid(j, endJ - j).toLongLong();
            if (numberA != numberB)
                return numberA < numberB;
            i = endI;
            j = endJ;
            continue;
        }
        if (left.at(i) != right.at(j))
            return left.at(i) < right.at(j);
        ++i;
        ++j;
    }
    return left.size() - i < right.size() - j;
}

void sortProblems(QStringList& problems) {
    std::stable_sort(problems.begin(), problems.end(), beforeInFile);
}

// ---- decoding -----------------------------------------------------------------------------------

// The offset of the first byte that is not part of well-formed UTF-8, or -1.
qsizetype invalidUtf8At(const QByteArray& bytes) {
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = data[i];
        qsizetype length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (c < 0x80) {
            ++i;
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            low = c == 0xE0 ? 0xA0 : 0x80;  // no overlong forms
            high = c == 0xED ? 0x9F : 0xBF; // no surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            low = c == 0xF0 ? 0x90 : 0x80;
            high = c == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        if (data[i + 1] < low || data[i + 1] > high)
            return i;
        for (qsizetype k = 2; k < length; ++k) {
            if (data[i + k] < 0x80 || data[i + k] > 0xBF)
                return i;
        }
        i += length;
    }
    return -1;
}

class Decoder {
public:
    explicit Decoder(QStringList& problems)
        : m_problems(problems) {}

    Bundle run(const QByteArray& input) {
        QByteArray bytes = input;
        // A byte order mark is not JSON, but editors add one; it carries nothing.
        if (bytes.startsWith("\xEF\xBB\xBF"))
            bytes.remove(0, 3);
        if (const qsizetype at = invalidUtf8At(bytes); at >= 0) {
            add(QStringLiteral("$"),
                BundleCodec::tr("the file is not valid UTF-8 (byte %1 at line %2); save it as "
                                "UTF-8 and import it again")
                    .arg(at)
                    .arg(bytes.left(at).count('\n') + 1));
            return {};
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            const QByteArray before = bytes.left(parseError.offset);
            const qsizetype line = before.count('\n') + 1;
            const qsizetype column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
            add(QStringLiteral("$"), BundleCodec::tr("not valid JSON at line %1, column %2 (offset %3): %4")
                                         .arg(line)
                                         .arg(column)
                                         .arg(parseError.offset)
                                         .arg(parseError.errorString()));
            return {};
        }
        if (!document.isObject()) {
            add(QStringLiteral("$"), BundleCodec::tr("expected a JSON object with \"format\": \"%1\"")
                                         .arg(QLatin1String(BundleCodec::formatName)));
            return {};
        }
        const QJsonObject root = document.object();
        if (!header(root))
            return {};
        unknownKeys(root, {formatKey, versionKey, partnerKey, sitesKey}, QStringLiteral("$"));

        Bundle bundle;
        const QJsonObject partner = objectAt(root, partnerKey, QStringLiteral("$"));
        const QString partnerPath = QStringLiteral("$.partner");
        unknownKeys(partner, {approvalTypesKey, contactsKey, referencesKey}, partnerPath);
        readList(partner, approvalTypesKey, partnerPath, bundle.approvalTypes, m_paths.approvalTypes,
                 nullptr);
        readList(partner, contactsKey, partnerPath, bundle.contacts, m_paths.contacts, nullptr);
        const QUuid partnerWide;
        readList(partner, referencesKey, partnerPath, bundle.references, m_paths.references, &partnerWide);

        const QJsonArray sites = arrayAt(root, sitesKey, QStringLiteral("$"));
        QStringList siteKeys = Site().toJson().keys();
        siteKeys << approversKey << profilesKey << credentialsKey << escalationsKey << rulesKey
                 << referencesKey;
        for (qsizetype i = 0; i < sites.size(); ++i) {
            const QString path = QStringLiteral("$.sites[%1]").arg(i);
            if (!sites.at(i).isObject()) {
                add(path, BundleCodec::tr("expected a site object"));
                continue;
            }
            const QJsonObject object = sites.at(i).toObject();
            unknownKeys(object, siteKeys, path);
            bundle.sites.append(readRecord<Site>(object, path));
            m_paths.sites.append(path);
            const QUuid siteId = bundle.sites.last().id;
            readList(object, approversKey, path, bundle.approvers, m_paths.approvers, &siteId);
            readList(object, profilesKey, path, bundle.profiles, m_paths.profiles, &siteId);
            readList(object, credentialsKey, path, bundle.credentials, m_paths.credentials, &siteId);
            readList(object, escalationsKey, path, bundle.escalations, m_paths.escalations, &siteId);
            readList(object, rulesKey, path, bundle.rules, m_paths.rules, &siteId);
            readList(object, referencesKey, path, bundle.references, m_paths.references, &siteId);
        }

        Checker(bundle, m_paths, m_problems).run();
        return bundle;
    }

private:
    void add(const QString& path, const QString& message) {
        m_problems.append(path + QStringLiteral(": ") + message);
    }

    bool header(const QJsonObject& root) {
        const QJsonValue format = root.value(formatKey);
        if (format.toString() != QLatin1String(BundleCodec::formatName)) {
            add(QStringLiteral("$.format"),
                BundleCodec::tr("this is not a Sitekeeper bundle (expected \"format\": \"%1\")")
                    .arg(QLatin1String(BundleCodec::formatName)));
            return false;
        }
        const QJsonValue version = root.value(versionKey);
        if (!version.isDouble() || version.toDouble() != BundleCodec::formatVersion) {
            const QString found = version.isDouble() ? QString::number(version.toDouble())
                                                     : BundleCodec::tr("a missing or non-numeric version");
            if (version.isDouble() && version.toDouble() > BundleCodec::formatVersion)
                add(QStringLiteral("$.version"),
                    BundleCodec::tr("version %1 is newer than this Sitekeeper reads (%2); update Sitekeeper")
                        .arg(found)
                        .arg(BundleCodec::formatVersion));
            else
                add(QStringLiteral("$.version"), BundleCodec::tr("version %1 is not supported; expected %2")
                                                     .arg(found)
                                                     .arg(BundleCodec::formatVersion));
            return false;
        }
        return true;
    }

    void unknownKeys(const QJsonObject& object, const QStringList& known, const QString& path) {
        for (const QString& key : object.keys()) {
            if (!known.contains(key))
                add(fieldPath(path, key), BundleCodec::tr("unknown key; remove it or check its spelling"));
        }
    }

    QJsonObject objectAt(const QJsonObject& parent, const QString& key, const QString& path) {
        const QJsonValue value = parent.value(key);
        if (value.isUndefined())
            return {};
        if (!value.isObject())
            add(fieldPath(path, key), BundleCodec::tr("expected an object"));
        return value.toObject();
    }

    QJsonArray arrayAt(const QJsonObject& parent, const QString& key, const QString& path) {
        const QJsonValue value = parent.value(key);
        if (value.isUndefined())
            return {};
        if (!value.isArray())
            add(fieldPath(path, key), BundleCodec::tr("expected a list (use [] for none)"));
        return value.toArray();
    }

    template <class T>
    T readRecord(const QJsonObject& object, const QString& path) {
        FieldErrors errors;
        T record = T::fromJson(object, &errors);
        for (const FieldError& error : errors)
            add(fieldPath(path, error.field), error.message);
        return record;
    }

    // Reads `parent[key]`, a list of records. For records listed under a site (or, with a null id,
    // directly under the partner) `owner` is the site id they must carry; a missing site_id takes it.
    template <class T>
    void readList(const QJsonObject& parent, const QString& key, const QString& parentPath, QList<T>& records,
                  QStringList& paths, const QUuid* owner) {
        const QString listPath = fieldPath(parentPath, key);
        const QJsonArray array = arrayAt(parent, key, parentPath);
        const QStringList known = T().toJson().keys();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString path = listPath + QStringLiteral("[%1]").arg(i);
            if (!array.at(i).isObject()) {
                add(path, BundleCodec::tr("expected an object"));
                continue;
            }
            const QJsonObject object = array.at(i).toObject();
            unknownKeys(object, known, path);
            T record = readRecord<T>(object, path);
            if constexpr (requires { record.siteId; }) {
                const QJsonValue siteId = object.value(QStringLiteral("site_id"));
                // A site_id of the wrong type is already reported by fromJson().
                const bool wellTyped =
                    siteId.isNull() || (siteId.isString() && JsonReader::parseUuid(siteId.toString()));
                if (owner && siteId.isUndefined())
                    record.siteId = *owner;
                else if (owner && wellTyped && record.siteId != *owner)
                    mismatch(path, *owner);
            }
            records.append(record);
            paths.append(path);
        }
    }

    void mismatch(const QString& path, const QUuid& owner) {
        add(fieldPath(path, QStringLiteral("site_id")),
            owner.isNull()
                ? BundleCodec::tr("records listed under partner are partner-wide and have site_id "
                                  "null; move it under its site or set site_id to null")
                : BundleCodec::tr("the record is listed under site %1 but names another site; move it "
                                  "or set site_id to %1")
                      .arg(json::uuidText(owner)));
    }

    QStringList& m_problems;
    Paths m_paths;
};

} // namespace

QByteArray BundleCodec::encode(const Bundle& bundle) {
    const Layout layout(bundle);
    QJsonArray sites;
    for (qsizetype slot = 0; slot < layout.sites.size(); ++slot) {
        const SiteChildren& children = layout.children.at(slot);
        QJsonObject site = bundle.sites.at(layout.sites.at(slot)).toJson();
        site.insert(approversKey, toArray(bundle.approvers, children.approvers));
        site.insert(profilesKey, toArray(bundle.profiles, children.profiles));
        site.insert(credentialsKey, toArray(bundle.credentials, children.credentials));
        site.insert(escalationsKey, toArray(bundle.escalations, children.escalations));
        site.insert(rulesKey, toArray(bundle.rules, children.rules));
        site.insert(referencesKey, toArray(bundle.references, children.references));
        sites.append(site);
    }
    const QJsonObject partner{
        {approvalTypesKey, toArray(bundle.approvalTypes, layout.approvalTypes)},
        {contactsKey, toArray(bundle.contacts, layout.contacts)},
        {referencesKey, toArray(bundle.references, layout.partnerReferences)},
    };
    const QJsonObject root{
        {formatKey, QString::fromLatin1(formatName)},
        {versionKey, formatVersion},
        {partnerKey, partner},
        {sitesKey, sites},
    };
    QByteArray out;
    writeValue(out, root, 0);
    out.append('\n');
    return out;
}

Bundle BundleCodec::decodeWithErrors(const QByteArray& bytes, QStringList* problems) {
    QStringList found;
    Bundle bundle = Decoder(found).run(bytes);
    sortProblems(found);
    if (problems)
        *problems = found;
    // All or nothing: a bundle with problems yields no records.
    return found.isEmpty() ? bundle : Bundle();
}

Result<Bundle> BundleCodec::decode(const QByteArray& bytes) {
    QStringList found;
    Bundle bundle = decodeWithErrors(bytes, &found);
    if (!found.isEmpty())
        return Error{found.join(QLatin1Char('\n')), QString()};
    return bundle;
}

QStringList BundleCodec::problems(const Bundle& bundle) {
    const Layout layout(bundle);
    QStringList found;
    Checker(bundle, layout.paths, found).run();
    sortProblems(found);
    return found;
}

} // namespace sitekeeper
