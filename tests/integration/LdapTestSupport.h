// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTest>
#include <QUuid>

#include <ldap.h>
#include <utility>
#include <vector>

// The directory tests meet the real slapd that scripts/test.sh starts (scripts/test-slapd.sh, which
// exports SITEKEEPER_TEST_LDAP_*). Elsewhere they skip, except under CI, where a missing slapd fails.
#define SITEKEEPER_REQUIRE_SLAPD()                                                                           \
    do {                                                                                                     \
        if (qEnvironmentVariableIsEmpty("SITEKEEPER_TEST_LDAP_URL")) {                                       \
            if (qEnvironmentVariable("CI") == QLatin1String("true"))                                         \
                QFAIL("CI=true but no slapd: run the tests through scripts/test.sh (package slapd)");        \
            QSKIP("no slapd for this test (SITEKEEPER_TEST_LDAP_URL is empty); run scripts/test.sh, or "     \
                  "eval \"$(scripts/test-slapd.sh start DIR)\" first");                                      \
        }                                                                                                    \
    } while (false)

namespace sitekeeper::test {

// What scripts/test-slapd.sh exported.
struct Slapd {
    QString url = qEnvironmentVariable("SITEKEEPER_TEST_LDAP_URL");     // ldap://127.0.0.1:PORT
    QString tlsUrl = qEnvironmentVariable("SITEKEEPER_TEST_LDAPS_URL"); // ldaps://127.0.0.1:PORT
    QString baseDn = qEnvironmentVariable("SITEKEEPER_TEST_LDAP_BASE_DN");
    QString adminDn = qEnvironmentVariable("SITEKEEPER_TEST_LDAP_ADMIN_DN");
    QByteArray adminPassword = qgetenv("SITEKEEPER_TEST_LDAP_ADMIN_PASSWORD");
    QString bindDn = qEnvironmentVariable("SITEKEEPER_TEST_LDAP_BIND_DN"); // held to the size limit
    QByteArray bindPassword = qgetenv("SITEKEEPER_TEST_LDAP_BIND_PASSWORD");
    QString caFile = qEnvironmentVariable("SITEKEEPER_TEST_LDAP_CA_FILE");
};

// An attribute and its values, as written.
using Attributes = QList<std::pair<QByteArray, QList<QByteArray>>>;

// Writes the tests' own entries as slapd's admin, through libldap (no ldap-utils needed). Each test
// works in an organizational unit of its own (unit()), so that runs never meet.
class DirectoryWriter {
public:
    DirectoryWriter() {
        const Slapd slapd;
        if (ldap_initialize(&m_ld, slapd.url.toUtf8().constData()) != LDAP_SUCCESS)
            return;
        const int version = LDAP_VERSION3;
        ldap_set_option(m_ld, LDAP_OPT_PROTOCOL_VERSION, &version);
        berval password{};
        QByteArray secret = slapd.adminPassword;
        password.bv_len = ber_len_t(secret.size());
        password.bv_val = secret.data();
        m_rc = ldap_sasl_bind_s(m_ld, slapd.adminDn.toUtf8().constData(), LDAP_SASL_SIMPLE, &password,
                                nullptr, nullptr, nullptr);
    }
    ~DirectoryWriter() {
        if (m_ld)
            ldap_unbind_ext_s(m_ld, nullptr, nullptr);
    }
    DirectoryWriter(const DirectoryWriter&) = delete;
    DirectoryWriter& operator=(const DirectoryWriter&) = delete;

    bool ok() const { return m_ld && m_rc == LDAP_SUCCESS; }
    QString error() const { return QString::fromUtf8(ldap_err2string(m_rc)); }

    // A new organizational unit under the base: "ou=<name>-<random>,<base>".
    QString unit(const QString& name) {
        const QString ou = name + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128).left(8);
        const QString dn = QStringLiteral("ou=%1,%2").arg(ou, Slapd().baseDn);
        return add(dn, {{"objectClass", {"organizationalUnit"}}, {"ou", {ou.toUtf8()}}}) ? dn : QString();
    }

    bool add(const QString& dn, const Attributes& attributes) {
        return write(dn, attributes, LDAP_MOD_ADD, true);
    }
    // Replaces the values of the attributes given.
    bool replace(const QString& dn, const Attributes& attributes) {
        return write(dn, attributes, LDAP_MOD_REPLACE, false);
    }
    bool remove(const QString& dn) {
        m_rc = ldap_delete_ext_s(m_ld, dn.toUtf8().constData(), nullptr, nullptr);
        return m_rc == LDAP_SUCCESS;
    }

    // An AD-like person: an inetOrgPerson that is also a `user` (tests/ldap/active-directory.schema).
    bool addPerson(const QString& unitDn, const QByteArray& uid, const QByteArray& name,
                   const QByteArray& mail, const QList<QByteArray>& phones, const QByteArray& mobile,
                   int accountControl = 512) {
        const QList<QByteArray> words = name.split(' ');
        Attributes attributes{{"objectClass", {"inetOrgPerson", "user"}},
                              {"uid", {uid}},
                              {"cn", {name}},
                              {"displayName", {name}},
                              {"givenName", {words.first()}},
                              {"sn", {words.last()}},
                              {"mail", {mail}},
                              {"userPrincipalName", {mail}},
                              {"title", {"Staff"}},
                              {"userAccountControl", {QByteArray::number(accountControl)}}};
        if (!phones.isEmpty())
            attributes.append(std::pair<QByteArray, QList<QByteArray>>("telephoneNumber", phones));
        if (!mobile.isEmpty())
            attributes.append(std::pair<QByteArray, QList<QByteArray>>("mobile", {mobile}));
        return add(personDn(unitDn, uid), attributes);
    }
    static QString personDn(const QString& unitDn, const QByteArray& uid) {
        return QStringLiteral("uid=%1,%2").arg(QString::fromUtf8(uid), unitDn);
    }

private:
    bool write(const QString& dn, const Attributes& attributes, int op, bool add) {
        std::vector<LDAPMod> mods(size_t(attributes.size()));
        std::vector<std::vector<berval>> values(size_t(attributes.size()));
        std::vector<std::vector<berval*>> pointers(size_t(attributes.size()));
        std::vector<LDAPMod*> list;
        // The bervals point into `attributes`, which outlives the call.
        for (qsizetype i = 0; i < attributes.size(); ++i) {
            const auto& [type, given] = attributes.at(i);
            for (const QByteArray& value : given)
                values[size_t(i)].push_back(
                    berval{ber_len_t(value.size()), const_cast<char*>(value.constData())});
            for (berval& value : values[size_t(i)])
                pointers[size_t(i)].push_back(&value);
            pointers[size_t(i)].push_back(nullptr);
            LDAPMod& mod = mods[size_t(i)];
            mod.mod_op = op | LDAP_MOD_BVALUES;
            mod.mod_type = const_cast<char*>(type.constData());
            mod.mod_vals.modv_bvals = pointers[size_t(i)].data();
            list.push_back(&mod);
        }
        list.push_back(nullptr);
        const QByteArray target = dn.toUtf8();
        m_rc = add ? ldap_add_ext_s(m_ld, target.constData(), list.data(), nullptr, nullptr)
                   : ldap_modify_ext_s(m_ld, target.constData(), list.data(), nullptr, nullptr);
        return m_rc == LDAP_SUCCESS;
    }

    LDAP* m_ld = nullptr;
    int m_rc = LDAP_OTHER;
};

} // namespace sitekeeper::test
