// SPDX-License-Identifier: GPL-3.0-or-later
#include "DirectoryDiff.h"
#include "Store.h"
#include "Workspace.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace sitekeeper;
using namespace Qt::StringLiterals;

// A directory export compared with a site: leavers with where they are still used, joiners, changed
// numbers; and the two actions, each one undo step.
class tst_DirectoryDiff : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    QUuid m_site;
    QUuid m_ann, m_bob, m_cid, m_dan;

    QUuid addProfile(const QString& name, const QString& email, const QString& mobile, ProfileStatus status) {
        ClientProfile p;
        p.id = QUuid::createUuid();
        p.siteId = m_site;
        p.fullName = name;
        p.email = email;
        p.mobilePhone = mobile;
        p.status = status;
        const auto created = m_workspace->store().profiles().create(p);
        if (!created)
            qWarning() << created.error().toString();
        return p.id;
    }
    ClientProfile profile(const QUuid& id) { return m_workspace->store().profiles().get(id).value(); }

    // Ann unchanged, Bob with a new mobile, Erin new, Dan missing (a leaver and an approver), Cid
    // disabled here already (not a leaver), Fay listed but disabled in the directory (a leaver).
    const QByteArray directory = "full_name,email,mobile_phone,status\r\n"
                                 "Ann Lee,ann@contoso.com,+447400123456,active\r\n"
                                 "Bob Stone,BOB@contoso.com,+447400123999,active\r\n"
                                 "Erin Hart,erin@contoso.com,+447400123777,active\r\n"
                                 "Fay Moss,fay@contoso.com,,disabled\r\n"_ba;
    QUuid m_fay;

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        auto opened = Workspace::open(m_dir->filePath(u"ws"_s), Workspace::OpenMode::CreateIfMissing);
        QVERIFY(opened);
        m_workspace = std::move(opened).value();
        Site site;
        site.id = QUuid::createUuid();
        site.name = u"Contoso HQ"_s;
        QVERIFY(m_workspace->store().sites().create(site));
        m_site = site.id;
        m_ann = addProfile(u"Ann Lee"_s, u"ann@contoso.com"_s, u"+447400123456"_s, ProfileStatus::Active);
        m_bob = addProfile(u"Bob Stone"_s, u"bob@contoso.com"_s, u"+447400123458"_s, ProfileStatus::Active);
        m_cid = addProfile(u"Cid Ray"_s, u"cid@contoso.com"_s, {}, ProfileStatus::Disabled);
        m_dan = addProfile(u"Dan Roe"_s, u"dan@contoso.com"_s, u"+447400123459"_s, ProfileStatus::Active);
        m_fay = addProfile(u"Fay Moss"_s, u"fay@contoso.com"_s, {}, ProfileStatus::Active);
        Approver approver;
        approver.id = QUuid::createUuid();
        approver.siteId = m_site;
        approver.approvalType = u"password_reset_other_user"_s;
        approver.personId = m_dan;
        approver.phones = {u"+447400123459"_s};
        approver.smsAuthentication = true;
        QVERIFY(m_workspace->store().approvers().create(approver));
    }
    void cleanup() {
        m_workspace.reset();
        m_dir.reset();
    }

    void leaversJoinersAndNumbers() {
        const auto report = DirectoryDiff(*m_workspace).compare(directory, m_site);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QCOMPARE(report->leavers.size(), 2);
        QSet<QUuid> leavers;
        for (const DirectoryDiff::Leaver& l : report->leavers) {
            leavers.insert(l.profile.id);
            if (l.profile.id == m_dan) {
                QVERIFY(!l.disabledInDirectory);
                QCOMPARE(l.usedAs.size(), 1);
                QVERIFY(l.usedAs.first().startsWith(u"approver for"_s));
            } else {
                QVERIFY(l.disabledInDirectory);
            }
        }
        QCOMPARE(leavers, (QSet<QUuid>{m_dan, m_fay}));
        QCOMPARE(report->joiners.size(), 1);
        QCOMPARE(report->joiners.first().profile.fullName, u"Erin Hart"_s);
        QCOMPARE(report->joiners.first().row, 4);
        QCOMPARE(report->changedNumbers.size(), 1);
        QCOMPARE(report->changedNumbers.first().profile.id, m_bob);
        QCOMPARE(report->changedNumbers.first().field, u"mobile_phone"_s);
        QCOMPARE(report->changedNumbers.first().after, u"+447400123999"_s);

        const QJsonObject json = report->toJson();
        QCOMPARE(json[u"summary"_s][u"leavers"_s].toInt(), 2);
        QCOMPARE(json[u"joiners"_s].toArray().size(), 1);
        // Comparing changes nothing.
        QCOMPARE(profile(m_dan).status, ProfileStatus::Active);
    }

    void actionsAreOneUndoStepEach() {
        DirectoryDiff diff(*m_workspace);
        const auto report = diff.compare(directory, m_site);
        QVERIFY(report);
        const int steps = m_workspace->undoStack().count();
        QCOMPARE(diff.disableLeavers(*report).value(), 2);
        QCOMPARE(profile(m_dan).status, ProfileStatus::Disabled);
        QCOMPARE(profile(m_fay).status, ProfileStatus::Disabled);
        QCOMPARE(diff.addJoiners(*report).value(), 1);
        QCOMPARE(m_workspace->undoStack().count(), steps + 2);

        ListQuery active;
        active.siteId = m_site;
        active.status = u"active"_s;
        active.limit = -1;
        QCOMPARE(m_workspace->store().profiles().list(active).value().size(), 3); // Ann, Bob, Erin

        m_workspace->undoStack().undo(); // the joiner goes
        m_workspace->undoStack().undo(); // the leavers come back
        QCOMPARE(m_workspace->store().profiles().list(active).value().size(), 4);
        QCOMPARE(profile(m_dan).status, ProfileStatus::Active);

        // A second comparison after applying finds nothing left to do.
        QCOMPARE(diff.disableLeavers(*report).value(), 2);
        QCOMPARE(diff.addJoiners(*report).value(), 1);
        const auto again = diff.compare(directory, m_site);
        QVERIFY(again->leavers.isEmpty());
        QVERIFY(again->joiners.isEmpty());
    }

    void changedNumbersAreWrittenAsOneUndoStep() {
        DirectoryDiff diff(*m_workspace);
        const auto report = diff.compare(directory, m_site);
        QVERIFY(report);
        const int steps = m_workspace->undoStack().count();
        QCOMPARE(diff.updateNumbers(*report).value(), 1);
        QCOMPARE(profile(m_bob).mobilePhone, u"+447400123999"_s);
        QCOMPARE(m_workspace->undoStack().count(), steps + 1);
        QVERIFY(diff.compare(directory, m_site)->changedNumbers.isEmpty());

        m_workspace->undoStack().undo();
        QCOMPARE(profile(m_bob).mobilePhone, u"+447400123458"_s);

        // A number edited after the comparison is not overwritten by the older report.
        const ClientProfile before = profile(m_bob);
        ClientProfile edited = before;
        edited.mobilePhone = u"+447400123000"_s;
        QVERIFY(m_workspace->edit<ClientProfile>(before, edited, u"Edit"_s));
        QCOMPARE(diff.updateNumbers(*report).value(), 0);
        QCOMPARE(profile(m_bob).mobilePhone, u"+447400123000"_s);
    }

    void unreadableRowsAreListedWithTheirPlace() {
        const QByteArray bad = "full_name,email,mobile_phone\r\nAnn Lee,ann@contoso.com,+4474\r\n"_ba;
        const auto report = DirectoryDiff(*m_workspace).compare(bad, m_site);
        QVERIFY(report);
        QCOMPARE(report->unreadable.size(), 1);
        QCOMPARE(report->unreadable.first().row, 2);
        QCOMPARE(report->unreadable.first().column, u"mobile_phone"_s);
    }
};

QTEST_GUILESS_MAIN(tst_DirectoryDiff)
#include "tst_DirectoryDiff.moc"
