// Starts the window: the command line (--database PATH, --language ar|en),
// language and layout direction, settings, the database, the main window.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QApplication;
class Settings;

namespace Application {

// Installs the style that never underlines a mnemonic letter (JoinedTextStyle),
// once: an underlined letter splits an Arabic word. applyLanguage calls it.
void keepWordsJoined(QApplication &app);

// Installs Istiqbal's and Qt's own translations (QtTranslations) for language
// ("ar" or "en"), sets the layout direction that language reads in and a font that has both
// Arabic and Latin letters. Widgets retranslate on QEvent::LanguageChange.
void applyLanguage(QApplication &app, const QString &language);

struct WindowOptions
{
    QString databasePath; // never empty
    QString language;     // "ar" or "en"
    bool helpShown = false;
};

// Reads the window's command line (arguments include the program name).
// Without --database: the path in settings, else the default database; without
// --language: the language in settings. The failure says what is wrong.
Result<WindowOptions> parseWindowArguments(const QStringList &arguments, const Settings &settings);

int runWindow(int argc, char *argv[]);

} // namespace Application
