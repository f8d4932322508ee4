// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordHistory.h"
#include "Site.h"
#include "Store.h"
#include "Workspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sitekeeper;

// A record's history for people: "Dana Ortiz, 3 min ago: mobile phone, job title"; without a
// backend it is the workspace's own audit, where a pulled change names the member who made it.
class tst_RecordHistory : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void relativeTime_data() {
        QTest::addColumn<qint64>("secondsAgo");
        QTest::addColumn<QString>("expected");
        QTest::addRow("now") << qint64(5) << QStringLiteral("just now");
        QTest::addRow("one minute") << qint64(61) << QStringLiteral("1 min ago");
        QTest::addRow("three minutes") << qint64(3 * 60 + 59) << QStringLiteral("3 min ago");
        QTest::addRow("two hours") << qint64(2 * 3600 + 10) << QStringLiteral("2 h ago");
    }
    void relativeTime() {
        QFETCH(qint64, secondsAgo);
        QFETCH(QString, expected);
        const QDateTime now(QDate(2026, 12, 1), QTime(15, 0), Qt::UTC);
        QCOMPARE(RecordHistory::relativeTime(now.addSecs(-secondsAgo), now), expected);
    }

    void describesWithLabelsNotKeys() {
        const QDateTime now(QDate(2026, 12, 1), QTime(15, 0), Qt::UTC);
        RecordHistory::Entry entry{now.addSecs(-180),
                                   QStringLiteral("Dana Ortiz"),
                                   QStringLiteral("patch"),
                                   {QStringLiteral("mobile_phone"), QStringLiteral("title")},
                                   4};
        QCOMPARE(RecordHistory::describe(entry, now, {}),
                 QStringLiteral("Dana Ortiz, 3 min ago: mobile phone, title"));
        const auto label = [](const QString& field) {
            return field == QLatin1String("title") ? QStringLiteral("job title")
                                                   : RecordHistory::fieldWords(field);
        };
        QCOMPARE(RecordHistory::describe(entry, now, label),
                 QStringLiteral("Dana Ortiz, 3 min ago: mobile phone, job title"));
        entry.action = QStringLiteral("upsert");
        entry.revision = 1;
        QCOMPARE(RecordHistory::describe(entry, now, label),
                 QStringLiteral("Dana Ortiz, 3 min ago: created"));
        entry.action = QStringLiteral("delete");
        entry.who.clear();
        QCOMPARE(RecordHistory::describe(entry, now, label), QStringLiteral("Someone, 3 min ago: deleted"));
    }

    void withoutABackendTheLocalAuditNamesThePuller() {
        QTemporaryDir dir;
        auto opened = Workspace::open(dir.path(), Workspace::OpenMode::CreateIfMissing);
        QVERIFY(opened);
        Workspace& workspace = *opened.value();
        Site site;
        site.id = QUuid::createUuid();
        site.name = QStringLiteral("Northwind");
        QVERIFY(workspace.store().sites().applyRemote(site.toJson(), 1, false, QStringLiteral("Dana Ortiz")));
        Site renamed = site;
        renamed.champion = QStringLiteral("Marco Bianchi");
        QVERIFY(workspace.store().sites().applyRemote(renamed.toJson(), 2, false, QStringLiteral("Sam Lee")));

        RecordHistory history(workspace, EntityKind::Site, site.id);
        QSignalSpy loaded(&history, &RecordHistory::loaded);
        history.load();
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().at(1).toBool(), false);
        const auto entries = loaded.first().at(0).value<QList<RecordHistory::Entry>>();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).who, QStringLiteral("Sam Lee")); // newest first
        QCOMPARE(entries.at(0).fields, QStringList{QStringLiteral("champion")});
        QCOMPARE(entries.at(1).who, QStringLiteral("Dana Ortiz"));

        // Who set a field last (the review queue's "attested by" reads it the same way).
        const auto last = workspace.store().audit().lastChangeOf(QStringLiteral("site"), site.id,
                                                                 QStringLiteral("champion"));
        QVERIFY(last);
        QCOMPARE(last->actor, QStringLiteral("Sam Lee"));
        QVERIFY(!workspace.store().audit().lastChangeOf(QStringLiteral("site"), site.id,
                                                        QStringLiteral("cham%")));
    }
};

QTEST_GUILESS_MAIN(tst_RecordHistory)
#include "tst_RecordHistory.moc"
