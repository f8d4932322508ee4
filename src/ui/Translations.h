// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sitekeeper {

// The languages of the console and the translators that show them. Widgets take their texts when they
// are made, so main() installs the translators before the first window, and a change in Preferences
// applies at the next start. The GUI tests install them the same way.
class Translations {
public:
    struct Language {
        QString code; // "en", "de"
        QString name; // in its own language, as people look for it in a list: "Deutsch"
    };
    // English first: it is the language of the sources and the fallback.
    static QList<Language> available();

    // The Preferences choice, kept in the application's settings: a code of available(), or empty to
    // follow the system.
    static QString chosenLanguage();
    static void setChosenLanguage(const QString& code);

    // The language to show: `requested` when the console has it, else the first of `uiLanguages`
    // (QLocale::system().uiLanguages(), which follows LANGUAGE, LC_ALL and LANG) it has, else English.
    static QString resolve(const QString& requested, const QStringList& uiLanguages);

    // Installs Sitekeeper's translator of `code` and Qt's own (the standard buttons and dialogs) on the
    // application, replacing those installed before. A language other than the system's also becomes
    // the default locale, so that dates and numbers match the words. False when Sitekeeper's
    // translation cannot be loaded; Qt's is optional (Debian: qt6-translations-l10n).
    static bool install(const QString& code);
};

} // namespace sitekeeper
