// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileExport.h"
#include "ProfileImport.h"
#include "Store.h"
#include "Workspace.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sitekeeper;
using namespace Qt::StringLiterals;

class tst_ProfileExport : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    QUuid m_site;

    void addProfile(const QString& name, const QString& email, const QString& office, const QString& mobile,
                    const QString& title, bool vip, ProfileStatus status) {
        ClientProfile p;
        p.id = QUuid::createUuid();
        p.siteId = m_site;
        p.fullName = name;
        p.email = email;
        p.officePhone = office;
        p.mobilePhone = mobile;
        p.title = title;
        p.vip = vip;
        p.status = status;
        const auto created = m_workspace->store().profiles().create(p);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().toString()));
    }

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto opened = Workspace::open(m_dir->filePath(u"ws"_s), Workspace::OpenMode::CreateIfMissing);
        QVERIFY(opened.ok());
        m_workspace = std::move(opened).value();
        Site site;
        site.id = QUuid::createUuid();
        site.name = u"Contoso HQ"_s;
        QVERIFY(m_workspace->store().sites().create(site).ok());
        m_site = site.id;
    }

    void cleanup() {
        m_workspace.reset();
        m_dir.reset();
    }

    void neutralisesFormulas() {
        addProfile(u"=HYPERLINK(\"http://evil\",\"x\")"_s, u"ada@contoso.com"_s, {}, u"+12015550123"_s,
                   u"@SUM(1)"_s, true, ProfileStatus::Active);
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        const auto written = ProfileExport(*m_workspace).write(m_site, buffer);
        QVERIFY(written.ok());
        QCOMPARE(*written, 1);
        QCOMPARE(buffer.data(),
                 "full_name,email,office_phone,office_extension,mobile_phone,title,vip,status\r\n"
                 "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",ada@contoso.com,,,'+12015550123,"
                 "'@SUM(1),true,active\r\n"_ba);
    }

    void roundTripIsUnchanged() {
        // More than a page, names with commas, quotes, umlauts and formulas, both statuses.
        for (int i = 0; i < 25; ++i)
            addProfile(u"Müller, \"Jo\" %1"_s.arg(i), u"jo%1@contoso.com"_s.arg(i),
                       i % 2 ? u"+14155550123"_s : QString(), QString(), u"-Head %1"_s.arg(i), i % 3 == 0,
                       i % 4 ? ProfileStatus::Active : ProfileStatus::Disabled);
        addProfile(u"+Plus"_s, QString(), QString(), u"+12015550123"_s, QString(), false,
                   ProfileStatus::Active);

        const QString path = m_dir->filePath(u"profiles.csv"_s);
        ProfileExport exporter(*m_workspace);
        exporter.pageSize = 7;
        qint64 lastDone = 0;
        const auto written = exporter.writeFile(m_site, path, [&lastDone](qint64 done, qint64 total) {
            lastDone = done;
            return total == 26;
        });
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().toString()));
        QCOMPARE(*written, 26);
        QCOMPARE(lastDone, 26);

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto previewed = ProfileImport(*m_workspace).preview(file.readAll(), m_site);
        QVERIFY2(previewed.ok(), qPrintable(previewed.ok() ? QString() : previewed.error().toString()));
        QCOMPARE(previewed->preset, ProfileImport::Preset::Generic);
        QCOMPARE(previewed->rows.size(), 26);
        for (const ProfileImport::Row& row : previewed->rows)
            QVERIFY2(row.outcome == ProfileImport::Outcome::Unchanged,
                     qPrintable(u"row %1: %2 %3"_s.arg(row.row).arg(ProfileImport::outcomeName(row.outcome),
                                                                    row.problem())));
    }

    void failedExportLeavesTheFileAlone() {
        const QString path = m_dir->filePath(u"profiles.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("before");
        file.close();
        addProfile(u"Ada"_s, {}, {}, {}, {}, false, ProfileStatus::Active);
        const auto cancelled =
            ProfileExport(*m_workspace).writeFile(m_site, path, [](qint64, qint64) { return false; });
        QVERIFY(!cancelled.ok());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), "before"_ba);
        QVERIFY(!ProfileExport(*m_workspace).writeFile(QUuid::createUuid(), path).ok());
    }
};

QTEST_GUILESS_MAIN(tst_ProfileExport)
#include "tst_ProfileExport.moc"
