#include "cli/Passphrase.h"

#include "cli/TerminalEcho.h"

namespace {

bool typed(const CliContext &ctx)
{
    return TerminalEcho::stdinIsTerminal() && ctx.in.string() == nullptr;
}

QString line(CliContext &ctx, const QString &prompt)
{
    if (!typed(ctx))
        return ctx.in.readLine();
    ctx.err << prompt;
    ctx.err.flush();
    QString text;
    {
        TerminalEcho hidden;
        text = ctx.in.readLine();
    }
    ctx.err << '\n';
    ctx.err.flush();
    return text;
}

} // namespace

QByteArray Passphrase::read(CliContext &ctx)
{
    return line(ctx, Cli::tr("Passphrase of the sealed backup: ")).toUtf8();
}
