// SPDX-License-Identifier: GPL-3.0-or-later
#include "Changes.h"
#include "Records.h"

#include <QJsonArray>
#include <QTest>

using namespace sitekeeper;
using namespace sitekeeper::protocol;
using namespace Qt::StringLiterals;

class tst_Changes : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pageRoundTrip() {
        ChangePage page;
        page.changes.append(Change{u"site"_s, QUuid::createUuid(), 3, false,
                                   QJsonObject{{u"name"_s, u"Harbor"_s}}, u"Dana Ortiz"_s,
                                   u"2026-12-01T10:00:00.000Z"_s});
        page.changes.append(Change{u"client_profile"_s, QUuid::createUuid(), 7, true, {}, {}, {}});
        page.next = u"42"_s;
        page.more = true;
        auto decoded = ChangePage::fromJson(page.toJson());
        QVERIFY(decoded);
        QCOMPARE(decoded->changes, page.changes);
        QCOMPARE(decoded->next, page.next);
        QCOMPARE(decoded->more, true);
    }

    void hostilePageIsRefused_data() {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("where");
        const QJsonObject change{{u"entity"_s, u"site"_s},
                                 {u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                 {u"revision"_s, 1},
                                 {u"fields"_s, QJsonObject()}};
        QTest::addRow("no list") << QJsonObject{{u"next"_s, u"1"_s}} << u"$.changes"_s;
        QTest::addRow("no cursor") << QJsonObject{{u"changes"_s, QJsonArray{change}}} << u"$.next"_s;
        QJsonObject badEntity = change;
        badEntity.insert(u"entity"_s, u"users"_s);
        QTest::addRow("unknown entity")
            << QJsonObject{{u"changes"_s, QJsonArray{badEntity}}, {u"next"_s, u"1"_s}}
            << u"$.changes[0].entity"_s;
        QJsonObject badRevision = change;
        badRevision.insert(u"revision"_s, 0);
        QTest::addRow("revision 0") << QJsonObject{{u"changes"_s, QJsonArray{badRevision}},
                                                   {u"next"_s, u"1"_s}}
                                    << u"$.changes[0].revision"_s;
    }
    void hostilePageIsRefused() {
        QFETCH(QJsonObject, json);
        QFETCH(QString, where);
        auto decoded = ChangePage::fromJson(json);
        QVERIFY(!decoded);
        QCOMPARE(decoded.error().where, where);
    }

    void errorBody() {
        const ApiError error{u"invalid"_s, u"Some fields need correcting."_s,
                             QJsonObject{{u"name"_s, u"required"_s}}};
        const QJsonObject json = error.toJson();
        QCOMPARE(json.value(u"error"_s).toObject().value(u"code"_s).toString(), u"invalid"_s);
        const ApiError back = ApiError::fromJson(json);
        QCOMPARE(back.code, error.code);
        QCOMPARE(back.message, error.message);
        QCOMPARE(back.fields, error.fields);
    }

    void recordsAreCheckedWithTheCoreRules_data() {
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("firstError");
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QTest::addRow("valid contact")
            << u"partner_contact"_s << QJsonObject{{u"id"_s, id}, {u"name"_s, u"Ann"_s}} << QString();
        QTest::addRow("contact without name")
            << u"partner_contact"_s << QJsonObject{{u"id"_s, id}} << u"name"_s;
        QTest::addRow("bad email") << u"partner_contact"_s
                                   << QJsonObject{{u"id"_s, id}, {u"name"_s, u"Ann"_s}, {u"email"_s, u"x"_s}}
                                   << u"email"_s;
        QTest::addRow("unknown entity") << u"users"_s << QJsonObject{{u"id"_s, id}} << u"entity"_s;
    }
    void recordsAreCheckedWithTheCoreRules() {
        QFETCH(QString, entity);
        QFETCH(QJsonObject, json);
        QFETCH(QString, firstError);
        const CheckedRecord checked = checkRecord(entity, json);
        if (firstError.isEmpty()) {
            QVERIFY(checked.errors.isEmpty());
            QCOMPARE(checked.record.value(u"id"_s), json.value(u"id"_s));
        } else {
            QVERIFY(!checked.errors.isEmpty());
            QCOMPARE(checked.errors.constFirst().field, firstError);
        }
    }
};

QTEST_GUILESS_MAIN(tst_Changes)
#include "tst_Changes.moc"
