#include "cli/OpenDatabase.h"
#include "cli/Verbs.h"
#include "storage/DatabaseCheck.h"

int Verbs::check(CliContext &ctx)
{
    QCommandLineParser parser;
    if (const auto stop = ctx.parse(parser))
        return *stop;
    auto db = OpenDatabase::forVerb(ctx, parser, OpenDatabase::Mode::ReadOnly);
    if (!db)
        return CliExit::Failure;
    const Result<DatabaseCheckReport> report = DatabaseCheck::run(*db);
    if (!report)
        return ctx.fail(report.error());
    if (!report->intact()) {
        // What is wrong on standard output, one finding a line; the verdict
        // is the one line on the error stream.
        for (const QString &finding : report->findings)
            ctx.out << "- " << finding << '\n';
        ctx.out.flush();
        return ctx.fail(Cli::tr("%1 is not intact: %n problem(s), listed above.", "",
                                int(report->findings.size()))
                            .arg(db->path()));
    }
    ctx.out << Cli::tr("The database %1 is intact (schema version %2).")
                   .arg(db->path())
                   .arg(db->schemaVersion())
            << '\n';
    ctx.out << Cli::tr("The audit trail is verified: %n entries, each sealed and following the "
                       "one before.",
                       "", int(report->auditEntries))
            << '\n';
    return CliExit::Ok;
}
