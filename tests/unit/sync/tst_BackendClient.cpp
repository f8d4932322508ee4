// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackendClient.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sitekeeper;
using namespace Qt::StringLiterals;

class tst_BackendClient : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void urlRules_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("loopback");
        QTest::addColumn<bool>("allowed");
        QTest::addRow("https") << u"https://sync.example.com"_s << false << true;
        QTest::addRow("http 127.0.0.1") << u"http://127.0.0.1:8787"_s << true << true;
        QTest::addRow("http 127.8.9.10") << u"http://127.8.9.10"_s << true << true;
        QTest::addRow("http ::1") << u"http://[::1]:8787"_s << true << true;
        QTest::addRow("http localhost") << u"http://LOCALHOST"_s << true << true;
        QTest::addRow("http LAN") << u"http://192.168.1.20"_s << false << false;
        QTest::addRow("http name") << u"http://sync.example.com"_s << false << false;
        QTest::addRow("http localhost lookalike") << u"http://localhost.example.com"_s << false << false;
        QTest::addRow("no host") << u"https://"_s << false << false;
        QTest::addRow("other scheme") << u"ws://127.0.0.1"_s << true << false;
        QTest::addRow("https with user:password") << u"https://bob:pw@sync.example.com"_s << false << false;
        QTest::addRow("loopback with a user") << u"http://bob@127.0.0.1:8787"_s << true << false;
    }
    void urlRules() {
        QFETCH(QString, url);
        QFETCH(bool, loopback);
        QFETCH(bool, allowed);
        QCOMPARE(BackendClient::isLoopback(QUrl(url)), loopback);
        QCOMPARE(bool(BackendClient::checkUrl(QUrl(url))), allowed);
    }

    void configurationNeedsTokenAndReadableCa() {
        BackendClient client;
        BackendClient::Config config;
        config.baseUrl = QUrl(u"https://sync.example.com"_s);
        QVERIFY(!client.configure(config));
        config.token = "skt_x";
        QVERIFY(client.configure(config));
        QTemporaryDir dir;
        config.caFile = dir.filePath(u"missing.pem"_s);
        QVERIFY(!client.configure(config));
        QVERIFY(!client.isConfigured());
    }
};

QTEST_GUILESS_MAIN(tst_BackendClient)
#include "tst_BackendClient.moc"
