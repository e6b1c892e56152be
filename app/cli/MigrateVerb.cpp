#include "cli/CliSignIn.h"
#include "cli/Verbs.h"
#include "storage/DatabaseAddress.h"
#include "storage/DatabaseCopy.h"

#include <QElapsedTimer>

// istiqbal migrate-to --database SQLITE_PATH postgresql://USER@HOST:PORT/DBNAME
int Verbs::migrateTo(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.addOption(CliSignIn::userOption());
    parser.addPositionalArgument(
        QStringLiteral("TARGET"),
        Cli::tr("The new, empty server database: postgresql://USER@HOST:PORT/DBNAME."));
    if (const auto stop = ctx.parse(parser, QStringLiteral("postgresql://USER@HOST:PORT/DBNAME")))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return ctx.fail(Cli::tr("give the new server database, postgresql://USER@HOST:PORT/DBNAME"),
                        CliExit::Usage);
    const QString target = positional.first();
    if (!DatabaseAddress::isServer(target))
        return ctx.fail(Cli::tr("%1 is not a server address; write it as "
                                "postgresql://USER@HOST:PORT/DBNAME")
                            .arg(target),
                        CliExit::Usage);
    const Result<DatabaseAddress> address = DatabaseAddress::parse(target);
    if (!address)
        return ctx.fail(address.error(), CliExit::Usage);

    // The whole register leaves this computer: the administrator's decision,
    // like a backup.
    auto signedIn =
        CliSignIn::open(ctx, parser, OpenDatabase::Mode::MustExist, Action::ManageBackups);
    if (!signedIn)
        return CliExit::Failure;
    Database *source = signedIn->db.get();
    QElapsedTimer timer;
    timer.start();
    const Result<CopyReport> report = DatabaseCopy::copy(*source, target);
    if (!report)
        return ctx.fail(report.error());
    for (const TableFingerprint &t : report->tables)
        ctx.out
            << QStringLiteral("  %1  %2  %3\n").arg(t.table, -28).arg(t.rows, 9).arg(t.checksum);
    ctx.out << Cli::tr("Copied %1 to %2 in %3 s: %4 rows in %5 tables; every table's row count "
                       "and checksum match.")
                   .arg(source->path(), report->target)
                   .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                   .arg(report->rows())
                   .arg(report->tables.size())
            << '\n';
    ctx.out << Cli::tr("Point every desk at it: istiqbal --database %1").arg(report->target)
            << '\n';
    return CliExit::Ok;
}
