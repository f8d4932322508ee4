// SPDX-License-Identifier: GPL-3.0-or-later
#include "Country.h"

#include <QHash>
#include <QLocale>
#include <QTimeZone>

namespace sitekeeper {

namespace {

QString nameKey(const QString& text) {
    // Case and spacing do not matter; dots do not either ("U.S.A.").
    QString key = text.simplified().toCaseFolded();
    key.remove(QLatin1Char('.'));
    return key;
}

// Every spelling -> code, built once: the English name of every territory Qt knows, the native name
// in each of its languages, and a few short forms exports use.
const QHash<QString, QString>& names() {
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> result;
        for (int t = QLocale::AnyTerritory + 1; t <= QLocale::LastTerritory; ++t) {
            const auto territory = QLocale::Territory(t);
            const QString code = QLocale::territoryToCode(territory);
            if (code.size() != 2)
                continue;
            result.insert(nameKey(QLocale::territoryToString(territory)), code);
            for (const QLocale& locale :
                 QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, territory)) {
                const QString native = locale.nativeTerritoryName();
                if (!native.isEmpty())
                    result.insert(nameKey(native), code);
            }
        }
        const std::initializer_list<std::pair<const char*, const char*>> aliases{
            {"uk", "GB"},
            {"great britain", "GB"},
            {"england", "GB"},
            {"scotland", "GB"},
            {"wales", "GB"},
            {"northern ireland", "GB"},
            {"usa", "US"},
            {"us", "US"},
            {"united states of america", "US"},
            {"america", "US"},
            {"holland", "NL"},
            {"the netherlands", "NL"},
            {"czech republic", "CZ"},
            {"south korea", "KR"},
            {"korea", "KR"},
            {"uae", "AE"},
            {"hong kong", "HK"},
            {"macao", "MO"},
            {"russia", "RU"},
            {"vietnam", "VN"},
            {"turkey", "TR"},
            {"ivory coast", "CI"},
        };
        for (const auto& [alias, code] : aliases)
            result.insert(nameKey(QLatin1String(alias)), QLatin1String(code));
        return result;
    }();
    return table;
}

} // namespace

bool Country::isCode(const QString& code) {
    if (code.size() != 2)
        return false;
    const QLocale::Territory territory = QLocale::codeToTerritory(code.toUpper());
    return territory != QLocale::AnyTerritory && territory != QLocale::World;
}

QString Country::code(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 100)
        return QString();
    if (isCode(trimmed))
        return trimmed.toUpper();
    return names().value(nameKey(trimmed));
}

QString Country::ofTimeZone(const QString& ianaId) {
    if (ianaId.isEmpty())
        return QString();
    const QTimeZone zone(ianaId.toUtf8());
    if (!zone.isValid())
        return QString();
    const QLocale::Territory territory = zone.territory();
    if (territory == QLocale::AnyTerritory || territory == QLocale::World)
        return QString();
    const QString code = QLocale::territoryToCode(territory);
    return code.size() == 2 ? code : QString();
}

QString Country::label(const QString& code) {
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    if (territory == QLocale::AnyTerritory)
        return code;
    return QStringLiteral("%1 (%2)").arg(QLocale::territoryToString(territory), code);
}

} // namespace sitekeeper
