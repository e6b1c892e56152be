// Starts the window: language and layout direction, settings, main window.
#pragma once

#include <QString>

class QApplication;

namespace Application {

// Installs Istiqbal's and Qt's own translations for language ("ar" or "en") and
// sets the layout direction that language reads in.
void applyLanguage(QApplication &app, const QString &language);

int runWindow(int argc, char *argv[]);

} // namespace Application
