// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRecordSupport.h"
#include "FindingFix.h"
#include "ReviewQueue.h"
#include "Store.h"
#include "Workspace.h"
#include "rules/CredentialRotation.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace sitekeeper;
using namespace sitekeeper::test;

// The console and the command line give the same result on the same workspace: mark reviewed, retire
// and rotation due. One copy is changed through the workspace use cases the console calls (the review
// queue, the one-click fix, the Credentials panel's rotation test), the other through sitekeeper-cli;
// then the two are compared record by record, as bundles.
class tst_CliConsoleParity : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_console;
    QString m_cli;
    const QString m_site = u"Harbor Office"_s;
    const QDate m_today{2026, 11, 2};
    QHash<QString, QString> m_ids; // name -> id

    QString added(const QString& name, const QStringList& args) {
        QByteArray out;
        if (!cliOk(m_console, args, {}, &out))
            return {};
        m_ids.insert(name, QString::fromUtf8(out.trimmed()));
        return m_ids.value(name);
    }

    static bool copyFolder(const QString& from, const QString& to) {
        if (!QDir().mkpath(to))
            return false;
        for (const QString& name : QDir(from).entryList(QDir::Files | QDir::Hidden)) {
            if (!QFile::copy(QDir(from).filePath(name), QDir(to).filePath(name)))
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_console = m_dir.filePath(u"console"_s);
        m_cli = m_dir.filePath(u"cli"_s);
        QVERIFY(buildCoveredSite(m_console, m_today.addDays(-20)));
        const QStringList ref{u"reference"_s, u"add"_s, u"--site"_s, m_site, u"--topic"_s, u"other"_s};
        QVERIFY(!added(u"queued"_s,
                       ref + QStringList{u"--title"_s, u"Queued"_s, u"--last-reviewed"_s, u"2024-05-01"_s})
                     .isEmpty());
        QVERIFY(!added(u"fixed"_s, ref + QStringList{u"--title"_s, u"Fixed"_s, u"--last-reviewed"_s,
                                                     u"2024-06-01"_s, u"--review-interval-days"_s, u"20"_s})
                     .isEmpty());
        QVERIFY(!added(u"never"_s, ref + QStringList{u"--title"_s, u"Never reviewed"_s}).isEmpty());
        QVERIFY(!added(u"retired"_s, ref + QStringList{u"--title"_s, u"To retire"_s}).isEmpty());
        const QStringList approver{u"approver"_s, u"add"_s,      u"--site"_s,
                                   m_site,        u"--person"_s, u"Fay Lead"_s};
        QVERIFY(!added(u"approver"_s, approver + QStringList{u"--approval-type"_s, u"mailbox_access"_s,
                                                             u"--last-reviewed"_s, u"2025-01-01"_s})
                     .isEmpty());
        QVERIFY(
            !added(u"approver-gone"_s, approver + QStringList{u"--approval-type"_s, u"software_install"_s})
                 .isEmpty());
        const QStringList credential{u"credential"_s, u"add"_s,         u"--site"_s,     m_site,
                                     u"--kind"_s,     u"local_admin"_s, u"--username"_s, u"admin"_s,
                                     u"--has-mfa"_s,  u"yes"_s};
        const QString old = m_today.addDays(-200).toString(Qt::ISODate);
        const QString fresh = m_today.addDays(-10).toString(Qt::ISODate);
        const QString edge = m_today.addDays(-90).toString(Qt::ISODate);
        QVERIFY(!added(u"never rotated"_s, credential + QStringList{u"--label"_s, u"Never rotated"_s,
                                                                    u"--rotation-interval-days"_s, u"90"_s})
                     .isEmpty());
        QVERIFY(
            !added(u"old"_s, credential + QStringList{u"--label"_s, u"Old"_s, u"--rotation-interval-days"_s,
                                                      u"90"_s, u"--last-rotated"_s, old})
                 .isEmpty());
        QVERIFY(!added(u"fresh"_s,
                       credential + QStringList{u"--label"_s, u"Fresh"_s, u"--rotation-interval-days"_s,
                                                u"90"_s, u"--last-rotated"_s, fresh})
                     .isEmpty());
        QVERIFY(
            !added(u"edge"_s, credential + QStringList{u"--label"_s, u"Edge"_s, u"--rotation-interval-days"_s,
                                                       u"90"_s, u"--last-rotated"_s, edge})
                 .isEmpty());
        QVERIFY(!added(u"no interval"_s,
                       credential + QStringList{u"--label"_s, u"No interval"_s, u"--last-rotated"_s, old})
                     .isEmpty());
        QVERIFY(copyFolder(m_console, m_cli));
        QCOMPARE(bundleOf(m_cli), bundleOf(m_console));
    }

    void markReviewedAndRetireAgree() {
        {
            auto opened = Workspace::open(m_console, Workspace::OpenMode::MustExist);
            QVERIFY2(opened.ok(), opened ? "" : qPrintable(opened.error().toString()));
            Workspace& workspace = *opened.value();

            // The review queue (the console's Review Queue panel): attest two, retire two.
            ReviewQueue queue(workspace);
            queue.setToday(m_today);
            const auto items = queue.items(30);
            QVERIFY(items.ok());
            QList<ReviewQueue::Item> attest;
            QList<ReviewQueue::Item> retire;
            for (const ReviewQueue::Item& item : items.value()) {
                const QString id = item.id.toString(QUuid::WithoutBraces);
                if (id == m_ids.value(u"queued"_s) || id == m_ids.value(u"never"_s) ||
                    id == m_ids.value(u"approver"_s))
                    attest << item;
                if (id == m_ids.value(u"retired"_s) || id == m_ids.value(u"approver-gone"_s))
                    retire << item;
            }
            QCOMPARE(attest.size(), 3);
            QCOMPARE(retire.size(), 2);
            QVERIFY(queue.attest(attest).ok());
            QVERIFY(queue.retire(retire).ok());

            // The Findings panel's one-click fix of an overdue reference.
            Finding finding;
            finding.rule = u"SK302"_s;
            finding.entity = EntityKind::Reference;
            finding.entityId = QUuid::fromString(m_ids.value(u"fixed"_s));
            finding.action = FixAction::MarkReviewed;
            QVERIFY(FindingFix::apply(workspace, finding, m_today).ok());
        }

        const QString asOf = m_today.toString(Qt::ISODate);
        for (const QString& name : {u"queued"_s, u"never"_s})
            QVERIFY(cliOk(m_cli,
                          {u"review"_s, u"attest"_s, u"reference"_s, m_ids.value(name), u"--as-of"_s, asOf}));
        QVERIFY(cliOk(m_cli, {u"review"_s, u"attest"_s, u"approver"_s, m_ids.value(u"approver"_s),
                              u"--as-of"_s, asOf}));
        QVERIFY(
            cliOk(m_cli, {u"review"_s, u"retire"_s, u"reference"_s, u"To retire"_s, u"--site"_s, m_site}));
        QVERIFY(cliOk(m_cli, {u"review"_s, u"retire"_s, u"approver"_s, m_ids.value(u"approver-gone"_s)}));
        QVERIFY(cliOk(m_cli, {u"fix"_s, u"SK302/"_s + m_ids.value(u"fixed"_s), u"--as-of"_s, asOf}));

        // The same records, field for field.
        const QByteArray console = bundleOf(m_console);
        QCOMPARE(bundleOf(m_cli), console);
        const QJsonObject fixed = showJson(m_cli, {u"reference"_s, u"show"_s, m_ids.value(u"fixed"_s)});
        QCOMPARE(fixed.value(u"last_reviewed"_s).toString(), asOf);
        // Its interval (20 days) is within the 30 days of "due soon": attested, it is due again.
        QCOMPARE(fixed.value(u"status"_s).toString(), u"due"_s);
        QCOMPARE(showJson(m_cli, {u"reference"_s, u"show"_s, m_ids.value(u"never"_s)})
                     .value(u"status"_s)
                     .toString(),
                 u"current"_s);
        QCOMPARE(showJson(m_cli, {u"reference"_s, u"show"_s, m_ids.value(u"retired"_s)})
                     .value(u"status"_s)
                     .toString(),
                 u"retired"_s);
        QCOMPARE(runCli(m_cli, {u"approver"_s, u"show"_s, m_ids.value(u"approver-gone"_s)}).exitCode, 2);
    }

    void rotationDueAgrees() {
        // The console: the Credentials panel asks isRotationOverdue() of each record.
        QSet<QString> console;
        {
            auto opened = Workspace::open(m_console, Workspace::OpenMode::MustExist);
            QVERIFY(opened.ok());
            for (const QString& name :
                 {u"never rotated"_s, u"old"_s, u"fresh"_s, u"edge"_s, u"no interval"_s}) {
                const auto c =
                    opened.value()->store().credentials().get(QUuid::fromString(m_ids.value(name)));
                QVERIFY(c.ok());
                if (isRotationOverdue(c.value(), m_today))
                    console.insert(m_ids.value(name));
            }
        }
        // The command line: SK604 in `check`.
        const CliRun check = runCli(m_cli, {u"check"_s, u"--site"_s, m_site, u"--format"_s, u"json"_s,
                                            u"--as-of"_s, m_today.toString(Qt::ISODate)});
        QSet<QString> cli;
        for (const QJsonValue& f :
             QJsonDocument::fromJson(check.out).object().value(u"findings"_s).toArray()) {
            if (f[u"rule"_s].toString() == u"SK604"_s)
                cli.insert(f[u"id"_s].toString());
        }
        QCOMPARE(cli, console);
        // Never rotated counts as overdue; 90 days ago on a 90-day interval is just in time.
        QCOMPARE(console, (QSet<QString>{m_ids.value(u"never rotated"_s), m_ids.value(u"old"_s)}));
    }
};

QTEST_GUILESS_MAIN(tst_CliConsoleParity)
#include "tst_CliConsoleParity.moc"
