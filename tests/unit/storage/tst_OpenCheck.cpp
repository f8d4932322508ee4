// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include <QFile>
#include <QLockFile>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace sitekeeper;

// When opening checks every page: always for a small workspace, and for a large one only after an
// unclean shutdown (its lock file left behind), because reading every page of a big file is slow.
class tst_OpenCheck : public QObject {
    Q_OBJECT

private:
    // A workspace just over the threshold, closed cleanly, with one page in the middle overwritten.
    static QString damagedLargeWorkspace(const QTemporaryDir& dir) {
        const QString path = dir.filePath(QStringLiteral("workspace.sqlite"));
        {
            auto db = Database::open(path);
            if (!db)
                return {};
            // Padding in the meta table makes the file large without thousands of records.
            const QString padding(1024 * 1024, QLatin1Char('x'));
            const qint64 megabytes = Database::quickCheckAlwaysBelow / (1024 * 1024) + 4;
            for (qint64 i = 0; i < megabytes; ++i) {
                if (!db.value()->setMeta(QStringLiteral("padding-%1").arg(i), padding))
                    return {};
            }
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadWrite) || file.size() <= Database::quickCheckAlwaysBelow)
            return {};
        // Garbage over one page half-way through: a b-tree or overflow page now makes no sense.
        file.seek((file.size() / 2 / 4096) * 4096);
        file.write(QByteArray(4096, '\x5a'));
        return path;
    }

private Q_SLOTS:
    void largeWorkspaceClosedCleanlyOpensWithoutAFullCheck() {
        QTemporaryDir dir;
        const QString path = damagedLargeWorkspace(dir);
        QVERIFY(!path.isEmpty());
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QVERIFY(!db.value()->report().movedAside);
    }

    void largeWorkspaceAfterACrashIsCheckedAndMovedAside() {
        QTemporaryDir dir;
        const QString path = damagedLargeWorkspace(dir);
        QVERIFY(!path.isEmpty());
        // A lock file whose holder is gone: what a killed process leaves.
        QFile lock(dir.filePath(QStringLiteral("workspace.lock")));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write("999999\nsitekeeper\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        lock.close();
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QVERIFY(db.value()->report().movedAside);
        QVERIFY(QFile::exists(db.value()->report().movedTo));
    }
};

QTEST_GUILESS_MAIN(tst_OpenCheck)
#include "tst_OpenCheck.moc"
