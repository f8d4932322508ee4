// SPDX-License-Identifier: GPL-3.0-or-later
// The partner settings sync like any record, with two workspaces on the real sitekeeper-server:
// settings changed on desk A reach desk B, whose Checker re-checks with them after the pull (a new
// forbidden term makes a finding on B); two desks changing different fields offline both keep both.
#include "Checker.h"
#include "PartnerSettingsEdits.h"
#include "TwoDesks.h"

#include <QJsonArray>
#include <QSignalSpy>

#include <algorithm>
#include <functional>

using namespace sitekeeper;
using namespace sitekeeper::test;

namespace {

const QString settingsKey =
    QStringLiteral("partner_settings/") + PartnerSettings::recordId().toString(QUuid::WithoutBraces);

// Changes the desk's settings through the one edit path, as the Preferences dialog does.
bool change(WorkspaceDesk& desk, const std::function<void(PartnerSettings&)>& how) {
    const PartnerSettings before = desk.workspace->partnerSettings();
    PartnerSettings after = before;
    how(after);
    const Result<void> saved = PartnerSettingsEdits(*desk.workspace).save(before, after);
    if (!saved)
        qWarning("%s", qPrintable(saved.error().toString()));
    return saved.ok();
}

qsizetype forbiddenFindings(const Checker& checker, const QUuid& reference) {
    const Findings all = checker.findings();
    return std::count_if(all.cbegin(), all.cend(), [&reference](const Finding& f) {
        return f.rule == QLatin1String("SK301") && f.entityId == reference;
    });
}

} // namespace

class tst_PartnerSettingsSync : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;

private Q_SLOTS:
    void settingsFromAReachBAndItsChecker() {
        TwoDesks desks;
        QVERIFY(desks.start(m_dir, QStringLiteral("reach")));
        Reference runbook;
        runbook.id = QUuid::createUuid();
        runbook.siteId = desks.site.id;
        runbook.title = QStringLiteral("Kaseya agent install");
        runbook.topic = ReferenceTopic::RemoteAccess;
        QVERIFY(desks.a.workspace->edit<Reference>(std::nullopt, runbook, QStringLiteral("Add reference")));
        QVERIFY(desks.a.sync());
        QVERIFY(desks.b.sync());

        Checker checkerB(*desks.b.workspace);
        QVERIFY(checkerB.checkAll());
        QCOMPARE(forbiddenFindings(checkerB, runbook.id), 0);

        QVERIFY(change(desks.a, [](PartnerSettings& s) {
            s.check.forbiddenTerms << QStringLiteral("Kaseya");
            s.check.partnerName = QStringLiteral("Brightpath IT");
            s.helpDesk.email = QStringLiteral("help@brightpath.example");
        }));
        const QList<JournalEntry> queued = desks.a.store().journal().pending();
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.constFirst().entity, QStringLiteral("partner_settings"));
        QVERIFY(desks.a.sync());
        QCOMPARE(desks.a.pending(), 0);
        QCOMPARE(desks.a.store().journal().count(JournalEntry::State::NeedsAttention), 0);
        const QJsonObject onServer =
            serverState(m_network, *desks.server, desks.token).value(settingsKey).fields;
        QCOMPARE(onServer.value(QStringLiteral("partner_name")).toString(), QStringLiteral("Brightpath IT"));

        // B pulls; the console's connection then says "pulled", and the Checker re-checks by itself.
        QSignalSpy changed(desks.b.workspace.get(), &Workspace::recordChanged);
        QVERIFY(desks.b.sync());
        Q_EMIT desks.b.workspace->pulled();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.constFirst().at(0).value<EntityKind>(), EntityKind::PartnerSettings);
        const PartnerSettings onB = desks.b.workspace->partnerSettings();
        QVERIFY(onB == desks.a.workspace->partnerSettings());
        QCOMPARE(onB.helpDesk.email, QStringLiteral("help@brightpath.example"));
        QCOMPARE(forbiddenFindings(checkerB, runbook.id), 1);
        // A pull that brings nothing new for them re-checks nothing.
        Q_EMIT desks.b.workspace->pulled();
        QCOMPARE(changed.count(), 1);
    }

    void differentFieldsChangedOnBothDesksAreBothKept() {
        TwoDesks desks;
        QVERIFY(desks.start(m_dir, QStringLiteral("both")));
        QVERIFY(change(desks.a,
                       [](PartnerSettings& s) { s.check.partnerName = QStringLiteral("Brightpath IT"); }));
        QVERIFY(desks.a.sync());
        QVERIFY(desks.b.sync());
        QCOMPARE(desks.b.workspace->partnerSettings().check.partnerName, QStringLiteral("Brightpath IT"));

        // Offline, A adds a forbidden term and B sets the help desk email.
        QVERIFY(
            change(desks.a, [](PartnerSettings& s) { s.check.forbiddenTerms << QStringLiteral("Kaseya"); }));
        QVERIFY(change(desks.b, [](PartnerSettings& s) {
            s.helpDesk.email = QStringLiteral("help@brightpath.example");
        }));
        QVERIFY(desks.a.sync());
        QVERIFY(desks.b.sync()); // meets A's change: merged field by field, B's field sent again
        QVERIFY(desks.a.sync());
        QVERIFY(desks.b.sync());

        for (WorkspaceDesk* desk : {&desks.a, &desks.b}) {
            const PartnerSettings now = desk->workspace->partnerSettings();
            QVERIFY(now.check.forbiddenTerms.contains(QStringLiteral("Kaseya")));
            QCOMPARE(now.helpDesk.email, QStringLiteral("help@brightpath.example"));
            QCOMPARE(now.check.partnerName, QStringLiteral("Brightpath IT"));
            QCOMPARE(desk->pending(), 0);
            QCOMPARE(SyncEngine::status(desk->store()).openConflicts, 0);
        }
        const QJsonObject onServer =
            serverState(m_network, *desks.server, desks.token).value(settingsKey).fields;
        QVERIFY(
            onServer.value(QStringLiteral("forbidden_terms")).toArray().contains(QStringLiteral("Kaseya")));
        QCOMPARE(onServer.value(QStringLiteral("help_desk_email")).toString(),
                 QStringLiteral("help@brightpath.example"));
    }
};

QTEST_GUILESS_MAIN(tst_PartnerSettingsSync)
#include "tst_PartnerSettingsSync.moc"
