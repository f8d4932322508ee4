// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvWriter.h"

namespace sitekeeper {

namespace {

bool startsFormula(const QString& value) {
    if (value.isEmpty())
        return false;
    switch (value.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

} // namespace

QString CsvWriter::field(const QString& value) const {
    const QString text =
        m_options.neutraliseFormulas && startsFormula(value) ? QLatin1Char('\'') + value : value;
    const bool needsQuotes = text.contains(m_options.delimiter) || text.contains(QLatin1Char('"')) ||
                             text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n'));
    if (!needsQuotes)
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

void CsvWriter::writeRow(const QStringList& fields) {
    // A row of one empty field would be a blank line, which readers skip.
    if (fields.size() == 1 && fields.constFirst().isEmpty()) {
        m_text += QLatin1String("\"\"\r\n");
        return;
    }
    // A first line "sep=X" is Excel's delimiter directive, which readers skip instead of taking it as the
    // header: a first field that starts so is quoted (it holds no quote, or it would be quoted already).
    const bool firstLine = m_text.isEmpty();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_text += m_options.delimiter;
        const QString text = field(fields.at(i));
        if (firstLine && i == 0 && text.startsWith(QLatin1String("sep="), Qt::CaseInsensitive))
            m_text += QLatin1Char('"') + text + QLatin1Char('"');
        else
            m_text += text;
    }
    m_text += QLatin1String("\r\n");
}

QByteArray CsvWriter::bytes() const {
    QByteArray bytes = m_text.toUtf8();
    if (m_options.byteOrderMark)
        bytes.prepend("\xEF\xBB\xBF");
    return bytes;
}

QByteArray CsvWriter::write(const QStringList& header, const QList<QStringList>& rows, Options options) {
    CsvWriter writer(options);
    writer.writeRow(header);
    for (const QStringList& row : rows)
        writer.writeRow(row);
    return writer.bytes();
}

} // namespace sitekeeper
