// SPDX-License-Identifier: GPL-3.0-or-later
// Reads the labelled corpus of tests/data/core/secret-corpus (see its README.md), for
// tst_SecretCorpus and bench_scanner.
#pragma once

#include "SecretScanner.h"

#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sitekeeper::corpus {

struct Note {
    int line = 0;   // in the file, from 1
    QString label;  // the kind name (secrets) or the category (ordinary)
    QString secret; // secrets only: the credential as it appears in the text
    QString text;
};

// `\n`, `\t` and `\\` stand for a new line, a tab and a backslash.
inline QString unescaped(const QString& field) {
    QString out;
    out.reserve(field.size());
    for (qsizetype i = 0; i < field.size(); ++i) {
        const QChar c = field.at(i);
        if (c != u'\\' || i + 1 == field.size()) {
            out.append(c);
            continue;
        }
        const QChar next = field.at(++i);
        if (next == u'n')
            out.append(u'\n');
        else if (next == u't')
            out.append(u'\t');
        else if (next == u'\\')
            out.append(u'\\');
        else {
            out.append(c);
            out.append(next);
        }
    }
    return out;
}

// The notes of one file with `columns` fields (3 for secrets.tsv, 2 for ordinary.tsv); an error
// names the file and line.
inline std::optional<QList<Note>> read(const QString& path, int columns, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QList<Note> notes;
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        QString line = QString::fromUtf8(file.readLine());
        if (line.endsWith(u'\n'))
            line.chop(1);
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList fields = line.split(u'\t');
        if (fields.size() != columns) {
            *error = QStringLiteral("%1:%2: %3 fields, expected %4")
                         .arg(path)
                         .arg(lineNumber)
                         .arg(fields.size())
                         .arg(columns);
            return std::nullopt;
        }
        Note note;
        note.line = lineNumber;
        note.label = fields.at(0);
        note.text = unescaped(fields.last());
        if (columns == 3) {
            note.secret = unescaped(fields.at(1));
            if (note.secret.isEmpty() || !note.text.contains(note.secret)) {
                *error = QStringLiteral("%1:%2: the secret is not in the note").arg(path).arg(lineNumber);
                return std::nullopt;
            }
        }
        notes.append(note);
    }
    return notes;
}

inline QString directory() {
    return QStringLiteral(SITEKEEPER_TEST_DATA "/core/secret-corpus");
}

// Whether a hit covers (part of) one of the places where the secret appears; the kind of the
// first such hit goes to `kind`.
inline bool found(const Note& note, const QList<SecretScanner::Hit>& hits,
                  SecretScanner::Kind* kind = nullptr) {
    for (qsizetype at = note.text.indexOf(note.secret); at >= 0;
         at = note.text.indexOf(note.secret, at + 1)) {
        const qsizetype end = at + note.secret.size();
        for (const SecretScanner::Hit& hit : hits) {
            if (hit.offset < end && at < hit.offset + hit.length) {
                if (kind)
                    *kind = hit.kind;
                return true;
            }
        }
    }
    return false;
}

} // namespace sitekeeper::corpus
