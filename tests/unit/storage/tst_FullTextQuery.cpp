// SPDX-License-Identifier: GPL-3.0-or-later
#include "FullTextQuery.h"

#include <QTest>

using namespace sitekeeper;
using namespace Qt::StringLiterals;

class tst_FullTextQuery : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fromUserText_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::addRow("empty") << QString() << QString();
        QTest::addRow("blank") << u"  \t "_s << QString();
        QTest::addRow("one word") << u"ann"_s << u"\"ann\"*"_s;
        QTest::addRow("two words") << u"Ann  Smith"_s << u"\"Ann\"* \"Smith\"*"_s;
        QTest::addRow("quote") << u"\""_s << QString();
        QTest::addRow("quotes around") << u"\"ann\""_s << u"\"ann\"*"_s;
        QTest::addRow("quote inside") << u"o\"brien"_s << u"\"o\"* \"brien\"*"_s;
        QTest::addRow("star") << u"*"_s << QString();
        QTest::addRow("prefix star") << u"ann*"_s << u"\"ann\"*"_s;
        QTest::addRow("NEAR") << u"NEAR(a b, 3)"_s << u"\"NEAR\"* \"a\"* \"b\"* \"3\"*"_s;
        QTest::addRow("OR") << u"a OR b"_s << u"\"a\"* \"OR\"* \"b\"*"_s;
        QTest::addRow("column filter") << u"title:x"_s << u"\"title\"* \"x\"*"_s;
        QTest::addRow("caret minus plus") << u"^a -b +c"_s << u"\"a\"* \"b\"* \"c\"*"_s;
        QTest::addRow("email") << u"ann@example.com"_s << u"\"ann\"* \"example\"* \"com\"*"_s;
        QTest::addRow("phone") << u"+1 415"_s << u"\"1\"* \"415\"*"_s;
        QTest::addRow("accents") << u"Müller Zoë"_s << u"\"Müller\"* \"Zoë\"*"_s;
        QTest::addRow("sql") << u"'; DROP TABLE x; --"_s << u"\"DROP\"* \"TABLE\"* \"x\"*"_s;
    }

    void fromUserText() {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(FullTextQuery::fromUserText(text), expected);
    }
};

QTEST_GUILESS_MAIN(tst_FullTextQuery)
#include "tst_FullTextQuery.moc"
