#include "cli/CliContext.h"

#include "storage/DatabaseAddress.h"
#include "storage/ServerRoles.h"

#include <QDir>
#include <QStandardPaths>

std::optional<int> CliContext::parse(QCommandLineParser &parser, const QString &positionalSyntax)
{
    parser.addOption(QCommandLineOption(
        QStringLiteral("database"),
        Cli::tr("The database: a file (default: istiqbal.sqlite in the user's data folder) or "
                "a server database, postgresql://USER@HOST:PORT/DBNAME (the password from "
                "PGPASSWORD or ~/.pgpass)."),
        QStringLiteral("PATH")));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  Cli::tr("Show this help."));
    parser.addOption(help);
    QStringList all = args;
    all.prepend(QStringLiteral("istiqbal %1").arg(verb));
    if (!parser.parse(all)) {
        return fail(parser.errorText(), CliExit::Usage);
    }
    if (parser.isSet(help)) {
        out << "Usage: istiqbal " << verb << " [options] " << positionalSyntax << "\n"
            << parser.helpText().section(QLatin1Char('\n'), 1);
        out.flush();
        return CliExit::Ok;
    }
    return std::nullopt;
}

int CliContext::fail(const QString &reason, int code)
{
    QString oneLine = reason;
    oneLine.replace(QLatin1Char('\n'), QLatin1Char(' '));
    err << "istiqbal " << verb << ": " << oneLine << '\n';
    err.flush();
    return code;
}

QString CliContext::databasePath(const QCommandLineParser &parser) const
{
    const QString given = parser.value(QStringLiteral("database"));
    if (!serverLogin.isEmpty() && DatabaseAddress::isServer(given))
        return ServerRoles::loginLocation(given, serverLogin, serverPassword);
    if (!given.isEmpty())
        return given;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("istiqbal.sqlite"));
}
