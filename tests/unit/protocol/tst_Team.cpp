// SPDX-License-Identifier: GPL-3.0-or-later
#include "Team.h"

#include <QJsonArray>
#include <QTest>

using namespace sitekeeper;
using namespace sitekeeper::protocol;
using namespace Qt::StringLiterals;

class tst_Team : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void memberListRoundTrip() {
        MemberList list;
        list.members.append(Member{QUuid::createUuid(), u"Dana Ortiz"_s, u"dana@example.com"_s, Role::Admin,
                                   u"2026-01-02T03:04:05Z"_s, QString(), false});
        list.members.append(Member{QUuid::createUuid(), u"Lee"_s, u"lee@example.com"_s, Role::Viewer,
                                   u"2026-01-02T03:04:05Z"_s, u"2026-02-02T03:04:05Z"_s, true});
        const QJsonObject json = list.toJson();
        QVERIFY(json.value(u"members"_s).toArray().at(0).toObject().value(u"expires_at"_s).isNull());
        auto decoded = MemberList::fromJson(json);
        QVERIFY(decoded);
        QCOMPARE(decoded->members, list.members);
    }

    void meRoundTripHasTheShortMember() {
        const Me me{Member{QUuid::createUuid(), u"Dana"_s, u"d@example.com"_s, Role::Reviewer, {}, {}, false},
                    u"acme"_s};
        const QJsonObject json = me.toJson();
        QVERIFY(!json.value(u"member"_s).toObject().contains(u"revoked"_s));
        QCOMPARE(json.value(u"tenant"_s).toObject().value(u"name"_s).toString(), u"acme"_s);
        auto decoded = Me::fromJson(json);
        QVERIFY(decoded);
        QCOMPARE(*decoded, me);
    }

    void hostileMeIsRefused_data() {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("where");
        const QJsonObject member{{u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                 {u"name"_s, u"Dana"_s},
                                 {u"role"_s, u"editor"_s}};
        const QJsonObject tenant{{u"name"_s, u"acme"_s}};
        QTest::addRow("no member") << QJsonObject{{u"tenant"_s, tenant}} << u"$.member"_s;
        QJsonObject badRole = member;
        badRole.insert(u"role"_s, u"root"_s);
        QTest::addRow("unknown role")
            << QJsonObject{{u"member"_s, badRole}, {u"tenant"_s, tenant}} << u"$.member.role"_s;
        QJsonObject badId = member;
        badId.insert(u"id"_s, u"1"_s);
        QTest::addRow("bad id") << QJsonObject{{u"member"_s, badId}, {u"tenant"_s, tenant}}
                                << u"$.member.id"_s;
        QTest::addRow("no tenant") << QJsonObject{{u"member"_s, member}} << u"$.tenant"_s;
    }
    void hostileMeIsRefused() {
        QFETCH(QJsonObject, json);
        QFETCH(QString, where);
        auto decoded = Me::fromJson(json);
        QVERIFY(!decoded);
        QCOMPARE(decoded.error().where, where);
    }

    void auditPageRoundTrip() {
        AuditPage page;
        page.entries.append(AuditEntry{7, u"2026-01-02T03:04:05.123Z"_s, QUuid::createUuid(), u"Dana"_s,
                                       u"patch"_s, u"site"_s, QUuid::createUuid(),
                                       QStringList{u"name"_s, u"notes"_s}, 4});
        page.entries.append(AuditEntry{8,
                                       u"2026-01-02T03:04:06Z"_s,
                                       QUuid::createUuid(),
                                       u"Dana"_s,
                                       u"member_add"_s,
                                       u"member"_s,
                                       QUuid::createUuid(),
                                       {},
                                       0});
        page.next = u"8"_s;
        page.more = true;
        auto decoded = AuditPage::fromJson(page.toJson());
        QVERIFY(decoded);
        QCOMPARE(decoded->entries, page.entries);
        QCOMPARE(decoded->next, u"8"_s);
        QVERIFY(decoded->more);
    }

    void auditTextsAreBounded() {
        QJsonArray fields;
        for (int i = 0; i < 500; ++i)
            fields.append(u"f%1"_s.arg(i));
        const QJsonObject entry{{u"seq"_s, 1},
                                {u"at"_s, QString(1000, u'x')},
                                {u"member"_s, QJsonObject{{u"name"_s, QString(100000, u'n')}}},
                                {u"action"_s, u"upsert"_s},
                                {u"entity"_s, u"site"_s},
                                {u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                {u"fields"_s, fields},
                                {u"revision"_s, 1}};
        auto decoded = AuditPage::fromJson(
            QJsonObject{{u"entries"_s, QJsonArray{entry}}, {u"next"_s, u"1"_s}, {u"more"_s, false}});
        QVERIFY(decoded);
        QCOMPARE(decoded->entries.at(0).memberName.size(), maxNameLength);
        QCOMPARE(decoded->entries.at(0).at.size(), maxTimeLength);
        QCOMPARE(decoded->entries.at(0).fields.size(), maxAuditFields);
        QVERIFY(decoded->entries.at(0).memberId.isNull());
    }

    void hostileAuditIsRefused_data() {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("where");
        const QJsonObject entry{{u"seq"_s, 1},
                                {u"action"_s, u"upsert"_s},
                                {u"entity"_s, u"site"_s},
                                {u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)}};
        QTest::addRow("no list") << QJsonObject{{u"next"_s, u"1"_s}} << u"$.entries"_s;
        QTest::addRow("no cursor") << QJsonObject{{u"entries"_s, QJsonArray{entry}}} << u"$.next"_s;
        QTest::addRow("huge cursor") << QJsonObject{{u"entries"_s, QJsonArray{}},
                                                    {u"next"_s, QString(1000, u'1')}}
                                     << u"$.next"_s;
        QJsonObject badSeq = entry;
        badSeq.insert(u"seq"_s, 0);
        QTest::addRow("seq 0") << QJsonObject{{u"entries"_s, QJsonArray{badSeq}}, {u"next"_s, u"1"_s}}
                               << u"$.entries[0].seq"_s;
        QJsonObject noId = entry;
        noId.remove(u"id"_s);
        QTest::addRow("no id") << QJsonObject{{u"entries"_s, QJsonArray{noId}}, {u"next"_s, u"1"_s}}
                               << u"$.entries[0].id"_s;
    }
    void hostileAuditIsRefused() {
        QFETCH(QJsonObject, json);
        QFETCH(QString, where);
        auto decoded = AuditPage::fromJson(json);
        QVERIFY(!decoded);
        QCOMPARE(decoded.error().where, where);
    }

    void presenceRoundTrip() {
        PresenceList list;
        list.members.append(Presence{QUuid::createUuid(), u"Dana"_s, u"2026-01-02T03:04:05Z"_s});
        auto decoded = PresenceList::fromJson(list.toJson());
        QVERIFY(decoded);
        QCOMPARE(decoded->members, list.members);
        auto hostile = PresenceList::fromJson(
            QJsonObject{{u"members"_s, QJsonArray{QJsonObject{{u"id"_s, u"x"_s}, {u"name"_s, u"Dana"_s}}}}});
        QVERIFY(!hostile);
        QCOMPARE(hostile.error().where, u"$.members[0].id"_s);
    }
};

QTEST_GUILESS_MAIN(tst_Team)
#include "tst_Team.moc"
