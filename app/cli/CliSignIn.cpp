#include "cli/CliSignIn.h"

#include "cli/TerminalEcho.h"
#include "core/Username.h"
#include "services/Authenticator.h"

namespace CliSignIn {

QCommandLineOption userOption()
{
    return QCommandLineOption(
        QStringLiteral("user"),
        Cli::tr("Who runs the command: a user with the right role. The password is read from "
                "the terminal, or as the first line of standard input."),
        QStringLiteral("NAME"));
}

bool readsFromTerminal(const CliContext &ctx)
{
    // ctx.in reads the process's standard input (not a test's string) and that
    // is a terminal.
    return TerminalEcho::stdinIsTerminal() && ctx.in.string() == nullptr;
}

QString readSecretLine(CliContext &ctx, const QString &prompt)
{
    const bool terminal = readsFromTerminal(ctx);
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

std::optional<QString> readNewPassword(CliContext &ctx)
{
    const QString password = readSecretLine(ctx, Cli::tr("New user's password: "));
    if (readsFromTerminal(ctx) &&
        readSecretLine(ctx, Cli::tr("New user's password again: ")) != password) {
        ctx.fail(Cli::tr("the two passwords differ; nothing was changed"));
        return std::nullopt;
    }
    return password;
}

std::optional<Credentials> credentials(CliContext &ctx, const QCommandLineParser &parser)
{
    const QString name = parser.value(QStringLiteral("user")).trimmed();
    if (name.isEmpty()) {
        ctx.fail(Cli::tr("this command changes the database: sign in with --user NAME (a user "
                         "who may do it; the password is then read from standard input)"),
                 CliExit::Usage);
        return std::nullopt;
    }
    if (const Status s = Username::check(name); !s) {
        ctx.fail(Cli::tr("--user: %1").arg(s.error()), CliExit::Usage);
        return std::nullopt;
    }
    return Credentials{name, readSecretLine(ctx, Cli::tr("Password for %1: ").arg(name))};
}

std::optional<SignedIn> open(CliContext &ctx, const QCommandLineParser &parser,
                             OpenDatabase::Mode mode, Action action)
{
    const auto who = credentials(ctx, parser);
    if (!who)
        return std::nullopt;
    const QString &name = who->name;
    const QString &password = who->password;
    if (DatabaseAddress::isServer(parser.value(QStringLiteral("database")))) {
        // The person's own login, so the server's grants for their role hold
        // on this connection whatever the verb does.
        ctx.serverLogin = Username::normalised(name);
        ctx.serverPassword = password;
    }
    auto db = OpenDatabase::forVerb(ctx, parser, mode);
    ctx.serverPassword.clear();
    if (!db)
        return std::nullopt;
    auto auth = std::make_unique<Authenticator>(*db);
    Result<Session> session =
        auth->serverKeepsPasswords() ? auth->signInAsServerLogin() : auth->signIn(name, password);
    if (!session) {
        ctx.fail(session.error());
        return std::nullopt;
    }
    if (const Status s = session->require(action); !s) {
        ctx.fail(s.error());
        return std::nullopt;
    }
    return SignedIn{std::move(db), std::move(session).value(), password, std::move(auth)};
}

} // namespace CliSignIn
