// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretScanner.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace sitekeeper {

namespace {

using Kind = SecretScanner::Kind;
using Hit = SecretScanner::Hit;

constexpr auto ci = QRegularExpression::CaseInsensitiveOption;

struct Candidate {
    Kind kind;
    qsizetype offset;
    qsizetype length;
    int priority; // lower wins when two candidates overlap
};

// Fixed-shape tokens: their prefix alone says what they are.
struct TokenPattern {
    Kind kind;
    QRegularExpression re;
    int group; // the capture that is the secret
};

const QList<TokenPattern>& tokenPatterns() {
    static const QList<TokenPattern> patterns{
        {Kind::PrivateKey,
         QRegularExpression(QStringLiteral("-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----[\\s\\S]*?"
                                           "(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|\\z)")),
         0},
        {Kind::PrivateKey,
         QRegularExpression(QStringLiteral("PuTTY-User-Key-File-\\d+:[\\s\\S]*?(?:Private-MAC: "
                                           "[0-9a-f]+|\\z)")),
         0},
        {Kind::AwsAccessKey,
         QRegularExpression(
             QStringLiteral("\\b(?:AKIA|ASIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|ABIA|ACCA)[A-Z0-9]{16}\\b")),
         0},
        {Kind::AwsSecretKey,
         QRegularExpression(
             QStringLiteral("aws_?secret_?(?:access_?)?key[\"']?\\s*[:=]\\s*[\"']?([A-Za-z0-9/+]{40})"
                            "(?![A-Za-z0-9/+])"),
             ci),
         1},
        {Kind::GitHubToken,
         QRegularExpression(
             QStringLiteral("\\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})\\b")),
         0},
        {Kind::GitLabToken,
         QRegularExpression(QStringLiteral("\\bgl(?:pat|dt|rt|ptt|cbt|soat|ft|imt)-[A-Za-z0-9_-]{20,}")), 0},
        {Kind::SlackToken, QRegularExpression(QStringLiteral("\\bxox[abposr]-[A-Za-z0-9-]{10,}")), 0},
        {Kind::SlackToken, QRegularExpression(QStringLiteral("\\bxapp-\\d-[A-Za-z0-9-]{10,}")), 0},
        {Kind::SlackToken,
         QRegularExpression(QStringLiteral(
             "https://hooks\\.slack\\.com/services/T[A-Za-z0-9]+/B[A-Za-z0-9]+/[A-Za-z0-9]{16,}")),
         0},
        {Kind::Jwt,
         QRegularExpression(
             QStringLiteral("\\beyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]*")),
         0},
        // A URL with a password in it: scheme://user:secret@host.
        {Kind::ConnectionString,
         QRegularExpression(QStringLiteral("\\b[a-z][a-z0-9+.-]*://[^\\s:/@?#]+:([^\\s@/?#]+)@[^\\s@]"), ci),
         1},
        // ADO.NET / ODBC: "Server=...;User Id=...;Password=...".
        {Kind::ConnectionString,
         QRegularExpression(
             QStringLiteral("\\b(?:server|data source|host|user id|uid|database|initial "
                            "catalog|provider|dsn|driver)\\s*=[^\\r\\n]*?\\b(?:password|pwd)\\s*=\\s*"
                            "(\\{[^}\\r\\n]*\\}|\"[^\"\\r\\n]*\"|'[^'\\r\\n]*'|[^;\\s][^;\\r\\n]*)"),
             ci),
         1},
    };
    return patterns;
}

// A value that stands for a secret without being one: "****", "<password>", "$PASSWORD", "n/a".
bool isPlaceholder(const QString& value) {
    static const QRegularExpression re(
        QStringLiteral("^(?:[*x•.#_-]+|<[\\w\\s-]*>|\\{\\w*\\}|\\[[\\w\\s-]*\\]|\\$\\{?\\w+\\}?|%\\w+%|n/"
                       "?a|none|null|nil|"
                       "empty|blank|redacted|hidden|removed|unknown|tbd|tba|same|changeme\\?|\\?+)$"),
        ci);
    return re.match(value).hasMatch();
}

// Help-desk values that follow "password:" without being one: tickets, KB ids, dates, codes,
// addresses, paths, phone numbers.
bool isOrdinaryValue(const QString& value) {
    static const QList<QRegularExpression> ordinary{
        QRegularExpression(QStringLiteral("^(?:INC|REQ|RITM|CHG|PRB|TASK|SR|CS|TKT|CASE|TICKET)[-#]?\\d+$"),
                           ci),
        QRegularExpression(QStringLiteral("^#?[A-Z][A-Z0-9]{1,9}-\\d{2,}$")), // Jira-like ABC-1234
        QRegularExpression(QStringLiteral("^#\\d+$")),
        QRegularExpression(QStringLiteral("^KB\\d{5,}$"), ci),
        QRegularExpression(QStringLiteral("^0x[0-9a-f]+$"), ci),
        QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}(?:[T ][\\d:.]+Z?)?$")),
        QRegularExpression(QStringLiteral("^\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}$")),
        QRegularExpression(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"),
                           ci),
        QRegularExpression(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$"), ci),
        QRegularExpression(QStringLiteral("://|^www\\."), ci),
        QRegularExpression(QStringLiteral("^(?:[a-z]:\\\\|\\\\\\\\)"), ci),
        QRegularExpression(QStringLiteral("^\\+?[\\d() .-]{7,}$")), // a phone number, with separators
        QRegularExpression(QStringLiteral("^(?:[0-9a-f]{2}[:-]){5}[0-9a-f]{2}$"), ci), // MAC address
        QRegularExpression(
            QStringLiteral("^\\d+(?:\\.\\d+)*(?:%|d|h|m|s|ms|days?|hours?|chars?|characters?)?$"),
            ci), // numbers, versions, durations
    };
    for (const QRegularExpression& re : ordinary) {
        if (re.match(value).hasMatch()) {
            // Six or more plain digits after "password" are a (bad) password, not a count.
            static const QRegularExpression digitsOnly(QStringLiteral("^\\d{6,}$"));
            return !digitsOnly.match(value).hasMatch();
        }
    }
    return false;
}

// Whether a single unquoted word after "password:" looks like a password rather than prose: it
// mixes letters with digits or symbols, or has capitals inside, or is six or more digits.
bool looksLikePassword(const QString& value) {
    if (value.size() < 4 || value.size() > 128)
        return false;
    int lower = 0, upper = 0, digits = 0, symbols = 0, innerUpper = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c.isLower())
            ++lower;
        else if (c.isUpper()) {
            ++upper;
            if (i > 0)
                ++innerUpper;
        } else if (c.isDigit())
            ++digits;
        else
            ++symbols;
    }
    const int letters = lower + upper;
    if (digits == value.size())
        return value.size() >= 6;
    if (letters > 0 && digits > 0)
        return true;
    if (symbols > 0 && (letters + digits) > 0 && value.size() >= 6)
        return true;
    return innerUpper > 0 && lower > 0;
}

