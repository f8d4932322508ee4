// SPDX-License-Identifier: GPL-3.0-or-later
// The scanner measured on a labelled corpus of help-desk notes (tests/data/core/secret-corpus):
// recall over the notes with a credential, false alarms over the ordinary ones.
#include "SecretCorpusSupport.h"
#include "SecretScanner.h"

#include <QMap>
#include <QSet>
#include <QTest>

using namespace sitekeeper;
using Kind = SecretScanner::Kind;

class tst_SecretCorpus : public QObject {
    Q_OBJECT

    QList<corpus::Note> m_secrets;
    QList<corpus::Note> m_ordinary;

private Q_SLOTS:
    void initTestCase() {
        QString error;
        const auto secrets = corpus::read(corpus::directory() + u"/secrets.tsv", 3, &error);
        QVERIFY2(secrets, qPrintable(error));
        const auto ordinary = corpus::read(corpus::directory() + u"/ordinary.tsv", 2, &error);
        QVERIFY2(ordinary, qPrintable(error));
        m_secrets = *secrets;
        m_ordinary = *ordinary;
    }

    // The corpus is what the brief promises: large enough, many kinds, every label a kind.
    void corpusShape() {
        QSet<QString> names;
        for (const Kind kind : SecretScanner::allKinds())
            names.insert(SecretScanner::kindName(kind));
        QSet<QString> labels;
        for (const corpus::Note& note : std::as_const(m_secrets)) {
            QVERIFY2(
                names.contains(note.label),
                qPrintable(QStringLiteral("secrets.tsv:%1: unknown kind %2").arg(note.line).arg(note.label)));
            labels.insert(note.label);
        }
        QVERIFY2(m_secrets.size() >= 300, qPrintable(QString::number(m_secrets.size())));
        QVERIFY2(m_ordinary.size() >= 300, qPrintable(QString::number(m_ordinary.size())));
        QVERIFY2(labels.size() >= 30, qPrintable(QString::number(labels.size())));
        // Every kind the scanner has is in the corpus.
        QCOMPARE(labels.size(), names.size());
    }

    void recallAndFalseAlarms() {
        int found = 0;
        int sameKind = 0;
        QMap<QString, std::pair<int, int>> perKind; // found, total
        for (const corpus::Note& note : std::as_const(m_secrets)) {
            Kind kind{};
            const bool hit = corpus::found(note, SecretScanner::scan(note.text), &kind);
            auto& [kindFound, kindTotal] = perKind[note.label];
            ++kindTotal;
            if (!hit) {
                // Where and what, never the note: it holds a (fake) secret.
                qWarning("missed: secrets.tsv:%d (%s)", note.line, qPrintable(note.label));
                continue;
            }
            ++found;
            ++kindFound;
            if (SecretScanner::kindName(kind) == note.label)
                ++sameKind;
            else
                qInfo("found as %s: secrets.tsv:%d (%s)", qPrintable(SecretScanner::kindName(kind)),
                      note.line, qPrintable(note.label));
        }
        int alarms = 0;
        for (const corpus::Note& note : std::as_const(m_ordinary)) {
            const QList<SecretScanner::Hit> hits = SecretScanner::scan(note.text);
            if (hits.isEmpty())
                continue;
            ++alarms;
            qWarning("false alarm: ordinary.tsv:%d (%s): %s at column %d: \"%s\"", note.line,
                     qPrintable(note.label), qPrintable(SecretScanner::kindName(hits.constFirst().kind)),
                     hits.constFirst().column,
                     qPrintable(note.text.mid(hits.constFirst().offset, hits.constFirst().length)));
        }
        for (auto it = perKind.cbegin(); it != perKind.cend(); ++it) {
            if (it->first != it->second)
                qInfo("%s: %d of %d", qPrintable(it.key()), it->first, it->second);
        }
        const double recall = double(found) / double(m_secrets.size());
        const double falseAlarms = double(alarms) / double(m_ordinary.size());
        qInfo("corpus: recall %.1f %% (%d of %lld notes, %d with the labelled kind), false alarms %.2f %% "
              "(%d of "
              "%lld notes)",
              recall * 100, found, qlonglong(m_secrets.size()), sameKind, falseAlarms * 100, alarms,
              qlonglong(m_ordinary.size()));
        QVERIFY2(recall >= 0.97,
                 qPrintable(QStringLiteral("recall %1 % < 97 %").arg(recall * 100, 0, 'f', 1)));
        QVERIFY2(falseAlarms <= 0.01,
                 qPrintable(QStringLiteral("false alarms %1 % > 1 %").arg(falseAlarms * 100, 0, 'f', 2)));
    }
};

QTEST_GUILESS_MAIN(tst_SecretCorpus)
#include "tst_SecretCorpus.moc"
