#include "cli/CliSignIn.h"
#include "cli/OpenDatabase.h"
#include "cli/Verbs.h"
#include "core/Domain.h"
#include "services/Authenticator.h"

int Verbs::users(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption role(QStringLiteral("role"),
                                  Cli::tr("A role: receptionist, officer, manager or admin "
                                          "(repeat for several)."),
                                  QStringLiteral("ROLE"));
    const QCommandLineOption name(QStringLiteral("display-name"),
                                  Cli::tr("The name shown in the window (default: the username)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption user = CliSignIn::userOption();
    parser.addOptions({role, name, user});
    parser.addPositionalArgument(QStringLiteral("add"), Cli::tr("Add a user."));
    parser.addPositionalArgument(QStringLiteral("USERNAME"), Cli::tr("The new user's username."));
    if (const auto stop = ctx.parse(parser, QStringLiteral("add --role ROLE USERNAME")))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.at(0) != QLatin1String("add"))
        return ctx.fail(Cli::tr("usage: istiqbal users add --user ADMIN --role ROLE USERNAME (the "
                                "passwords are read from standard input, the administrator's "
                                "first)"),
                        CliExit::Usage);
    QVector<Role> roles;
    for (const QString &code : parser.values(role)) {
        const auto r = Domain::roleFromCode(code.trimmed().toLower());
        if (!r)
            return ctx.fail(
                Cli::tr("unknown role '%1'; use receptionist, officer, manager or admin").arg(code),
                CliExit::Usage);
        if (!roles.contains(*r))
            roles << *r;
    }
    if (roles.isEmpty())
        return ctx.fail(Cli::tr("give at least one --role"), CliExit::Usage);

    // Only the first administrator of a new database is added without signing
    // in; everyone after is added by a signed-in administrator.
    Result<User> added = Result<User>::failure(QString());
    if (!parser.isSet(user)) {
        auto db = OpenDatabase::forVerb(ctx, parser, OpenDatabase::Mode::CreateIfMissing);
        if (!db)
            return CliExit::Failure;
        Authenticator auth(*db);
        const Result<bool> first = auth.needsFirstAdministrator();
        if (!first)
            return ctx.fail(first.error());
        if (!*first)
            return ctx.fail(Cli::tr("this database has an administrator: sign in as one with "
                                    "--user NAME (the password is then read from standard input, "
                                    "before the new user's)"),
                            CliExit::Usage);
        const auto password = CliSignIn::readNewPassword(ctx);
        if (!password)
            return CliExit::Failure;
        added =
            auth.createFirstAdministrator(positional.at(1), parser.value(name), *password, roles);
    } else {
        auto signedIn =
            CliSignIn::open(ctx, parser, OpenDatabase::Mode::MustExist, Action::ManageUsers);
        if (!signedIn)
            return CliExit::Failure;
        const auto password = CliSignIn::readNewPassword(ctx);
        if (!password)
            return CliExit::Failure;
        Authenticator auth(*signedIn->db);
        added =
            auth.addUser(signedIn->session, positional.at(1), parser.value(name), roles, *password);
    }
    if (!added)
        return ctx.fail(added.error());
    QStringList codes;
    for (Role r : added->roles)
        codes << Domain::code(r);
    ctx.out << Cli::tr("User %1 (%2) can now sign in as: %3.")
                   .arg(added->username, added->displayName, codes.join(QStringLiteral(", ")))
            << '\n';
    return CliExit::Ok;
}