bool looksLikePin(const QString& value) {
    static const QRegularExpression re(QStringLiteral("^(?=[A-Za-z0-9]*\\d)[A-Za-z0-9]{4,12}$"));
    return re.match(value).hasMatch();
}

// Multi-word passphrases are taken to the end of the line; these openings describe where a
// secret is instead of giving it.
bool startsLikeProse(const QString& value) {
    static const QRegularExpression re(
        QStringLiteral(
            "^(?:see|stored|in|on|kept|saved|managed|sent|provided|available|required|the|a|an|not|"
            "set|reset|changed|expired|ask|call|contact|with|from|via|per|under|is|was|will|must|"
            "should|has|have|needs?|can|cannot|to|by|for|at|of|same|unchanged|given|texted|emailed)"
            "\\b"),
        ci);
    return re.match(value).hasMatch();
}

QString trimTrailingPunctuation(QString value) {
    while (!value.isEmpty() && QStringLiteral(".,;:)]}\"'").contains(value.back()))
        value.chop(1);
    return value;
}

void findAssignments(QStringView text, QList<Candidate>& out) {
    // keyword, an optional "for <account>" of up to four words, a separator, the value.
    static const QRegularExpression re(
        QStringLiteral(
            "\\b(?<kw>pass\\s?phrase|password|passwd|passwort|kennwort|pwd|pw|passcode|pin(?:\\s?code)?|"
            "pass)\\b[\"']?"
            "(?:\\s+(?:for|of|on)\\s+[\\w.@\\\\$-]+(?:\\s+[\\w.@\\\\$-]+){0,3}?)?"
            "(?<sep>\\s*[:=]\\s*|\\s*(?:->|=>|\\x{2192})\\s*|\\s+(?:is|was|are)\\s+(?:now\\s+|still\\s+|"
            "(?:re)?set\\s+to\\s+|changed\\s+to\\s+)?|\\s+(?:(?:re)?set|changed|updated)?\\s*to\\s+)"
            "(?<value>\"[^\"\\r\\n]{1,128}\"|'[^'\\r\\n]{1,128}'|`[^`\\r\\n]{1,128}`|[^\\r\\n]{1,128})"),
        ci);
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString keyword = m.captured(u"kw").toLower().remove(QLatin1Char(' '));
        const QString sep = m.captured(u"sep").trimmed();
        QString value = m.captured(u"value");
        qsizetype start = m.capturedStart(u"value");
        Kind kind = Kind::Password;
        if (keyword == QLatin1String("passphrase"))
            kind = Kind::Passphrase;
        else if (keyword.startsWith(QLatin1String("pin")) || keyword == QLatin1String("passcode"))
            kind = Kind::Pin;
        // "pass" and "pw" alone are ordinary words unless a colon or equals sign follows.
        if ((keyword == QLatin1String("pass") || keyword == QLatin1String("pin")) &&
            sep != QLatin1String(":") && sep != QLatin1String("=") &&
            sep.compare(QLatin1String("is"), Qt::CaseInsensitive) != 0)
            continue;

        const QChar first = value.isEmpty() ? QChar() : value.front();
        const bool quoted = first == u'"' || first == u'\'' || first == u'`';
        if (quoted) {
            const qsizetype close = value.indexOf(first, 1);
            if (close < 0)
                continue;
            value = value.mid(1, close - 1);
            start += 1;
            if (value.trimmed().size() >= 4 && !isPlaceholder(value.trimmed()))
                out.append({kind, start, value.size(), 3});
            continue;
        }
        if (kind == Kind::Passphrase) {
            // Up to the end of the line or of the sentence.
            static const QRegularExpression end(QStringLiteral("[.;!?](?:\\s|$)|\\s{2,}"));
            const QRegularExpressionMatch e = end.match(value);
            if (e.hasMatch())
                value = value.left(e.capturedStart());
            value = trimTrailingPunctuation(value.trimmed());
            if (value.size() >= 8 && !startsLikeProse(value) && !isPlaceholder(value) &&
                !isOrdinaryValue(value))
                out.append({kind, start, value.size(), 3});
            continue;
        }
        // A single word: the first whitespace-separated token.
        const qsizetype space = value.indexOf(QRegularExpression(QStringLiteral("\\s")));
        if (space >= 0)
            value = value.left(space);
        QString trimmed = value;
        // A sentence's full stop or comma is not part of the password when what is left still is one.
        while (!trimmed.isEmpty() && QStringLiteral(".,;)]").contains(trimmed.back()))
            trimmed.chop(1);
        if (trimmed.isEmpty() || isPlaceholder(trimmed))
            continue;
        // A PIN is digits; for other kinds a plain number is a count or a version.
        if (!(kind == Kind::Pin && looksLikePin(trimmed)) && isOrdinaryValue(trimmed))
            continue;
        const bool looks = kind == Kind::Pin ? looksLikePin(trimmed) : looksLikePassword(trimmed);
        if (looks)
            out.append({kind, start, trimmed.size(), 3});
    }
}

