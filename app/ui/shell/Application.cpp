#include "ui/shell/Application.h"

#include "services/Workspace.h"
#include "ui/connection/ConnectionDialog.h"
#include "ui/shell/JoinedTextStyle.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/QtTranslations.h"
#include "ui/shell/Settings.h"
#include "ui/shell/SignInFlow.h"
#include "ui/widgets/TextBoxAlignment.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFontDatabase>
#include <QLibraryInfo>
#include <QLocale>
#include <QStyleFactory>
#include <QTranslator>

#include <cstdio>

namespace {

class Texts final
{
    Q_DECLARE_TR_FUNCTIONS(Application)
};

// A font family list that covers Arabic and Latin well, from what is installed.
QStringList uiFontFamilies(const QString &language)
{
    const QStringList arabic = {QStringLiteral("Noto Sans Arabic UI"),
                                QStringLiteral("Noto Sans Arabic"),
                                QStringLiteral("Noto Naskh Arabic")};
    const QStringList latin = {QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans")};
    const QStringList installed = QFontDatabase::families();
    QStringList out;
    // The first family decides the metrics; the language's own script first.
    for (const QStringList &group : language == QLatin1String("ar")
                                        ? QList<QStringList>{arabic, latin}
                                        : QList<QStringList>{latin, arabic}) {
        for (const QString &family : group) {
            if (installed.contains(family)) {
                out << family;
                break;
            }
        }
    }
    return out;
}

} // namespace

namespace Application {

void keepWordsJoined(QApplication &app)
{
    if (qobject_cast<JoinedTextStyle *>(QApplication::style()))
        return;
    // The style in use (the platform's, or -style NAME) stays the base.
    QStyle *base = QStyleFactory::create(QApplication::style()->name());
    app.setStyle(new JoinedTextStyle(base)); // QApplication owns it
}

void applyLanguage(QApplication &app, const QString &language)
{
    keepWordsJoined(app);
    static QTranslator *own = nullptr;
    static QTranslator *qt = nullptr;
    for (QTranslator *t : {own, qt}) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    own = new QTranslator(&app);
    qt = new QtTranslations(&app);

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
    // Plain-text boxes follow that direction too (Qt 6.4's do not by themselves).
    TextBoxAlignment::install();

    const QStringList families = uiFontFamilies(language);
    if (!families.isEmpty()) {
        QFont font = QApplication::font();
        font.setFamilies(families);
        QApplication::setFont(font);
    }
    // QApplication posts LanguageChange to the windows: deliver it now, so
    // the switch is complete when this returns.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
}

Result<WindowOptions> parseWindowArguments(const QStringList &arguments, const Settings &settings)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Texts::tr("Istiqbal: the front desk of a charitable "
                                               "association."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption database(QStringLiteral("database"),
                                      Texts::tr("The database to open: a file, or a "
                                                "postgresql://user@host:port/dbname address."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      Texts::tr("The interface language: ar (Arabic) or en "
                                                "(English)."),
                                      QStringLiteral("ar|en"));
    parser.addOption(database);
    parser.addOption(language);
    if (!parser.parse(arguments))
        return Status::failure(parser.errorText());

    WindowOptions out;
    if (parser.isSet(help)) {
        out.helpShown = true;
        std::fputs(qPrintable(parser.helpText()), stdout);
        return out;
    }
    if (!parser.positionalArguments().isEmpty())
        return Status::failure(
            Texts::tr("Unexpected argument: %1").arg(parser.positionalArguments().first()));
    out.language = settings.language();
    if (parser.isSet(language)) {
        out.language = parser.value(language);
        if (!Settings::isSupportedLanguage(out.language))
            return Status::failure(Texts::tr("--language takes ar (Arabic) or en (English), not %1")
                                       .arg(out.language));
    }
    out.databasePath = parser.isSet(database) ? parser.value(database) : settings.databasePath();
    if (out.databasePath.isEmpty())
        out.databasePath = Workspace::defaultDatabasePath();
    return out;
}

int runWindow(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("istiqbal"));
    QApplication::setOrganizationName(QStringLiteral("istiqbal"));

    Settings settings;
    const Result<WindowOptions> options = parseWindowArguments(app.arguments(), settings);
    if (!options) {
        std::fprintf(stderr, "istiqbal: %s\n", qPrintable(options.error()));
        return 2;
    }
    if (options->helpShown)
        return 0;
    applyLanguage(app, options->language);

    // Until someone quits: open the database (asking for another one, or
    // for a password, when it cannot be opened), then sign-in and the window;
    // "Database…" on the sign-in dialog starts again on the one chosen.
    QString location = options->databasePath;
    app.setQuitOnLastWindowClosed(false);
    for (;;) {
        auto workspace = Workspace::open(location);
        while (!workspace) {
            std::fprintf(stderr, "istiqbal: %s\n", qPrintable(workspace.error()));
            ConnectionDialog dialog(settings, location);
            dialog.setProblem(
                Texts::tr("Istiqbal cannot start with this database: %1").arg(workspace.error()));
            if (dialog.exec() != QDialog::Accepted)
                return 1;
            location = dialog.location();
            workspace = Workspace::open(location);
        }

        // Sign-in first; the window opens for the signed-in user's roles. The
        // flow ends the program when a dialog is cancelled or the window closed.
        SignInFlow flow(**workspace, settings);
        QObject::connect(&flow, &SignInFlow::quitRequested, &app, &QCoreApplication::quit,
                         Qt::QueuedConnection);
        bool switching = false;
        QObject::connect(
            &flow, &SignInFlow::databaseChosen, &app,
            [&](const QString &chosen) {
                location = chosen;
                switching = true;
                QCoreApplication::exit(0);
            },
            Qt::QueuedConnection);
        flow.start();
        const int code = app.exec();
        if (!switching)
            return code;
    }
}

} // namespace Application
