// SPDX-License-Identifier: GPL-3.0-or-later
#include "StorageTestSupport.h"

#include <QRegularExpression>
#include <QTest>

using namespace sitekeeper;
using namespace sitekeeper::test;
using namespace Qt::StringLiterals;

class tst_Search : public QObject {
    Q_OBJECT

private:
    TempStore m_store;
    Site m_site;
    ClientProfile m_ann;
    Reference m_vpn;

    QStringList titles(const QString& text) {
        QStringList result;
        for (const SearchHit& hit : m_store->search().find(text))
            result.append(hit.title);
        result.sort();
        return result;
    }

private Q_SLOTS:
    void init() {
        m_store.open();

        m_site = sample<Site>(0, {});
        m_site.name = u"Contoso Berlin"_s;
        m_site.emailDomains = {u"contoso.example"_s};
        m_ann = sample<ClientProfile>(0, m_site.id);
        m_ann.fullName = u"Ann Müller"_s;
        m_ann.email = u"ann.mueller@contoso.example"_s;
        m_ann.mobilePhone = u"+4915123456789"_s;
        m_ann.title = u"Office manager"_s;
        ClientProfile bob = sample<ClientProfile>(1, m_site.id);
        bob.fullName = u"Bob Stone"_s;
        bob.email = u"bob@elsewhere.example"_s;
        m_vpn = sample<Reference>(0, m_site.id);
        m_vpn.title = u"VPN setup"_s;
        m_vpn.body = u"Install the client, then import the profile from the share."_s;
        Reference partnerWide = sample<Reference>(1, {});
        partnerWide.title = u"Printing"_s;
        partnerWide.body = u"Ask for the printer's asset tag."_s;
        SK_VERIFY_OK(m_store->sites().create(m_site));
        SK_VERIFY_OK(m_store->profiles().create(m_ann));
        SK_VERIFY_OK(m_store->profiles().create(bob));
        SK_VERIFY_OK(m_store->references().create(m_vpn));
        SK_VERIFY_OK(m_store->references().create(partnerWide));
    }

    void cleanup() { m_store.close(); }

    void finds_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("name prefix") << u"mül"_s << QStringList{u"Ann Müller"_s};
        QTest::addRow("without diacritics") << u"muller"_s << QStringList{u"Ann Müller"_s};
        QTest::addRow("case") << u"ANN"_s << QStringList{u"Ann Müller"_s};
        QTest::addRow("email") << u"ann.mueller"_s << QStringList{u"Ann Müller"_s};
        QTest::addRow("phone digits") << u"4915123"_s << QStringList{u"Ann Müller"_s};
        QTest::addRow("title") << u"office manager"_s << QStringList{u"Ann Müller"_s};
        QTest::addRow("reference body") << u"share"_s << QStringList{u"VPN setup"_s};
        QTest::addRow("reference title") << u"printing"_s << QStringList{u"Printing"_s};
        QTest::addRow("site by domain") << u"contoso"_s << QStringList{u"Ann Müller"_s, u"Contoso Berlin"_s};
        QTest::addRow("all words must match") << u"contoso berlin"_s << QStringList{u"Contoso Berlin"_s};
        QTest::addRow("nothing") << u"zebra"_s << QStringList{};
        QTest::addRow("no words") << u"*\"()"_s << QStringList{};
        QTest::addRow("NEAR") << u"NEAR(ann bob)"_s << QStringList{};
        QTest::addRow("OR is a word") << u"ann OR bob"_s << QStringList{};
        QTest::addRow("column filter") << u"title:vpn"_s << QStringList{};
        QTest::addRow("unbalanced quote") << u"\"vpn"_s << QStringList{u"VPN setup"_s};
        QTest::addRow("sql") << u"' OR 1=1 --"_s << QStringList{};
    }

    void finds() {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        QCOMPARE(titles(text), expected);
    }

    void hitDescribesTheRecord() {
        const QList<SearchHit> hits = m_store->search().find(u"share"_s);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0).entity, u"reference"_s);
        QCOMPARE(hits.at(0).id, m_vpn.id);
        QCOMPARE(hits.at(0).siteId, m_site.id);
        QVERIFY2(hits.at(0).snippet.contains(Search::highlightStart + u"share"_s + Search::highlightEnd),
                 qPrintable(hits.at(0).snippet));
        const QList<SearchHit> sites = m_store->search().find(u"berlin"_s);
        QCOMPARE(sites.size(), 1);
        QCOMPARE(sites.at(0).siteId, m_site.id);
        QCOMPARE(m_store->search().find(u"contoso"_s, 1).size(), 1);
    }

    void followsEditsAndTombstones() {
        ClientProfile renamed = m_ann;
        renamed.fullName = u"Anna Schmidt"_s;
        SK_VERIFY_OK(m_store->profiles().update(renamed));
        QCOMPARE(titles(u"müller"_s), QStringList{});
        QCOMPARE(titles(u"schmidt"_s), QStringList{u"Anna Schmidt"_s});

        SK_VERIFY_OK(m_store->references().remove(m_vpn.id));
        QCOMPARE(titles(u"share"_s), QStringList{});
        SK_VERIFY_OK(m_store->references().upsert(m_vpn));
        QCOMPARE(titles(u"share"_s), QStringList{u"VPN setup"_s});

        // Disabled profiles are still found; deleted ones are not.
        SK_VERIFY_OK(m_store->profiles().disable(m_ann.id));
        QCOMPARE(titles(u"schmidt"_s), QStringList{u"Anna Schmidt"_s});
        SK_VERIFY_OK(m_store->profiles().remove(m_ann.id, ProfileRemoval::Delete));
        QCOMPARE(titles(u"schmidt"_s), QStringList{});
    }
};

QTEST_GUILESS_MAIN(tst_Search)
#include "tst_Search.moc"
