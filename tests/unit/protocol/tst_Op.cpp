// SPDX-License-Identifier: GPL-3.0-or-later
#include "Op.h"

#include <QJsonArray>
#include <QTest>

using namespace sitekeeper;
using namespace sitekeeper::protocol;

// Rows of the data-driven tests hold whole results; declared before any use.
Q_DECLARE_METATYPE(sitekeeper::protocol::OpResult)

class tst_Op : public QObject {
    Q_OBJECT

private:
    static QJsonObject validOp() {
        return QJsonObject{
            {QStringLiteral("op_id"), QStringLiteral("6f1c1f0e-5a6b-4e55-9c8e-3b1d1b2a1c01")},
            {QStringLiteral("entity"), QStringLiteral("client_profile")},
            {QStringLiteral("id"), QStringLiteral("0b5e8d4c-7b5d-4f0e-8a2b-1d2c3b4a5f60")},
            {QStringLiteral("action"), QStringLiteral("patch")},
            {QStringLiteral("base_revision"), 3},
            {QStringLiteral("fields"),
             QJsonObject{{QStringLiteral("title"), QStringLiteral("Office manager")}}},
        };
    }

private Q_SLOTS:
    void opRoundTrips() {
        const auto op = Op::fromJson(validOp(), QStringLiteral("$.ops[0]"));
        QVERIFY2(op.ok(), qPrintable(op.ok() ? QString() : op.error().toString()));
        QVERIFY(op->action == Op::Action::Patch);
        QCOMPARE(op->baseRevision, 3);
        QCOMPARE(op->toJson(), validOp());
        const auto again = Op::fromJson(op->toJson(), QStringLiteral("$"));
        QVERIFY(again.ok());
        QCOMPARE(*again, *op);
    }

    void badOpNamesField_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addRow("op_id missing") << QStringLiteral("op_id") << QJsonValue();
        QTest::addRow("op_id not uuid") << QStringLiteral("op_id") << QJsonValue(QStringLiteral("42"));
        QTest::addRow("unknown entity")
            << QStringLiteral("entity") << QJsonValue(QStringLiteral("users; drop"));
        QTest::addRow("id number") << QStringLiteral("id") << QJsonValue(7);
        QTest::addRow("bad action") << QStringLiteral("action") << QJsonValue(QStringLiteral("merge"));
        QTest::addRow("negative revision") << QStringLiteral("base_revision") << QJsonValue(-1);
        QTest::addRow("fractional revision") << QStringLiteral("base_revision") << QJsonValue(1.5);
        QTest::addRow("revision string")
            << QStringLiteral("base_revision") << QJsonValue(QStringLiteral("3"));
        QTest::addRow("fields array") << QStringLiteral("fields") << QJsonValue(QJsonArray());
    }
    void badOpNamesField() {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QJsonObject json = validOp();
        if (value.isNull())
            json.remove(key);
        else
            json.insert(key, value);
        const auto op = Op::fromJson(json, QStringLiteral("$.ops[4]"));
        QVERIFY(!op.ok());
        QCOMPARE(op.error().where, QStringLiteral("$.ops[4].") + key);
        QVERIFY(!op.error().message.isEmpty());
    }

    void deleteNeedsNoFields() {
        QJsonObject json = validOp();
        json.insert(QStringLiteral("action"), QStringLiteral("delete"));
        json.remove(QStringLiteral("fields"));
        QVERIFY(Op::fromJson(json, QStringLiteral("$")).ok());
    }

    void resultsRoundTrip_data() {
        QTest::addColumn<OpResult>("result");
        const QUuid id = QUuid::fromString(QStringLiteral("6f1c1f0e-5a6b-4e55-9c8e-3b1d1b2a1c01"));
        OpResult applied;
        applied.opId = id;
        applied.revision = 4;
        QTest::addRow("applied") << applied;
        OpResult conflict;
        conflict.opId = id;
        conflict.status = OpResult::Status::Conflict;
        conflict.revision = 9;
        conflict.current = QJsonObject{{QStringLiteral("title"), QStringLiteral("CFO")}};
        conflict.base = QJsonObject{{QStringLiteral("title"), QStringLiteral("CEO")}};
        QTest::addRow("conflict") << conflict;
        OpResult tombstone = conflict;
        tombstone.deleted = true;
        tombstone.base = {};
        QTest::addRow("conflict with a tombstone") << tombstone;
        OpResult rejected;
        rejected.opId = id;
        rejected.status = OpResult::Status::Rejected;
        rejected.errors = QStringList{QStringLiteral("email: not an email address")};
        rejected.code = QStringLiteral("invalid");
        QTest::addRow("rejected") << rejected;
        OpResult notFound = rejected;
        notFound.code = QStringLiteral("not_found");
        QTest::addRow("rejected: not found") << notFound;
    }
    void resultsRoundTrip() {
        QFETCH(OpResult, result);
        const auto decoded = OpResult::fromJson(result.toJson(), QStringLiteral("$.results[0]"));
        QVERIFY(decoded.ok());
        QCOMPARE(*decoded, result);
    }

    void hostileResultIsRefused() {
        QJsonObject json{{QStringLiteral("op_id"), QStringLiteral("6f1c1f0e-5a6b-4e55-9c8e-3b1d1b2a1c01")},
                         {QStringLiteral("status"), QStringLiteral("conflict")},
                         {QStringLiteral("revision"), 2},
                         {QStringLiteral("current"), QStringLiteral("not an object")}};
        const auto decoded = OpResult::fromJson(json, QStringLiteral("$.results[1]"));
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().where, QStringLiteral("$.results[1].current"));
    }
};

QTEST_GUILESS_MAIN(tst_Op)
#include "tst_Op.moc"
