// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditModel.h"
#include "DemoGenerator.h"
#include "RecordListModel.h"
#include "SiteTreeModel.h"
#include "Store.h"
#include "Workspace.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace sitekeeper;

// Every model of the console under QAbstractItemModelTester, which checks each change as it happens.
class tst_ConsoleModels : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    QList<Site> m_sites;

    static RecordListModel<ClientProfile>* profileModel(Store& store) {
        using Column = RecordListModel<ClientProfile>::Column;
        return new RecordListModel<ClientProfile>(
            store.profiles(),
            {Column{QStringLiteral("Name"), QString(),
                    [](const ClientProfile& p, int role) {
                        return role == Qt::DisplayRole ? QVariant(p.fullName) : QVariant();
                    }},
             Column{QStringLiteral("Email"), QStringLiteral("email"), [](const ClientProfile& p, int role) {
                        return role == Qt::DisplayRole ? QVariant(p.email) : QVariant();
                    }}});
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        DemoGenerator::Options options;
        options.sites = 40;
        options.profilesPerSite = 450;
        options.seed = 5;
        options.asOf = QDate(2026, 11, 1);
        auto opened =
            Workspace::open(m_dir.filePath(QStringLiteral("ws")), Workspace::OpenMode::CreateIfMissing);
        QVERIFY(opened.ok());
        m_workspace = std::move(opened).value();
        QVERIFY(m_workspace->importBundle(DemoGenerator(options).generateAll()).ok());
        m_sites = m_workspace->store().sites().list().value();
    }

    void siteTree() {
        SiteTreeModel model(m_workspace->store());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.siteCount(), 40);
        int children = 0;
        for (const Site& site : std::as_const(m_sites)) {
            const QModelIndex index = model.indexOf(site.id);
            QVERIFY(index.isValid());
            QCOMPARE(index.data(SiteTreeModel::SiteIdRole).toUuid(), site.id);
            QCOMPARE(index.parent().isValid(), !site.parentId.isNull());
            if (!site.parentId.isNull()) {
                QCOMPARE(index.parent().data(SiteTreeModel::SiteIdRole).toUuid(), site.parentId);
                ++children;
            }
        }
        QVERIFY(children > 0);
        model.reload();
        QCOMPARE(model.siteCount(), 40);
    }

    void profileListPagesFiltersAndSorts() {
        std::unique_ptr<RecordListModel<ClientProfile>> model(profileModel(m_workspace->store()));
        QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QUuid site = m_sites.at(3).id;
        model->setSite(site);
        QCOMPARE(model->totalCount(), 450);
        QCOMPARE(model->rowCount(), EntityListModel::pageSize);

        // Keyset paging gives every profile once, in name order.
        while (model->canFetchMore({}))
            model->fetchMore({});
        QCOMPARE(model->rowCount(), 450);
        QSet<QUuid> ids;
        for (int row = 0; row < model->rowCount(); ++row) {
            ids.insert(model->idAt(row));
            if (row > 0)
                QVERIFY(model->recordAt(row - 1)->fullName.compare(model->recordAt(row)->fullName,
                                                                   Qt::CaseInsensitive) <= 0);
        }
        QCOMPARE(ids.size(), 450);

        model->sort(1, Qt::DescendingOrder);
        QCOMPARE(model->rowCount(), EntityListModel::pageSize);
        QVERIFY(model->recordAt(0)->email >= model->recordAt(1)->email);
        while (model->canFetchMore({}))
            model->fetchMore({});
        QCOMPARE(model->rowCount(), 450);

        model->setFilter(model->recordAt(0)->fullName.section(QLatin1Char(' '), 0, 0));
        QVERIFY(model->totalCount() > 0 && model->totalCount() < 450);
        model->setFilter(QStringLiteral("\"unbalanced NEAR( *"));
        QCOMPARE(model->totalCount(), 0);
        model->setFilter(QString());
        model->setSite(m_sites.at(4).id);
        QCOMPARE(model->totalCount(), 450);
        QVERIFY(model->rowOf(model->idAt(7)) == 7);
    }

    void history() {
        AuditModel model(m_workspace->store().audit());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSite(m_sites.at(0).id);
        QVERIFY(model.rowCount() > 0);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QVERIFY(model.rowCount() > 450); // the site and its 450 profiles at least
        QCOMPARE(model.index(0, 3).data().toString(), QStringLiteral("create"));
        model.setSite(QUuid());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(tst_ConsoleModels)
#include "tst_ConsoleModels.moc"
