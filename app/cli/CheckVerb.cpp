#include "cli/OpenDatabase.h"
#include "cli/Verbs.h"
#include "core/OutputPath.h"
#include "storage/AuditChainCheck.h"

#include <QFileInfo>

int Verbs::check(CliContext &ctx)
{
    QCommandLineParser parser;
    if (const auto stop = ctx.parse(parser))
        return *stop;
    auto db = OpenDatabase::forVerb(ctx, parser, OpenDatabase::Mode::MustExist);
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

int Verbs::backup(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption output(QStringLiteral("output"),
                                    Cli::tr("The backup file to write (must not exist)."),
                                    QStringLiteral("FILE"));
    parser.addOption(output);
    if (const auto stop = ctx.parse(parser, QStringLiteral("--output FILE")))
        return *stop;
    const QString target = parser.value(output);
    if (target.isEmpty())
        return ctx.fail(Cli::tr("--output FILE is required"), CliExit::Usage);
    if (QFileInfo::exists(target))
        return ctx.fail(Cli::tr("%1 already exists; choose a new file name").arg(target));
    if (const Status s = OutputPath::check(target, {ctx.databasePath(parser)}); !s)
        return ctx.fail(s.error());
    auto db = OpenDatabase::forVerb(ctx, parser, OpenDatabase::Mode::MustExist);
    if (!db)
        return CliExit::Failure;
    if (const Status s = db->backup(target); !s)
        return ctx.fail(s.error());
    ctx.out << Cli::tr("Backup written to %1.").arg(target) << '\n';
    return CliExit::Ok;
}
