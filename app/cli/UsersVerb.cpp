#include "cli/OpenDatabase.h"
#include "cli/TerminalEcho.h"
#include "cli/Verbs.h"
#include "core/Domain.h"
#include "services/Authenticator.h"

#include <optional>

namespace {

// Reads one line; when standard input is a terminal the typing is not echoed.
QString readSecretLine(CliContext &ctx, const QString &prompt)
{
    // ctx.in reads the process's standard input (not a test's string) and that
    // is a terminal. (QTextStream(stdin) has a device of its own, so asking for
    // none, as this did before, never hid anything.)
    const bool terminal = TerminalEcho::stdinIsTerminal() && ctx.in.string() == nullptr;
    std::optional<TerminalEcho> hidden;
    if (terminal) {
        ctx.err << prompt;
        ctx.err.flush();
        hidden.emplace();
    }
    const QString line = ctx.in.readLine();
    if (terminal) {
        hidden.reset();
        ctx.err << '\n';
        ctx.err.flush();
    }
    return line;
}

} // namespace

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
    parser.addOptions({role, name});
    parser.addPositionalArgument(QStringLiteral("add"), Cli::tr("Add a user."));
    parser.addPositionalArgument(QStringLiteral("USERNAME"), Cli::tr("The new user's username."));
    if (const auto stop = ctx.parse(parser, QStringLiteral("add --role ROLE USERNAME")))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.at(0) != QLatin1String("add"))
        return ctx.fail(Cli::tr("usage: istiqbal users add --role ROLE USERNAME (the password is "
                                "read from standard input)"),
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

    const QString password = readSecretLine(ctx, Cli::tr("Password: "));
    if (TerminalEcho::stdinIsTerminal() && ctx.in.string() == nullptr) {
        if (readSecretLine(ctx, Cli::tr("Password again: ")) != password)
            return ctx.fail(Cli::tr("the two passwords differ; nothing was changed"));
    }

    auto db = OpenDatabase::forVerb(ctx, parser, OpenDatabase::Mode::CreateIfMissing);
    if (!db)
        return CliExit::Failure;
    Authenticator auth(*db);
    const auto user = auth.addUserAsSystem(positional.at(1), parser.value(name), roles, password);
    if (!user)
        return ctx.fail(user.error());
    QStringList codes;
    for (Role r : user->roles)
        codes << Domain::code(r);
    ctx.out << Cli::tr("User %1 (%2) can now sign in as: %3.")
                   .arg(user->username, user->displayName, codes.join(QStringLiteral(", ")))
            << '\n';
    return CliExit::Ok;
}
