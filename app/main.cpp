// Entry point: a verb on the command line runs headless (app/cli); otherwise the
// window opens (app/ui).
#include "cli/CommandLine.h"
#include "cli/TerminalOutput.h"
#include "ui/shell/Application.h"
#include "ui/shell/StartupProbe.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    if (CommandLine::isVerb(args)) {
        CommandLine::quietLogging();
        std::unique_ptr<QCoreApplication> app;
        if (CommandLine::needsGui(args)) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen"); // headless: no display needed
            app = std::make_unique<QApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        QCoreApplication::setApplicationName(QStringLiteral("istiqbal"));
        QCoreApplication::setOrganizationName(QStringLiteral("istiqbal"));
        QCoreApplication::setApplicationVersion(QStringLiteral(ISTIQBAL_VERSION));
        TerminalOutput stdoutDevice(stdout), stderrDevice(stderr);
        QTextStream out(&stdoutDevice), err(&stderrDevice), in(stdin);
        return CommandLine::run(args, out, err, in);
    }
    StartupProbe::arm(); // for scripts/bench: off unless its variables are set
    return Application::runWindow(argc, argv);
}
