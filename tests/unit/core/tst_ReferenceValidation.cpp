// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoreTestSupport.h"
#include "Reference.h"

#include <QTest>

using namespace sitekeeper;
using namespace sitekeeper::test;
using namespace Qt::StringLiterals;

using ReferenceMutation = Mutation<Reference>;
Q_DECLARE_METATYPE(ReferenceMutation)

namespace {

Reference validReference() {
    Reference reference;
    reference.id = QUuid(u"b0000000-0000-4000-8000-000000000001"_s);
    reference.siteId = QUuid(u"3f1e2d4c-5b6a-4789-8abc-def012345678"_s);
    reference.title = u"New user setup at Contoso"_s;
    reference.topic = ReferenceTopic::NewUserSetup;
    reference.body = u"# Steps\n\n1. Create the account.\n2.\tAdd to groups.\r\n"_s;
    reference.owner = u"Dana Scully"_s;
    reference.lastReviewed = QDate(2024, 2, 29);
    reference.reviewIntervalDays = 180;
    reference.status = ReferenceStatus::Current;
    return reference;
}

} // namespace

class tst_ReferenceValidation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void valid() { verifyValid(validReference()); }

    void rejects_data() {
        QTest::addColumn<ReferenceMutation>("mutate");
        QTest::addColumn<QString>("field");
        QTest::addRow("no id") << ReferenceMutation([](Reference& r) { r.id = QUuid(); }) << u"id"_s;
        QTest::addRow("no title") << ReferenceMutation([](Reference& r) { r.title.clear(); }) << u"title"_s;
        QTest::addRow("title over 200 characters")
            << ReferenceMutation([](Reference& r) { r.title = QString(201, u't'); }) << u"title"_s;
        QTest::addRow("title on two lines")
            << ReferenceMutation([](Reference& r) { r.title = u"New user\nsetup"_s; }) << u"title"_s;
        QTest::addRow("body over 1 MiB")
            << ReferenceMutation([](Reference& r) { r.body = QString(1024 * 1024 + 1, u'b'); }) << u"body"_s;
        QTest::addRow("body with NUL")
            << ReferenceMutation([](Reference& r) { r.body = u"a\u0000b"_s; }) << u"body"_s;
        QTest::addRow("owner with line break")
            << ReferenceMutation([](Reference& r) { r.owner = u"Dana\nScully"_s; }) << u"owner"_s;
        QTest::addRow("zero review interval")
            << ReferenceMutation([](Reference& r) { r.reviewIntervalDays = 0; }) << u"review_interval_days"_s;
        QTest::addRow("negative review interval")
            << ReferenceMutation([](Reference& r) { r.reviewIntervalDays = -30; })
            << u"review_interval_days"_s;
    }

    void rejects() {
        QFETCH(ReferenceMutation, mutate);
        QFETCH(QString, field);
        verifyRejected(validReference(), mutate, field);
    }

    void accepts_data() {
        QTest::addColumn<ReferenceMutation>("mutate");
        QTest::addRow("partner-wide") << ReferenceMutation([](Reference& r) { r.siteId = QUuid(); });
        QTest::addRow("never reviewed") << ReferenceMutation([](Reference& r) { r.lastReviewed = QDate(); });
        QTest::addRow("empty body") << ReferenceMutation([](Reference& r) { r.body.clear(); });
        QTest::addRow("retired") << ReferenceMutation(
            [](Reference& r) { r.status = ReferenceStatus::Retired; });
    }

    void accepts() {
        QFETCH(ReferenceMutation, mutate);
        verifyAccepted(validReference(), mutate);
    }

    void json() {
        verifyJson(validReference(), {u"id"_s, u"site_id"_s, u"title"_s, u"topic"_s, u"body"_s, u"owner"_s,
                                      u"last_reviewed"_s, u"review_interval_days"_s, u"status"_s});
        QCOMPARE(validReference().toJson().value(u"last_reviewed"_s).toString(), u"2024-02-29"_s);
        QCOMPARE(Reference().toJson().value(u"review_interval_days"_s).toInt(), 365);
        QVERIFY(Reference().toJson().value(u"site_id"_s).isNull());
    }

    void jsonRejected_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        QTest::addRow("unknown topic") << u"topic"_s << QJsonValue(u"printers"_s) << u"topic"_s;
        QTest::addRow("unknown status") << u"status"_s << QJsonValue(u"stale"_s) << u"status"_s;
        QTest::addRow("interval as text")
            << u"review_interval_days"_s << QJsonValue(u"365"_s) << u"review_interval_days"_s;
        QTest::addRow("not a leap day")
            << u"last_reviewed"_s << QJsonValue(u"2023-02-29"_s) << u"last_reviewed"_s;
        QTest::addRow("body as object") << u"body"_s << QJsonValue(QJsonObject()) << u"body"_s;
    }

    void jsonRejected() {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        verifyJsonRejected(validReference(), key, value, field);
    }

    void displayKey() { QCOMPARE(validReference().displayKey(), u"New user setup at Contoso"_s); }
};

QTEST_GUILESS_MAIN(tst_ReferenceValidation)
#include "tst_ReferenceValidation.moc"
