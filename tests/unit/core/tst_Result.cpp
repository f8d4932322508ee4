// SPDX-License-Identifier: GPL-3.0-or-later
#include "Result.h"

#include <QSet>
#include <QTest>

using namespace sitekeeper;
using namespace Qt::StringLiterals;

// Errors carry a kind that front ends and JSON output spell the same way; an error made the old way
// (message and place) is "invalid".
class tst_Result : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void kindsAreSpelledForJsonAndTheCli_data() {
        QTest::addColumn<Error::Kind>("kind");
        QTest::addColumn<QString>("name");
        QTest::addRow("invalid") << Error::Kind::Invalid << u"invalid"_s;
        QTest::addRow("not found") << Error::Kind::NotFound << u"not_found"_s;
        QTest::addRow("conflict") << Error::Kind::Conflict << u"conflict"_s;
        QTest::addRow("io") << Error::Kind::Io << u"io"_s;
        QTest::addRow("unavailable") << Error::Kind::Unavailable << u"unavailable"_s;
        QTest::addRow("forbidden") << Error::Kind::Forbidden << u"forbidden"_s;
        QTest::addRow("cancelled") << Error::Kind::Cancelled << u"cancelled"_s;
        QTest::addRow("unsupported") << Error::Kind::Unsupported << u"unsupported"_s;
    }
    void kindsAreSpelledForJsonAndTheCli() {
        QFETCH(Error::Kind, kind);
        QFETCH(QString, name);
        QCOMPARE(Error::kindName(kind), name);
        QVERIFY(Error::kindFromName(name) == kind);
    }

    void everyKindHasItsOwnSpelling() {
        QSet<QString> names;
        for (Error::Kind kind : Error::allKinds())
            names.insert(Error::kindName(kind));
        QCOMPARE(names.size(), Error::allKinds().size());
        QCOMPARE(Error::allKinds().size(), qsizetype(8));
        QVERIFY(!Error::kindFromName(u"NotFound"));
        QVERIFY(!Error::kindFromName(u"not found"));
        QVERIFY(!Error::kindFromName(u""));
    }

    void anErrorMadeWithoutAKindIsInvalid() {
        const Error plain{u"The name is empty."_s, u"name"_s};
        QCOMPARE(plain.kind, Error::Kind::Invalid);
        QVERIFY(plain.is(Error::Kind::Invalid));
        QCOMPARE(plain.toString(), u"name: The name is empty."_s);
        const Error missing{u"There is no such site."_s, {}, Error::Kind::NotFound};
        QVERIFY(missing.is(Error::Kind::NotFound));
        QVERIFY(!missing.is(Error::Kind::Io));
        QCOMPARE(missing.toString(), u"There is no such site."_s);
    }

    void resultsPassTheKindOn() {
        const auto failing = []() -> Result<int> {
            return Error{u"busy"_s, {}, Error::Kind::Unavailable};
        };
        const Result<int> result = failing();
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Error::Kind::Unavailable);
        QCOMPARE(result.valueOr(7), 7);
        QCOMPARE(Result<int>(3).valueOr(7), 3);
        const Result<void> done = result.error();
        QCOMPARE(done.error().kind, Error::Kind::Unavailable);
    }

    void aTemporaryResultsValueOutlivesIt() {
        // Range-for over the value of a temporary: the value is moved out, not referenced.
        const auto make = [] {
            return Result<QList<int>>(QList<int>{1, 2, 3});
        };
        int sum = 0;
        for (int n : make().value())
            sum += n;
        for (int n : *make())
            sum += n;
        QCOMPARE(sum, 12);
    }
};

QTEST_GUILESS_MAIN(tst_Result)
#include "tst_Result.moc"