double shannonBitsPerChar(QStringView token) {
    QHash<QChar, int> counts;
    for (const QChar c : token)
        ++counts[c];
    double bits = 0;
    for (const int n : std::as_const(counts)) {
        const double p = double(n) / double(token.size());
        bits -= p * std::log2(p);
    }
    return bits;
}

int charClass(QChar c) {
    if (c.isLower())
        return 0;
    if (c.isUpper())
        return 1;
    if (c.isDigit())
        return 2;
    return 3;
}

// Random tokens (API keys, session secrets): long, mixed classes that change often, high entropy,
// and not built of words the way identifiers and file names are.
bool looksRandom(QStringView token) {
    if (token.size() < 24)
        return false;
    int classes[4] = {0, 0, 0, 0};
    int transitions = 0;
    for (qsizetype i = 0; i < token.size(); ++i) {
        ++classes[charClass(token.at(i))];
        if (i > 0 && charClass(token.at(i)) != charClass(token.at(i - 1)))
            ++transitions;
    }
    if (classes[0] == 0 || classes[1] == 0 || classes[2] < 2)
        return false;
    if (double(transitions) / double(token.size()) < 0.25)
        return false;
    if (shannonBitsPerChar(token) < 3.5)
        return false;
    static const QRegularExpression word(QStringLiteral("[A-Za-z][a-z]{3,}"));
    qsizetype inWords = 0;
    auto it = word.globalMatch(token);
    while (it.hasNext())
        inWords += it.next().capturedLength();
    return double(inWords) / double(token.size()) <= 0.5;
}

void findHighEntropy(QStringView text, QList<Candidate>& out) {
    static const QRegularExpression re(QStringLiteral("(?<![A-Za-z0-9+/_.-])[A-Za-z0-9+/_-]{24,}={0,2}"));
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        // The whitespace-separated word around it: parts of URLs and paths are not secrets.
        qsizetype from = m.capturedStart();
        qsizetype to = m.capturedEnd();
        while (from > 0 && !text.at(from - 1).isSpace())
            --from;
        while (to < text.size() && !text.at(to).isSpace())
            ++to;
        const QStringView word = text.mid(from, to - from);
        if (word.contains(u"://") || word.startsWith(u"www.", Qt::CaseInsensitive) || word.contains(u'\\'))
            continue;
        QStringView token = m.capturedView();
        while (token.endsWith(u'='))
            token.chop(1);
        if (looksRandom(token))
            out.append({Kind::HighEntropyToken, m.capturedStart(), m.capturedLength(), 4});
    }
}

} // namespace

