// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckSource.h"
#include "Checker.h"
#include "Database.h"
#include "DemoGenerator.h"
#include "Rulebook.h"
#include "Store.h"
#include "Workspace.h"
#include "WorkspaceSettings.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sitekeeper;

// The Checker over a real workspace file: a full check equals the rulebook run on each site alone,
// and an edit re-checks exactly the sites it can affect.
class tst_Checker : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    const QDate m_today{2026, 11, 1};

    QList<Site> sites() {
        ListQuery all;
        all.limit = -1;
        return m_workspace->store().sites().list(all).value();
    }
    QList<ClientProfile> profilesOf(const QUuid& site) {
        ListQuery query;
        query.siteId = site;
        query.limit = -1;
        return m_workspace->store().profiles().list(query).value();
    }
    static QStringList keys(const Findings& findings) {
        QStringList result;
        for (const Finding& f : findings)
            result.append(f.rule + QLatin1Char(' ') + f.entityId.toString() + QLatin1Char(' ') + f.field +
                          QLatin1Char(' ') + f.relatedId.toString());
        result.sort();
        return result;
    }
    static int countRule(const Findings& findings, const char* rule) {
        return int(std::count_if(findings.cbegin(), findings.cend(),
                                 [&](const Finding& f) { return f.rule == QLatin1String(rule); }));
    }

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        auto opened = Workspace::open(m_dir->path(), Workspace::OpenMode::CreateIfMissing);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
        m_workspace = std::move(opened).value();
        DemoGenerator::Options options;
        options.sites = 12;
        options.profilesPerSite = 15;
        options.seed = 42;
        options.asOf = m_today;
        DemoGenerator generator(options);
        const auto imported = m_workspace->importChunks(
            [&](const std::function<bool(const Bundle&)>& write) { return generator.generate(write); });
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().toString()));
    }
    void cleanup() {
        m_workspace.reset();
        m_dir.reset();
    }

    void fullCheckEqualsEachSiteAlone() {
        Checker checker(*m_workspace);
        checker.setToday(m_today);
        QVERIFY(checker.checkAll());
        QCOMPARE(checker.sites().size(), 12);
        QVERIFY(checker.summary().total() > 0);

        CheckSource source(m_workspace->store());
        const auto partner = source.partner(m_today, m_workspace->partnerSettings().check);
        QVERIFY(partner);
        for (const Site& site : sites()) {
            auto data = source.site(site.id);
            QVERIFY(data);
            const Findings alone = Rulebook::instance().checkSite(data.value(), partner.value());
            QCOMPARE(keys(checker.site(site.id)->findings), keys(alone));
        }
    }

    void twoThreadsFindTheSame() {
        Checker single(*m_workspace);
        single.setToday(m_today);
        single.setParallelFrom(1'000'000);
        QVERIFY(single.checkAll());
        Checker split(*m_workspace);
        split.setToday(m_today);
        split.setParallelFrom(1);
        qint64 lastDone = 0;
        QVERIFY(split.checkAll([&](qint64 done, qint64 total) {
            lastDone = done;
            return done <= total;
        }));
        QCOMPARE(lastDone, 12);
        QCOMPARE(split.sites().size(), 12);
        QCOMPARE(keys(split.findings()), keys(single.findings()));

        // Cancelling keeps what the last complete check found.
        const Findings before = split.findings();
        const auto cancelled = split.checkAll([](qint64, qint64) { return false; });
        QVERIFY(!cancelled);
        QVERIFY(cancelled.error().message.contains(QStringLiteral("cancelled")));
        QCOMPARE(split.findings(), before);
    }

    void profilesReadForChecksEqualTheRepository() {
        // CheckSource decodes profile rows itself (the hot path); it must read what the repository does.
        CheckSource source(m_workspace->store());
        int compared = 0;
        for (const Site& site : sites()) {
            auto data = source.site(site.id);
            QVERIFY(data);
            QList<ClientProfile> fast = data->profiles;
            QList<ClientProfile> slow = profilesOf(site.id);
            auto byId = [](const ClientProfile& a, const ClientProfile& b) {
                return a.id < b.id;
            };
            std::sort(fast.begin(), fast.end(), byId);
            std::sort(slow.begin(), slow.end(), byId);
            QCOMPARE(fast, slow);
            compared += int(fast.size());
        }
        QCOMPARE(compared, 12 * 15);
    }

    void numbersAreRememberedInTheWorkspace() {
        QSqlQuery count(m_workspace->database().connection());
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM phone_facts")));
        QVERIFY(count.next());
        // The import parsed every number for validation; the facts were kept with it.
        QVERIFY2(count.value(0).toInt() > 100, qPrintable(count.value(0).toString()));
    }

    void anEditRechecksOnlyItsSite() {
        Checker checker(*m_workspace);
        checker.setToday(m_today);
        QVERIFY(checker.checkAll());
        const QList<Site> all = sites();
        const Site target = all.at(3);
        ClientProfile profile = profilesOf(target.id).first();
        profile.status = ProfileStatus::Active;
        profile.email.clear();
        profile.officePhone.clear();
        profile.mobilePhone.clear();
        const Checker::SiteResult otherBefore = *checker.site(all.at(5).id);

        QSignalSpy changed(&checker, &Checker::findingsChanged);
        const auto before = m_workspace->store().profiles().get(profile.id);
        QVERIFY(m_workspace->edit<ClientProfile>(before.value(), profile, QStringLiteral("clear contact")));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().value<QList<QUuid>>(), QList<QUuid>{target.id});
        const Findings now = checker.site(target.id)->findings;
        QVERIFY(std::any_of(now.cbegin(), now.cend(), [&](const Finding& f) {
            return f.rule == QLatin1String("SK204") && f.entityId == profile.id;
        }));
        QCOMPARE(checker.site(all.at(5).id)->findings, otherBefore.findings);

        // Undo is an edit too: the finding goes again.
        m_workspace->undoStack().undo();
        const Findings undone = checker.site(target.id)->findings;
        QVERIFY(std::none_of(undone.cbegin(), undone.cend(), [&](const Finding& f) {
            return f.rule == QLatin1String("SK204") && f.entityId == profile.id;
        }));
    }

    void aDuplicateRechecksBothSites() {
        Checker checker(*m_workspace);
        checker.setToday(m_today);
        QVERIFY(checker.checkAll());
        const QList<Site> all = sites();
        const ClientProfile original = profilesOf(all.at(0).id).first();
        ClientProfile copy;
        copy.id = QUuid::createUuid();
        copy.siteId = all.at(7).id;
        copy.fullName = QStringLiteral("Someone Else");
        copy.email = original.email.toUpper();
        QVERIFY(m_workspace->edit<ClientProfile>(std::nullopt, copy, QStringLiteral("add")));
        if (original.status == ProfileStatus::Active) {
            QCOMPARE(countRule(checker.site(all.at(7).id)->findings, "SK202"), 1);
            // The first site was checked again too: it now names the copy.
            const Findings first = checker.site(all.at(0).id)->findings;
            QVERIFY(std::any_of(first.cbegin(), first.cend(), [&](const Finding& f) {
                return f.rule == QLatin1String("SK202") && f.relatedId == copy.id;
            }));
        }
        // Disabling the copy clears the pair on both sides.
        ClientProfile disabled = copy;
        disabled.status = ProfileStatus::Disabled;
        QVERIFY(m_workspace->edit<ClientProfile>(copy, disabled, QStringLiteral("disable")));
        QCOMPARE(countRule(checker.site(all.at(7).id)->findings, "SK202"), 0);
        const Findings first = checker.site(all.at(0).id)->findings;
        QVERIFY(std::none_of(first.cbegin(), first.cend(),
                             [&](const Finding& f) { return f.relatedId == copy.id; }));
    }

    void deletingTheLastRuleIsSeen() {
        Checker checker(*m_workspace);
        checker.setToday(m_today);
        QVERIFY(checker.checkAll());
        for (const Site& site : sites()) {
            if (site.coverage == Coverage::None || site.activationStatus == ActivationStatus::Deactivated)
                continue;
            ListQuery query;
            query.siteId = site.id;
            query.limit = -1;
            const QList<NotificationRule> rules =
                m_workspace->store().notificationRules().list(query).value();
            QVERIFY(!rules.isEmpty());
            QCOMPARE(countRule(checker.site(site.id)->findings, "SK501"), 0);
            for (const NotificationRule& rule : rules)
                QVERIFY(m_workspace->edit<NotificationRule>(rule, std::nullopt, QStringLiteral("delete")));
            // The rule is a tombstone now; its site is still found.
            QCOMPARE(countRule(checker.site(site.id)->findings, "SK501"), 1);
            QVERIFY(!checker.site(site.id)->readiness.ready());
            return;
        }
        QFAIL("no covered site in the demo");
    }

    void aParentLosingCoverageReachesItsChildren() {
        Checker checker(*m_workspace);
        checker.setToday(m_today);
        QVERIFY(checker.checkAll());
        for (const Site& child : sites()) {
            if (child.parentId.isNull() || child.holdsServers || child.coverage == Coverage::None ||
                child.activationStatus == ActivationStatus::Deactivated)
                continue;
            Site parent = m_workspace->store().sites().get(child.parentId).value();
            if (!parent.holdsServers)
                continue;
            const Site before = parent;
            parent.coverage = Coverage::None;
            QSignalSpy changed(&checker, &Checker::findingsChanged);
            QVERIFY(m_workspace->edit<Site>(before, parent, QStringLiteral("no coverage")));
            QVERIFY(changed.first().first().value<QList<QUuid>>().contains(child.id));
            QCOMPARE(countRule(checker.site(child.id)->findings, "SK103"), 1);
            return;
        }
        QSKIP("the demo made no covered child site of a server site with this seed");
    }

    void aPartnerWideEditChecksEverything() {
        Checker checker(*m_workspace);
        checker.setToday(m_today);
        QVERIFY(checker.checkAll());
        ListQuery partnerWide;
        partnerWide.siteId = QUuid();
        partnerWide.limit = -1;
        const Reference before = m_workspace->store().references().list(partnerWide).value().first();
        Reference after = before;
        after.title = QStringLiteral("Continuum: ") + before.title; // a forbidden term: SK301

        // Handed to the runner (the console queues it with a progress dialog)...
        int runs = 0;
        checker.setFullCheckRunner([&] { ++runs; });
        QVERIFY(m_workspace->edit<Reference>(before, after, QStringLiteral("vendor name")));
        QCOMPARE(runs, 1);
        // ...or run at once without one.
        checker.setFullCheckRunner({});
        QSignalSpy changed(&checker, &Checker::findingsChanged);
        m_workspace->undoStack().undo();
        m_workspace->undoStack().redo();
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.last().first().value<QList<QUuid>>().size(), 12);
        QCOMPARE(countRule(checker.partnerFindings(), "SK301"), 1);
    }

    // A pull writes records without an edit (applyRemote, as SyncEngine does) and announces them:
    // the sites they are in and were in are re-checked once, and no other.
    void aPulledRecordRechecksItsSitesBeforeAndAfter() {
        Checker checker(*m_workspace);
        checker.setToday(m_today);
        QVERIFY(checker.checkAll());
        const QList<Site> all = sites();
        const Site from = all.at(2);
        const Site to = all.at(7);
        ClientProfile profile = profilesOf(from.id).first();
        profile.siteId = to.id; // moved by another member, and unreachable now (SK204)
        profile.status = ProfileStatus::Active;
        profile.email.clear();
        profile.officePhone.clear();
        profile.mobilePhone.clear();
        const Checker::SiteResult untouched = *checker.site(all.at(5).id);
        QVERIFY(
            m_workspace->store().profiles().applyRemote(profile.toJson(), 5, false, QStringLiteral("Dana")));

        QSignalSpy changed(&checker, &Checker::findingsChanged);
        PulledChanges pulled = PulledChanges::none();
        pulled.add({QStringLiteral("client_profile"), profile.id, from.id});
        Q_EMIT m_workspace->pulled(pulled);
        QCOMPARE(changed.size(), 1);
        QList<QUuid> rechecked = changed.first().first().value<QList<QUuid>>();
        std::sort(rechecked.begin(), rechecked.end());
        QList<QUuid> expected{from.id, to.id};
        std::sort(expected.begin(), expected.end());
        QCOMPARE(rechecked, expected);
        const auto hasSk204 = [&](const QUuid& site) {
            const Findings& findings = checker.site(site)->findings;
            return std::any_of(findings.cbegin(), findings.cend(), [&](const Finding& f) {
                return f.rule == QLatin1String("SK204") && f.entityId == profile.id;
            });
        };
        QVERIFY(hasSk204(to.id));
        QVERIFY(!hasSk204(from.id));
        QCOMPARE(checker.site(all.at(5).id)->findings, untouched.findings);

        // The same as a full check would find.
        Checker fresh(*m_workspace);
        fresh.setToday(m_today);
        QVERIFY(fresh.checkAll());
        QCOMPARE(keys(checker.findings()), keys(fresh.findings()));
    }

    void aPulledSiteIsCheckedAndAPartnerWidePullChecksEverything() {
        Checker checker(*m_workspace);
        checker.setToday(m_today);
        QVERIFY(checker.checkAll());
        Site site;
        site.id = QUuid::createUuid();
        site.name = QStringLiteral("Fabrikam");
        QVERIFY(m_workspace->store().sites().applyRemote(site.toJson(), 1, false));
        QSignalSpy changed(&checker, &Checker::findingsChanged);
        PulledChanges pulled = PulledChanges::none();
        pulled.add({QStringLiteral("site"), site.id, {}});
        Q_EMIT m_workspace->pulled(pulled);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().value<QList<QUuid>>(), QList<QUuid>{site.id});
        QVERIFY(checker.site(site.id));

        // A contact, partner settings, or a pull too large to list: everything.
        for (const QString& entity :
             {QStringLiteral("partner_contact"), QStringLiteral("partner_settings")}) {
            PulledChanges partnerWide = PulledChanges::none();
            partnerWide.add({entity, QUuid::createUuid(), {}});
            Q_EMIT m_workspace->pulled(partnerWide);
            QCOMPARE(changed.last().first().value<QList<QUuid>>().size(), 13);
        }
        Q_EMIT m_workspace->pulled(PulledChanges{});
        QCOMPARE(changed.last().first().value<QList<QUuid>>().size(), 13);
        PulledChanges many = PulledChanges::none();
        for (int i = 0; i <= PulledChanges::maxListed; ++i)
            many.add({QStringLiteral("client_profile"), QUuid::createUuid(), {}});
        QVERIFY(many.everything);
        QVERIFY(many.records.isEmpty());
    }

    void oneSiteAlone() {
        Checker checker(*m_workspace);
        checker.setToday(m_today);
        const Site site = sites().at(2);
        QVERIFY(checker.checkSiteOnly(site.id));
        QCOMPARE(checker.sites().size(), 1);
        QVERIFY(checker.site(site.id));
    }
};

QTEST_GUILESS_MAIN(tst_Checker)
#include "tst_Checker.moc"
