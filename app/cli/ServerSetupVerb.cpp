#include "cli/CliSignIn.h"
#include "cli/OpenDatabase.h"
#include "cli/Verbs.h"
#include "services/Authenticator.h"
#include "storage/ServerRoles.h"

// istiqbal server-setup --database postgresql://OWNER@HOST/DB --admin NAME:
// the database owner's one-time setup of a server database (and again after
// an upgrade): tables, the roles' grants, and the first administrator's login.
int Verbs::serverSetup(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption admin(
        QStringLiteral("admin"),
        Cli::tr("The first administrator's username, when the database has none yet (the "
                "password is read from the terminal or standard input)."),
        QStringLiteral("NAME"));
    const QCommandLineOption name(QStringLiteral("display-name"),
                                  Cli::tr("The administrator's name shown in the window."),
                                  QStringLiteral("NAME"));
    parser.addOptions({admin, name});
    if (const auto stop = ctx.parse(parser, QStringLiteral("--admin NAME")))
        return *stop;
    if (!DatabaseAddress::isServer(parser.value(QStringLiteral("database"))))
        return ctx.fail(Cli::tr("server-setup is for a server database: give --database "
                                "postgresql://OWNER@HOST:PORT/DBNAME as the database's owner"),
                        CliExit::Usage);
    auto db = OpenDatabase::forVerb(ctx, parser, OpenDatabase::Mode::MustExist);
    if (!db)
        return CliExit::Failure;
    if (const Status s = ServerRoles::setUp(*db); !s)
        return ctx.fail(s.error());
    ctx.out << Cli::tr("The roles of %1 are set up on the server.").arg(db->path()) << '\n';

    Authenticator auth(*db);
    const Result<bool> first = auth.needsFirstAdministrator();
    if (!first)
        return ctx.fail(first.error());
    if (!*first) {
        if (parser.isSet(admin))
            return ctx.fail(Cli::tr("the database has an administrator already; they add "
                                    "everyone else with istiqbal users add --user NAME"));
        return CliExit::Ok;
    }
    if (!parser.isSet(admin))
        return ctx.fail(Cli::tr("nobody can sign in yet: give the first administrator with "
                                "--admin NAME"),
                        CliExit::Usage);
    const auto password = CliSignIn::readNewPassword(ctx);
    if (!password)
        return CliExit::Failure;
    const Result<User> added =
        auth.createFirstAdministrator(parser.value(admin), parser.value(name), *password);
    if (!added)
        return ctx.fail(added.error());
    ctx.out << Cli::tr("%1 can now sign in as the administrator with their own login; they add "
                       "everyone else with istiqbal users add --user %1.")
                   .arg(added->username)
            << '\n';
    return CliExit::Ok;
}
