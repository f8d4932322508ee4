// SPDX-License-Identifier: GPL-3.0-or-later
// The partner settings as a record of the workspace: an older workspace's settings.ini values move
// into it once (nothing lost, never read again), the one edit path saves and undoes them like any
// record (audited, in the outbox as "partner_settings"), the Checker follows them, a member who is not
// an admin is refused, and `partner set` reads its words.
#include "Checker.h"
#include "Database.h"
#include "PartnerSettingsEdits.h"
#include "Store.h"
#include "Workspace.h"
#include "WorkspaceSettings.h"

#include <QDir>
#include <QJsonArray>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace sitekeeper;
using namespace Qt::StringLiterals;

namespace {

// As if `GET /v1/me` had said the workspace's member has `role`.
void signInAs(sitekeeper::Workspace& workspace, sitekeeper::protocol::Role role) {
    sitekeeper::protocol::Me me;
    me.member.id = QUuid::createUuid();
    me.member.name = QStringLiteral("Robin Hale");
    me.member.email = QStringLiteral("robin@brightpath.example");
    me.member.role = role;
    me.tenantName = QStringLiteral("Brightpath");
    workspace.setIdentity(me);
}

} // namespace

class tst_PartnerSettings : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_folders = 0;

    QString newFolder() { return m_dir.filePath(u"ws%1"_s.arg(++m_folders)); }

    static std::unique_ptr<Workspace> open(const QString& folder) {
        auto opened = Workspace::open(folder, Workspace::OpenMode::CreateIfMissing);
        if (!opened)
            qWarning("%s", qPrintable(opened.error().toString()));
        return opened ? std::move(opened).value() : nullptr;
    }

    // A workspace as the version before this one left it: schema 5, and the partner settings in
    // settings.ini (format version 1).
    static void writeOldWorkspace(const QString& folder, bool withPartnerValues) {
        QVERIFY(QDir().mkpath(folder));
        {
            auto old = Database::openAtVersionForTest(folder + u"/workspace.sqlite"_s, 5);
            QVERIFY(old);
        }
        QSettings ini(folder + u"/settings.ini"_s, QSettings::IniFormat);
        ini.setValue(u"format/version"_s, 1);
        ini.setValue(u"workspace/id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
        ini.setValue(u"phone/default_region"_s, u"GB"_s);
        if (withPartnerValues) {
            ini.setValue(u"checks/forbidden_terms"_s, QStringList{u"Kaseya"_s, u"N-able"_s});
            ini.setValue(u"checks/required_topics"_s, QStringList{u"mfa"_s, u"printing"_s});
            ini.setValue(u"checks/required_approval_types"_s, QStringList{u"new_user_setup"_s});
            ini.setValue(u"checks/reference_due_soon_days"_s, 45);
            ini.setValue(u"checks/approver_review_days"_s, 180);
            ini.setValue(u"partner/name"_s, u"Brightpath IT"_s);
            ini.setValue(u"help_desk/phone"_s, u"+442079460000"_s);
            ini.setValue(u"help_desk/email"_s, u"help@brightpath.example"_s);
            ini.setValue(u"help_desk/chat_url"_s, u"https://chat.brightpath.example"_s);
        }
        ini.sync();
        QCOMPARE(ini.status(), QSettings::NoError);
    }

    static QList<JournalEntry> outbox(Workspace& workspace) {
        return workspace.store().journal().forEntity(u"partner_settings"_s, PartnerSettings::recordId());
    }

private Q_SLOTS:
    void oldSettingsMoveIntoTheRecordOnce() {
        const QString folder = newFolder();
        writeOldWorkspace(folder, true);
        {
            auto workspace = open(folder);
            QVERIFY(workspace);
            QCOMPARE(workspace->openReport().migratedFrom, 5);
            // Every value arrived.
            const PartnerSettings moved =
                workspace->store().partnerSettings().get(PartnerSettings::recordId()).value();
            QCOMPARE(moved.check.forbiddenTerms, (QStringList{u"Kaseya"_s, u"N-able"_s}));
            QCOMPARE(moved.check.requiredTopics,
                     (QList<ReferenceTopic>{ReferenceTopic::Mfa, ReferenceTopic::Printing}));
            QCOMPARE(moved.check.requiredApprovalTypes, QStringList{u"new_user_setup"_s});
            QCOMPARE(moved.check.referenceDueSoonDays, 45);
            QCOMPARE(moved.check.approverReviewDays, 180);
            QCOMPARE(moved.check.partnerName, u"Brightpath IT"_s);
            QCOMPARE(moved.helpDesk.phone, u"+442079460000"_s);
            QCOMPARE(moved.helpDesk.email, u"help@brightpath.example"_s);
            QCOMPARE(moved.helpDesk.chatUrl, u"https://chat.brightpath.example"_s);
            QVERIFY(workspace->partnerSettings() == moved);
            // Written like an edit: the team's backend gets them with the next push.
            const QList<JournalEntry> queued = outbox(*workspace);
            QCOMPARE(queued.size(), 1);
            QCOMPARE(queued.constFirst().action, JournalEntry::Action::Upsert);
            QCOMPARE(queued.constFirst().fields.value(u"partner_name"_s).toString(), u"Brightpath IT"_s);
            QCOMPARE(
                workspace->store().audit().countForEntity(u"partner_settings"_s, PartnerSettings::recordId()),
                1);
            // The machine's own setting stays in settings.ini.
            QCOMPARE(workspace->settings().defaultPhoneRegion(), u"GB"_s);
        }
        // settings.ini holds them no more, and says so by its version.
        {
            QSettings ini(folder + u"/settings.ini"_s, QSettings::IniFormat);
            QCOMPARE(ini.value(u"format/version"_s).toInt(), WorkspaceSettings::currentVersion);
            for (const QString& key : ini.allKeys())
                QVERIFY2(!key.startsWith(u"checks/"_s) && !key.startsWith(u"partner/"_s) &&
                             !key.startsWith(u"help_desk/"_s),
                         qPrintable(key));
            QCOMPARE(ini.value(u"phone/default_region"_s).toString(), u"GB"_s);
            // An old program writing the key again is not read again.
            ini.setValue(u"partner/name"_s, u"Someone else"_s);
        }
        auto again = open(folder);
        QVERIFY(again);
        QCOMPARE(again->partnerSettings().check.partnerName, u"Brightpath IT"_s);
        QCOMPARE(outbox(*again).size(), 1);
    }

    void anOldWorkspaceWithoutThemNeedsNoRecord() {
        const QString folder = newFolder();
        writeOldWorkspace(folder, false);
        auto workspace = open(folder);
        QVERIFY(workspace);
        QVERIFY(!workspace->store().partnerSettings().get(PartnerSettings::recordId()));
        QVERIFY(outbox(*workspace).isEmpty());
        QVERIFY(workspace->partnerSettings() == PartnerSettings::defaults());
        QCOMPARE(workspace->partnerSettings().check.forbiddenTerms,
                 (QStringList{u"ConnectWise"_s, u"Continuum"_s}));
        QCOMPARE(workspace->settings().version(), WorkspaceSettings::currentVersion);
    }

    void editAndUndo() {
        auto workspace = open(newFolder());
        QVERIFY(workspace);
        QSignalSpy changed(workspace.get(), &Workspace::recordChanged);
        PartnerSettingsEdits edits(*workspace);
        QVERIFY(edits.canEdit());

        // The first save creates the record.
        const PartnerSettings defaults = workspace->partnerSettings();
        PartnerSettings named = defaults;
        named.check.partnerName = u"Brightpath IT"_s;
        QVERIFY(edits.save(defaults, named));
        QCOMPARE(workspace->partnerSettings().check.partnerName, u"Brightpath IT"_s);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.constLast().at(0).value<EntityKind>(), EntityKind::PartnerSettings);
        QCOMPARE(changed.constLast().at(1).toUuid(), PartnerSettings::recordId());

        // The second writes the changed field alone.
        PartnerSettings stricter = named;
        stricter.check.forbiddenTerms << u"Kaseya"_s;
        QVERIFY(edits.save(named, stricter));
        QList<JournalEntry> queued = outbox(*workspace);
        QCOMPARE(queued.size(), 2);
        QCOMPARE(queued.constLast().action, JournalEntry::Action::Patch);
        QCOMPARE(queued.constLast().fields.keys(), QStringList{u"forbidden_terms"_s});
        QCOMPARE(workspace->undoStack().count(), 2);
        QCOMPARE(workspace->undoStack().undoText(), u"Change the partner settings"_s);

        // Saving what is stored already makes no step.
        QVERIFY(edits.save(stricter, stricter));
        QCOMPARE(workspace->undoStack().count(), 2);

        // Undo takes the term away again (an edit of its own, in the outbox), then the name.
        workspace->undoStack().undo();
        QCOMPARE(workspace->partnerSettings().check.forbiddenTerms, defaults.check.forbiddenTerms);
        QCOMPARE(workspace->partnerSettings().check.partnerName, u"Brightpath IT"_s);
        queued = outbox(*workspace);
        QCOMPARE(queued.size(), 3);
        QCOMPARE(queued.constLast().fields.keys(), QStringList{u"forbidden_terms"_s});
        workspace->undoStack().undo();
        QVERIFY(workspace->partnerSettings() == defaults);
        workspace->undoStack().redo();
        workspace->undoStack().redo();
        QVERIFY(workspace->partnerSettings() == stricter);
        QCOMPARE(
            workspace->store().audit().countForEntity(u"partner_settings"_s, PartnerSettings::recordId()), 6);
    }

    void aFieldChangedMeanwhileIsNotOverwritten() {
        auto workspace = open(newFolder());
        QVERIFY(workspace);
        PartnerSettingsEdits edits(*workspace);
        const PartnerSettings base = workspace->partnerSettings();
        PartnerSettings named = base;
        named.check.partnerName = u"Brightpath IT"_s;
        QVERIFY(edits.save(base, named));
        // A pull renames the partner while an editor still shows the first name.
        QJsonObject pulled = named.toJson();
        pulled.insert(u"partner_name"_s, u"Brightpath Ltd"_s);
        QVERIFY(workspace->store().partnerSettings().applyRemote(pulled, 7, false));
        PartnerSettings mine = named;
        mine.check.partnerName = u"Brightpath Services"_s;
        QList<FieldClash> clashes;
        const Result<void> saved = edits.save(named, mine, &clashes);
        QVERIFY(!saved);
        QCOMPARE(clashes.size(), 1);
        QCOMPARE(clashes.constFirst().field, u"partner_name"_s);
        QCOMPARE(workspace->partnerSettings().check.partnerName, u"Brightpath Ltd"_s);
    }

    void theCheckerFollowsThem() {
        auto workspace = open(newFolder());
        QVERIFY(workspace);
        Site site;
        site.id = QUuid::createUuid();
        site.name = u"Northwind"_s;
        Reference runbook;
        runbook.id = QUuid::createUuid();
        runbook.siteId = site.id;
        runbook.title = u"Kaseya agent install"_s;
        runbook.topic = ReferenceTopic::RemoteAccess;
        QVERIFY(workspace->edit<Site>(std::nullopt, site, u"Add site"_s));
        QVERIFY(workspace->edit<Reference>(std::nullopt, runbook, u"Add reference"_s));
        Checker checker(*workspace);
        QVERIFY(checker.checkAll());
        auto forbidden = [&checker, &runbook] {
            const Findings all = checker.findings();
            return std::count_if(all.cbegin(), all.cend(), [&runbook](const Finding& f) {
                return f.rule == u"SK301"_s && f.entityId == runbook.id;
            });
        };
        QCOMPARE(forbidden(), 0);
        const PartnerSettings base = workspace->partnerSettings();
        PartnerSettings stricter = base;
        stricter.check.forbiddenTerms << u"kaseya"_s;
        QVERIFY(PartnerSettingsEdits(*workspace).save(base, stricter));
        QCOMPARE(forbidden(), 1); // re-checked on the edit, without asking
        workspace->undoStack().undo();
        QCOMPARE(forbidden(), 0);
    }

    void aMemberWhoIsNotAnAdminIsRefused() {
        auto workspace = open(newFolder());
        QVERIFY(workspace);
        QVERIFY(!workspace->identity()); // unknown until signed in: treated as admin
        QVERIFY(workspace->memberRole() == protocol::Role::Admin);
        signInAs(*workspace, protocol::Role::Editor);
        PartnerSettingsEdits edits(*workspace);
        QString why;
        QVERIFY(!edits.canEdit(&why));
        QVERIFY2(why.startsWith(u"Only admins change the partner settings."_s), qPrintable(why));
        QVERIFY2(why.contains(u"you are signed in as editor"_s), qPrintable(why));
        const PartnerSettings base = workspace->partnerSettings();
        PartnerSettings named = base;
        named.check.partnerName = u"Brightpath IT"_s;
        const Result<void> saved = edits.save(base, named);
        QVERIFY(!saved);
        QCOMPARE(saved.error().kind, Error::Kind::Forbidden);
        QVERIFY(!edits.set(u"partner-name"_s, u"Brightpath IT"_s));
        QVERIFY(outbox(*workspace).isEmpty());
        QVERIFY(workspace->partnerSettings() == base);
        signInAs(*workspace, protocol::Role::Admin);
        QVERIFY(edits.save(base, named));
    }

    void setReadsTheCommandLinesWords_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("taken");
        QTest::addColumn<QString>("shown");
        QTest::addRow("name") << u"partner-name"_s << u" Brightpath IT "_s << true << u"Brightpath IT"_s;
        QTest::addRow("terms") << u"forbidden-terms"_s << u"Kaseya, ,N-able"_s << true << u"Kaseya, N-able"_s;
        QTest::addRow("no terms") << u"forbidden_terms"_s << QString() << true << QString();
        QTest::addRow("topics") << u"required-topics"_s << u"mfa,printing"_s << true << u"mfa, printing"_s;
        QTest::addRow("unknown topic") << u"required-topics"_s << u"mfa,lunch"_s << false << QString();
        QTest::addRow("days") << u"approver-review-days"_s << u"180"_s << true << u"180"_s;
        QTest::addRow("days out of range") << u"approver-review-days"_s << u"0"_s << false << QString();
        QTest::addRow("not a number") << u"reference-due-soon-days"_s << u"soon"_s << false << QString();
        QTest::addRow("phone as typed")
            << u"help-desk-phone"_s << u"(201) 555-0123"_s << true << u"+12015550123"_s;
        QTest::addRow("bad phone") << u"help-desk-phone"_s << u"+1 201 555"_s << false << QString();
        QTest::addRow("bad email") << u"help-desk-email"_s << u"help at example"_s << false << QString();
        QTest::addRow("unknown field") << u"colour"_s << u"blue"_s << false << QString();
        QTest::addRow("not the id") << u"id"_s << QUuid::createUuid().toString() << false << QString();
    }
    void setReadsTheCommandLinesWords() {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(bool, taken);
        QFETCH(QString, shown);
        auto workspace = open(newFolder());
        QVERIFY(workspace);
        workspace->settings().setDefaultPhoneRegion(u"US"_s);
        const PartnerSettings before = workspace->partnerSettings();
        const Result<void> set = PartnerSettingsEdits(*workspace).set(field, value);
        if (!taken) {
            QVERIFY(!set);
            QVERIFY(workspace->partnerSettings() == before);
            QVERIFY(outbox(*workspace).isEmpty());
            return;
        }
        QVERIFY2(set, qPrintable(set ? QString() : set.error().toString()));
        QCOMPARE(PartnerSettingsEdits::text(workspace->partnerSettings(), QString(field).replace(u'-', u'_')),
                 shown);
        QCOMPARE(outbox(*workspace).size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_PartnerSettings)
#include "tst_PartnerSettings.moc"
