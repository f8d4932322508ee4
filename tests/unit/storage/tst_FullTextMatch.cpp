// SPDX-License-Identifier: GPL-3.0-or-later
#include "FullTextMatch.h"
#include "FullTextQuery.h"
#include "StorageTestSupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace sitekeeper;
using namespace sitekeeper::test;
using namespace Qt::StringLiterals;

// sk_match must find exactly what the full-text index finds: the profile list uses one for the first
// letters of a filter and the other from the third letter on, and a user must not see rows come and go.
class tst_FullTextMatch : public QObject {
    Q_OBJECT

private:
    TempStore m_store;
    Site m_site;
    Site m_other;

    // What the index finds in the site, by name.
    QStringList byIndex(const QString& text) {
        QSqlQuery query(m_store->database().connection());
        query.prepare(u"SELECT full_name FROM client_profiles WHERE deleted = 0 AND site_id = ? AND seq IN "
                      "(SELECT rowid FROM client_profiles_fts WHERE client_profiles_fts MATCH ?)"_s);
        query.addBindValue(m_site.id.toString(QUuid::WithoutBraces));
        query.addBindValue(FullTextQuery::fromUserText(text));
        if (!query.exec())
            qWarning() << query.lastError().text();
        QStringList names;
        while (query.next())
            names.append(query.value(0).toString());
        names.sort();
        return names;
    }

    // What sk_match finds in the site, by name.
    QStringList byRows(const QString& text) {
        QSqlQuery query(m_store->database().connection());
        query.prepare(u"SELECT full_name FROM client_profiles WHERE deleted = 0 AND site_id = ? AND "
                      "sk_match(?, full_name, email, office_phone, mobile_phone, title)"_s);
        query.addBindValue(m_site.id.toString(QUuid::WithoutBraces));
        query.addBindValue(text);
        if (!query.exec())
            qWarning() << query.lastError().text();
        QStringList names;
        while (query.next())
            names.append(query.value(0).toString());
        names.sort();
        return names;
    }

    // What the repository's list gives for a filter within the site.
    QStringList listed(const QString& text) {
        ListQuery query;
        query.siteId = m_site.id;
        query.search = text;
        query.limit = -1;
        QStringList names;
        for (const ClientProfile& p : m_store->profiles().list(query).value())
            names.append(p.fullName);
        names.sort();
        return names;
    }

private Q_SLOTS:
    void initTestCase() {
        m_store.open();
        m_site = sample<Site>(0, {});
        m_other = sample<Site>(1, {});
        SK_VERIFY_OK(m_store->sites().create(m_site));
        SK_VERIFY_OK(m_store->sites().create(m_other));
        const QList<std::array<QString, 4>> people{
            {u"Amelia Smith"_s, u"amelia.smith@contoso.example"_s, u"+447400123456"_s, u"Office manager"_s},
            {u"Ámélie Durand"_s, u"adurand@contoso.example"_s, QString(), u"Comptable"_s},
            {u"Ann Müller"_s, u"ann.mueller@contoso.example"_s, u"+4915123456789"_s, u"Buchhaltung"_s},
            {u"Cameron Diaz"_s, u"cam@contoso.example"_s, QString(), u"Sales"_s},
            {u"Bob Stone"_s, u"bob@elsewhere.example"_s, u"+14155550123"_s, u"Administrator"_s},
            {u"Øystein Ås"_s, u"oystein@contoso.example"_s, QString(), u"IT"_s},
            {u"Zoë O'Neil"_s, u"zoe.oneil@contoso.example"_s, QString(), u"A/V technician"_s},
            {u"李 小龍"_s, u"li@contoso.example"_s, QString(), u"Engineer"_s},
        };
        int i = 0;
        for (const auto& [name, email, mobile, title] : people) {
            ClientProfile p = sample<ClientProfile>(i++ % 3, m_site.id);
            p.fullName = name;
            p.email = email;
            p.mobilePhone = mobile;
            p.officePhone.clear();
            p.title = title;
            SK_VERIFY_OK(m_store->profiles().create(p));
        }
        // Someone in another site who would match everything: never listed for this site.
        ClientProfile elsewhere = sample<ClientProfile>(0, m_other.id);
        elsewhere.fullName = u"Amelia Abbott"_s;
        SK_VERIFY_OK(m_store->profiles().create(elsewhere));
    }

    void cleanupTestCase() { m_store.close(); }

    void sameAsIndex_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("one letter") << u"a"_s
                                    << QStringList{u"Amelia Smith"_s, u"Ann Müller"_s, u"Ámélie Durand"_s,
                                                   u"Bob Stone"_s,    u"Zoë O'Neil"_s, u"Øystein Ås"_s};
        QTest::addRow("two letters, capital")
            << u"Am"_s << QStringList{u"Amelia Smith"_s, u"Ámélie Durand"_s};
        QTest::addRow("diacritics typed") << u"ám"_s << QStringList{u"Amelia Smith"_s, u"Ámélie Durand"_s};
        QTest::addRow("inside a word is no match") << u"me"_s << QStringList{};
        QTest::addRow("email token") << u"ca"_s << QStringList{u"Cameron Diaz"_s};
        QTest::addRow("a number") << u"44"_s << QStringList{u"Amelia Smith"_s};
        QTest::addRow("two words") << u"a s"_s << QStringList{u"Amelia Smith"_s, u"Bob Stone"_s};
        QTest::addRow("a phrase across punctuation") << u"o'n"_s << QStringList{u"Zoë O'Neil"_s};
        QTest::addRow("a longer word") << u"mül"_s << QStringList{u"Ann Müller"_s};
        QTest::addRow("CJK") << u"李"_s << QStringList{u"李 小龍"_s};
        QTest::addRow("nothing to match") << u"zz"_s << QStringList{};
    }

    void sameAsIndex() {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        expected.sort();
        QCOMPARE(byIndex(text), expected);
        QCOMPARE(byRows(text), expected);
        QCOMPARE(listed(text), expected);
    }

    void tokens() {
        QCOMPARE(FullTextMatch::tokens(u"Ámélie O'Neil-Smith, +44 7400"_s),
                 (QStringList{u"amelie"_s, u"o"_s, u"neil"_s, u"smith"_s, u"44"_s, u"7400"_s}));
        QCOMPARE(FullTextMatch::shortestWord(u"amelia s"_s), 1);
        QCOMPARE(FullTextMatch::shortestWord(u"  "_s), 0);
    }

    void matchesNothingForAnEmptyQuery() {
        QVERIFY(!FullTextMatch::matches(u"--"_s, {u"Amelia"_s}));
        QVERIFY(FullTextMatch::matches(u"ame"_s, {u"x"_s, u"Amelia"_s}));
    }
};

QTEST_GUILESS_MAIN(tst_FullTextMatch)
#include "tst_FullTextMatch.moc"
