#include "cli/OpenDatabase.h"
#include "cli/Verbs.h"
#include "storage/AuditChainCheck.h"

int Verbs::check(CliContext &ctx)
{
    QCommandLineParser parser;
    if (const auto stop = ctx.parse(parser))
        return *stop;
    auto db = OpenDatabase::forVerb(ctx, parser, OpenDatabase::Mode::ReadOnly);
    if (!db)
        return CliExit::Failure;
    if (const Status s = db->check(); !s)
        return ctx.fail(s.error());
    const Result<AuditChainReport> audit = AuditChainCheck(*db).run();
    if (!audit)
        return ctx.fail(audit.error());
    if (!audit->intact())
        return ctx.fail(Cli::tr("The audit trail was tampered with. %1").arg(audit->problem));
    ctx.out << Cli::tr("The database %1 is intact (schema version %2).")
                   .arg(db->path())
                   .arg(db->schemaVersion())
            << '\n';
    ctx.out << Cli::tr("The audit trail is verified: %n entries, each sealed and following the "
                       "one before.",
                       "", int(audit->rows))
            << '\n';
    return CliExit::Ok;
}
