#include "ui/Application.h"

#include "ui/MainWindow.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Application {

void applyLanguage(QApplication &app, const QString &language)
{
    static QTranslator *own = nullptr;
    static QTranslator *qt = nullptr;
    for (QTranslator *t : {own, qt}) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    own = new QTranslator(&app);
    qt = new QTranslator(&app);

    const QLocale locale = language == QLatin1String("en")
                               ? QLocale(QLocale::English, QLocale::UnitedStates)
                               : QLocale(QLocale::Arabic, QLocale::SaudiArabia);
    QLocale::setDefault(locale);
    if (own->load(QStringLiteral(":/i18n/istiqbal_%1.qm").arg(language)))
        QCoreApplication::installTranslator(own);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    app.setLayoutDirection(locale.textDirection());
}

int runWindow(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("istiqbal"));
    QApplication::setOrganizationName(QStringLiteral("istiqbal"));
    applyLanguage(app, QStringLiteral("ar"));

    MainWindow window;
    window.show();
    return app.exec();
}

} // namespace Application
