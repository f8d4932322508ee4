// SPDX-License-Identifier: GPL-3.0-or-later
#include "BundleFile.h"
#include "Store.h"
#include "Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sitekeeper;
using namespace Qt::StringLiterals;

// Bundle files on disk, as File > Import/Export Bundle and `sitekeeper-cli import/export bundle` use them.
class tst_BundleFile : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<Workspace> open(const QString& name) {
        auto opened = Workspace::open(m_dir.filePath(name), Workspace::OpenMode::CreateIfMissing);
        return opened ? std::move(opened).value() : nullptr;
    }

    static QByteArray bytesOf(const QString& path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static void fill(Workspace& workspace) {
        Site site;
        site.id = QUuid::createUuid();
        site.name = u"Contoso HQ"_s;
        QVERIFY(workspace.store().sites().create(site).ok());
        for (int i = 0; i < 3; ++i) {
            ClientProfile p;
            p.id = QUuid::createUuid();
            p.siteId = site.id;
            p.fullName = u"Person %1"_s.arg(i);
            QVERIFY(workspace.store().profiles().create(p).ok());
        }
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void roundTrip() {
        auto source = open(u"source"_s);
        QVERIFY(source);
        fill(*source);
        const QString path = m_dir.filePath(u"bundle.json"_s);
        const auto exported = BundleFile::exportTo(*source, path);
        QVERIFY2(exported.ok(), qPrintable(exported.ok() ? QString() : exported.error().toString()));
        QCOMPARE(exported->sites.size(), 1);

        auto target = open(u"target"_s);
        QVERIFY(target);
        QStringList problems;
        const auto imported = BundleFile::import(*target, path, &problems);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
        QVERIFY(problems.isEmpty());
        QCOMPARE(imported->created, 4);
        QCOMPARE(target->counts().value().clientProfiles, 3);

        // The same data gives the same bytes.
        const QString again = m_dir.filePath(u"again.json"_s);
        QVERIFY(BundleFile::exportTo(*target, again).ok());
        QCOMPARE(bytesOf(again), bytesOf(path));
    }

    void aBadFileNamesEachPlaceAndImportsNothing() {
        auto source = open(u"bad-source"_s);
        QVERIFY(source);
        fill(*source);
        const QString good = m_dir.filePath(u"good.json"_s);
        QVERIFY(BundleFile::exportTo(*source, good).ok());
        QJsonObject root = QJsonDocument::fromJson(bytesOf(good)).object();
        QJsonArray sites = root.value(u"sites"_s).toArray();
        QJsonObject site = sites.at(0).toObject();
        site.insert(u"coverage"_s, u"sometimes"_s);
        QJsonArray profiles = site.value(u"client_profiles"_s).toArray();
        QJsonObject profile = profiles.at(1).toObject();
        profile.insert(u"status"_s, u"asleep"_s);
        profiles.replace(1, profile);
        site.insert(u"client_profiles"_s, profiles);
        sites.replace(0, site);
        root.insert(u"sites"_s, sites);
        const QString bad = m_dir.filePath(u"bad.json"_s);
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(root).toJson());
        file.close();

        const auto read = BundleFile::read(bad);
        QVERIFY(read.ok());
        const QString all = read->problems.join(u'\n');
        QVERIFY2(all.contains(u"$.sites[0].coverage"_s), qPrintable(all));
        QVERIFY2(all.contains(u"$.sites[0].client_profiles[1].status"_s), qPrintable(all));

        auto target = open(u"bad-target"_s);
        QVERIFY(target);
        QStringList problems;
        const auto imported = BundleFile::import(*target, bad, &problems);
        QVERIFY(!imported.ok());
        QCOMPARE(imported.error().where, bad);
        QCOMPARE(problems, read->problems);
        QCOMPARE(target->counts().value().sites, 0);
        QCOMPARE(target->counts().value().clientProfiles, 0);
    }

    void anUnreadableFileIsNamed() {
        const QString missing = m_dir.filePath(u"missing.json"_s);
        const auto read = BundleFile::read(missing);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().where, missing);

        const auto written = BundleFile::write(Bundle{}, m_dir.filePath(u"no/such/folder/out.json"_s));
        QVERIFY(!written.ok());
        QVERIFY(written.error().where.endsWith(u"out.json"_s));
    }
};

QTEST_GUILESS_MAIN(tst_BundleFile)
#include "tst_BundleFile.moc"
