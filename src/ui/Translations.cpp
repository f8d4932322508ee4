// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <algorithm>
#include <memory>
#include <vector>

namespace sitekeeper {

namespace {

QString languageKey() {
    return QStringLiteral("ui/language");
}

// The translators installed last; QCoreApplication only keeps pointers to them.
std::vector<std::unique_ptr<QTranslator>>& installed() {
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

bool isAvailable(const QString& code) {
    const QList<Translations::Language> languages = Translations::available();
    return std::any_of(languages.cbegin(), languages.cend(),
                       [&code](const Translations::Language& l) { return l.code == code; });
}

} // namespace

QList<Translations::Language> Translations::available() {
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")}};
}

QString Translations::chosenLanguage() {
    const QString code = QSettings().value(languageKey()).toString();
    return isAvailable(code) ? code : QString();
}

void Translations::setChosenLanguage(const QString& code) {
    QSettings settings;
    if (code.isEmpty())
        settings.remove(languageKey());
    else
        settings.setValue(languageKey(), code);
}

QString Translations::resolve(const QString& requested, const QStringList& uiLanguages) {
    if (isAvailable(requested))
        return requested;
    for (const QString& ui : uiLanguages) {
        // "de-DE", "de_AT", "de": the language part decides.
        const QString code = QLocale(ui).name().section(QLatin1Char('_'), 0, 0);
        if (isAvailable(code))
            return code;
    }
    return QStringLiteral("en");
}

bool Translations::install(const QString& code) {
    for (const auto& translator : installed())
        QCoreApplication::removeTranslator(translator.get());
    installed().clear();

    // Qt's first, then ours: the translator installed last is asked first.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        installed().push_back(std::move(qt));
    auto own = std::make_unique<QTranslator>();
    const bool loaded = own->load(QStringLiteral(":/i18n/sitekeeper_%1.qm").arg(code));
    if (loaded)
        installed().push_back(std::move(own));
    for (const auto& translator : installed())
        QCoreApplication::installTranslator(translator.get());

    QLocale::setDefault(QLocale::system().language() == QLocale(code).language() ? QLocale::system()
                                                                                 : QLocale(code));
    return loaded;
}

} // namespace sitekeeper