QList<SecretScanner::Hit> SecretScanner::scan(QStringView text) {
    QList<Candidate> candidates;
    int priority = 0;
    for (const TokenPattern& pattern : tokenPatterns()) {
        // Key blocks first, then fixed-shape tokens, then connection strings (see tokenPatterns()).
        priority = pattern.kind == Kind::PrivateKey ? 0 : pattern.kind == Kind::ConnectionString ? 2 : 1;
        auto it = pattern.re.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            QStringView value = m.capturedView(pattern.group);
            qsizetype start = m.capturedStart(pattern.group);
            if (pattern.kind == Kind::ConnectionString) {
                const QString raw = value.trimmed().toString();
                // Braces and quotes delimit an ODBC value; anything else may end a sentence.
                const bool delimited = raw.startsWith(u'{') || raw.startsWith(u'"') || raw.startsWith(u'\'');
                const QString trimmed = delimited ? raw : trimTrailingPunctuation(raw);
                if (trimmed.isEmpty() || isPlaceholder(trimmed))
                    continue;
                start += value.indexOf(trimmed);
                value = value.mid(value.indexOf(trimmed), trimmed.size());
            }
            candidates.append({pattern.kind, start, value.size(), priority});
        }
    }
    findAssignments(text, candidates);
    findHighEntropy(text, candidates);

    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate& a, const Candidate& b) { return a.priority < b.priority; });
    QList<Candidate> kept;
    for (const Candidate& c : std::as_const(candidates)) {
        const bool overlaps = std::any_of(kept.cbegin(), kept.cend(), [&c](const Candidate& k) {
            return c.offset < k.offset + k.length && k.offset < c.offset + c.length;
        });
        if (!overlaps && c.length > 0)
            kept.append(c);
    }
    std::sort(kept.begin(), kept.end(),
              [](const Candidate& a, const Candidate& b) { return a.offset < b.offset; });

    QList<Hit> hits;
    int line = 1;
    qsizetype lineStart = 0;
    qsizetype position = 0;
    for (const Candidate& c : std::as_const(kept)) {
        for (; position < c.offset; ++position) {
            if (text.at(position) == u'\n') {
                ++line;
                lineStart = position + 1;
            }
        }
        hits.append({c.kind, c.offset, c.length, line, static_cast<int>(c.offset - lineStart) + 1});
    }
    return hits;
}

QString SecretScanner::kindName(Kind kind) {
    switch (kind) {
    case Kind::Password:
        return QStringLiteral("password");
    case Kind::Passphrase:
        return QStringLiteral("passphrase");
    case Kind::Pin:
        return QStringLiteral("pin");
    case Kind::PrivateKey:
        return QStringLiteral("private_key");
    case Kind::AwsAccessKey:
        return QStringLiteral("aws_access_key");
    case Kind::AwsSecretKey:
        return QStringLiteral("aws_secret_key");
    case Kind::GitHubToken:
        return QStringLiteral("github_token");
    case Kind::GitLabToken:
        return QStringLiteral("gitlab_token");
    case Kind::SlackToken:
        return QStringLiteral("slack_token");
    case Kind::Jwt:
        return QStringLiteral("jwt");
    case Kind::ConnectionString:
        return QStringLiteral("connection_string");
    case Kind::HighEntropyToken:
        return QStringLiteral("high_entropy_token");
    }
    return {};
}

QString SecretScanner::kindDescription(Kind kind) {
    switch (kind) {
    case Kind::Password:
        return tr("a password");
    case Kind::Passphrase:
        return tr("a passphrase");
    case Kind::Pin:
        return tr("a PIN");
    case Kind::PrivateKey:
        return tr("a private key");
    case Kind::AwsAccessKey:
        return tr("an AWS access key");
    case Kind::AwsSecretKey:
        return tr("an AWS secret key");
    case Kind::GitHubToken:
        return tr("a GitHub token");
    case Kind::GitLabToken:
        return tr("a GitLab token");
    case Kind::SlackToken:
        return tr("a Slack token");
    case Kind::Jwt:
        return tr("a JSON Web Token");
    case Kind::ConnectionString:
        return tr("a connection string with a password");
    case Kind::HighEntropyToken:
        return tr("a random-looking token (API key or secret)");
    }
    return {};
}

} // namespace sitekeeper
