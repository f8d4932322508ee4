// SPDX-License-Identifier: GPL-3.0-or-later
#include "BundleCodec.h"
#include "CliRunner.h"
#include "DemoGenerator.h"
#include "EntityTable.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>

using namespace sitekeeper;

// Kills a writer with SIGKILL in the middle of a 10,000-edit bundle import, again and again, and
// checks after every kill that the database is intact and that the change journal (the outbox)
// agrees with the entity tables: every record has its journal rows, no journal row points at a
// record that is not there, and each import is either wholly in or wholly absent.
class tst_CrashDuringImport : public QObject {
    Q_OBJECT

private:
    static constexpr int kills = 20;
    QTemporaryDir m_dir;
    QString m_workspace;
    QList<Bundle> m_bundles;
    int m_connection = 0;

    static Bundle makeBundle(quint32 seed) {
        DemoGenerator::Options options;
        options.sites = 25;
        options.profilesPerSite = 400;
        options.seed = seed;
        options.asOf = QDate(2026, 11, 1);
        return DemoGenerator(options).generateAll();
    }

    static qsizetype edits(const Bundle& b) {
        return b.sites.size() + b.profiles.size() + b.references.size() + b.approvalTypes.size() +
               b.approvers.size() + b.rules.size() + b.contacts.size() + b.credentials.size() +
               b.escalations.size();
    }

    QString bundlePath(int i) const { return m_dir.filePath(QStringLiteral("bundle-%1.json").arg(i)); }

    // Checks the database the killed process left, through a connection of our own.
    void verifyConsistent(const QList<int>& attempted) {
        const QString name = QStringLiteral("check-%1").arg(++m_connection);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_workspace + QStringLiteral("/workspace.sqlite"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));

            auto scalar = [&](const QString& sql) {
                QSqlQuery s(db);
                if (!s.exec(sql) || !s.next())
                    qFatal("query failed: %s", qPrintable(sql));
                return s.value(0).toLongLong();
            };
            for (const EntityTable& table : EntityTable::all()) {
                const QString t = QStringLiteral("\"%1\"").arg(table.table);
                const QString e = QStringLiteral("'%1'").arg(table.entity);
                const qint64 withoutJournal =
                    scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE id NOT IN "
                                          "(SELECT entity_id FROM journal WHERE entity = %2)")
                               .arg(t, e));
                QVERIFY2(withoutJournal == 0,
                         qPrintable(table.table + QStringLiteral(" rows without journal")));
                const qint64 orphans =
                    scalar(QStringLiteral("SELECT count(*) FROM journal WHERE entity = %2 AND "
                                          "entity_id NOT IN (SELECT id FROM %1)")
                               .arg(t, e));
                QVERIFY2(orphans == 0,
                         qPrintable(table.table + QStringLiteral(" journal rows without a record")));
            }
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit")),
                     scalar(QStringLiteral("SELECT count(*) FROM journal")));

            // All or nothing, per import.
            for (int i : attempted) {
                const Bundle& bundle = m_bundles[i];
                QStringList ids;
                for (const Site& site : bundle.sites)
                    ids << QStringLiteral("'%1'").arg(site.id.toString(QUuid::WithoutBraces));
                const QString in = ids.join(QLatin1Char(','));
                const qint64 sites =
                    scalar(QStringLiteral("SELECT count(*) FROM sites WHERE id IN (%1)").arg(in));
                const qint64 profiles = scalar(
                    QStringLiteral("SELECT count(*) FROM client_profiles WHERE site_id IN (%1)").arg(in));
                QVERIFY2((sites == 0 && profiles == 0) ||
                             (sites == bundle.sites.size() && profiles == bundle.profiles.size()),
                         qPrintable(QStringLiteral("import %1 is partly there: %2 sites, %3 profiles")
                                        .arg(i)
                                        .arg(sites)
                                        .arg(profiles)));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_workspace = m_dir.filePath(QStringLiteral("ws"));
        for (int i = 0; i <= kills; ++i) {
            m_bundles << makeBundle(quint32(1000 + i));
            QVERIFY(edits(m_bundles.last()) >= 10'000);
            QFile file(bundlePath(i));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(BundleCodec::encode(m_bundles.last()));
        }
        QVERIFY_CLI(runCli(m_workspace, {QStringLiteral("init")}), 0);
    }

    void killedImportsLeaveAConsistentStore() {
        // How long a whole import takes here, so kills land inside one.
        QElapsedTimer timer;
        timer.start();
        QVERIFY_CLI(runCli(m_dir.filePath(QStringLiteral("calibrate")),
                           {QStringLiteral("import"), QStringLiteral("bundle"), bundlePath(kills)}),
                    0);
        const qint64 duration = timer.elapsed();
        qInfo("one %lld-edit import takes %lld ms", qlonglong(edits(m_bundles[kills])), qlonglong(duration));

        QRandomGenerator random(20261122);
        QList<int> attempted;
        int killedMidway = 0;
        for (int i = 0; i < kills; ++i) {
            QProcess writer;
            writer.start(cliPath(), {QStringLiteral("--workspace"), m_workspace, QStringLiteral("import"),
                                     QStringLiteral("bundle"), bundlePath(i)});
            QVERIFY(writer.waitForStarted());
            attempted << i;
            const qint64 delay = duration / 10 + qint64(random.bounded(quint32(duration * 6 / 10 + 1)));
            if (!writer.waitForFinished(int(delay))) {
                ::kill(pid_t(writer.processId()), SIGKILL);
                QVERIFY(writer.waitForFinished(30'000));
                ++killedMidway;
            }
            verifyConsistent(attempted);
        }
        qInfo("%d of %d imports were killed before they finished", killedMidway, kills);
        QVERIFY2(killedMidway >= kills / 2, "most kills must land inside an import");

        // After all that, the workspace still takes an import and reads back.
        QVERIFY_CLI(runCli(m_workspace, {QStringLiteral("import"), QStringLiteral("bundle"), bundlePath(0)}),
                    0);
        verifyConsistent(attempted);
        QVERIFY_CLI(runCli(m_workspace,
                           {QStringLiteral("stats"), QStringLiteral("--format"), QStringLiteral("json")}),
                    0);
    }
};

QTEST_GUILESS_MAIN(tst_CrashDuringImport)
#include "tst_CrashDuringImport.moc"
