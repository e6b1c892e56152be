#include "cli/CliSignIn.h"
#include "cli/Passphrase.h"
#include "cli/Verbs.h"
#include "core/OutputPath.h"
#include "services/BackupDesk.h"
#include "storage/DatabaseAddress.h"

#include <QDir>
#include <QFileInfo>

int Verbs::backup(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption output(QStringLiteral("output"),
                                    Cli::tr("The backup file to write (must not exist)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption encrypt(
        QStringLiteral("encrypt"),
        Cli::tr("Seal the backup with a passphrase (asked twice at the terminal, or the line "
                "after the password on standard input), for a copy that leaves the office."));
    parser.addOption(output);
    parser.addOption(encrypt);
    parser.addOption(CliSignIn::userOption());
    if (const auto stop = ctx.parse(parser, QStringLiteral("--output FILE")))
        return *stop;
    const QString target = parser.value(output);
    if (target.isEmpty())
        return ctx.fail(Cli::tr("--output FILE is required"), CliExit::Usage);
    // The target is judged before anyone is asked for a password.
    if (QFileInfo::exists(target))
        return ctx.fail(Cli::tr("%1 already exists; choose a new file name").arg(target));
    if (const Status s = OutputPath::check(target, {ctx.databasePath(parser)}); !s)
        return ctx.fail(s.error());
    if (parser.isSet(encrypt))
        if (const Status s =
                BackupDesk::sealingAllowed(DatabaseAddress::isServer(ctx.databasePath(parser)));
            !s)
            return ctx.fail(s.error());
    // A backup only reads: it works on a database this user may not change.
    auto in = CliSignIn::open(ctx, parser, OpenDatabase::Mode::ReadOnly, Action::MakeBackup);
    if (!in)
        return CliExit::Failure;
    QByteArray passphrase;
    if (parser.isSet(encrypt)) {
        const auto chosen = Passphrase::readNew(ctx);
        if (!chosen)
            return CliExit::Failure;
        passphrase = *chosen;
    }
    const Result<BackupWritten> written =
        BackupDesk(*in->db, in->session).write(target, passphrase);
    if (!written)
        return ctx.fail(written.error());
    const QString where = QDir::toNativeSeparators(target);
    if (in->db->isServer())
        ctx.out << Cli::tr("Backup written to %1 with PostgreSQL's pg_dump (schema version %2) "
                           "and read back whole with pg_restore. Restore it with istiqbal "
                           "restore as the database's owner.")
                       .arg(where)
                       .arg(written->schemaVersion);
    else if (written->sealed)
        ctx.out << Cli::tr("Sealed backup written to %1 and opened again with the passphrase: "
                           "%n audit entries verified. Keep the passphrase apart from the copy; "
                           "without it the backup cannot be restored.",
                           "", int(written->auditEntries))
                       .arg(where);
    else
        ctx.out << Cli::tr("Backup written to %1 and checked: %n audit entries verified.", "",
                           int(written->auditEntries))
                       .arg(where);
    ctx.out << '\n';
    return CliExit::Ok;
}
