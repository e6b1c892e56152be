#include "cli/CliSignIn.h"
#include "cli/OpenDatabase.h"
#include "cli/Passphrase.h"
#include "cli/Verbs.h"
#include "core/Clock.h"
#include "services/Authenticator.h"
#include "services/BackupDesk.h"
#include "storage/DatabaseAddress.h"

#include <QDir>

namespace {

void sayAnonymisedAgain(CliContext &ctx, const RestoreOutcome &done)
{
    if (done.anonymisedAgain > 0)
        ctx.out << Cli::tr("%n person(s) anonymised since the backup was made were anonymised "
                           "again in it.",
                           "", done.anonymisedAgain)
                << '\n';
}

// The server database at the --database address (its owner's login), from a
// pg_dump archive, for the administrator who signs in.
int restoreOnServer(CliContext &ctx, const QString &backup, const QString &database,
                    const CliSignIn::Credentials &who)
{
    const auto signIn = [&who](Database &db) {
        return Authenticator(db).signIn(who.name, who.password);
    };
    const Result<RestoreOutcome> done =
        BackupDesk::restoreOnServer(backup, database, signIn, Clock::instance().nowUtc());
    if (!done)
        return ctx.fail(done.error());
    const Result<DatabaseAddress> address = DatabaseAddress::parse(database);
    ctx.out << Cli::tr("Restored %1 from %2 with PostgreSQL's pg_restore (schema version %3, %n "
                       "audit entries verified).",
                       "", int(done->auditEntries))
                   .arg(address ? address->display() : QString(), QDir::toNativeSeparators(backup))
                   .arg(done->schemaVersion)
            << '\n';
    if (!done->keptAside.isEmpty())
        ctx.out << Cli::tr("The database as it was is kept as %1.")
                       .arg(QDir::toNativeSeparators(done->keptAside))
                << '\n';
    sayAnonymisedAgain(ctx, *done);
    return CliExit::Ok;
}

} // namespace

int Verbs::restore(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("BACKUP"),
                                 Cli::tr("The backup file to put in the database's place."));
    parser.addOption(CliSignIn::userOption());
    if (const auto stop = ctx.parse(parser, QStringLiteral("BACKUP")))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(Cli::tr("usage: istiqbal restore --user ADMIN BACKUP [--database PATH]"),
                        CliExit::Usage);
    const QString backup = parser.positionalArguments().first();
    const QString database = ctx.databasePath(parser);
    const auto who = CliSignIn::credentials(ctx, parser);
    if (!who)
        return CliExit::Failure;
    if (DatabaseAddress::isServer(database))
        return restoreOnServer(ctx, backup, database, *who);

    // An administrator of the database, or of the backup when the database
    // is missing or cannot be opened.
    const auto signIn = [&who](Database &db) {
        return Authenticator(db).signIn(who->name, who->password);
    };
    const auto passphrase = [&ctx]() -> Result<QByteArray> {
        const QByteArray secret = Passphrase::read(ctx);
        if (secret.isEmpty())
            return Result<QByteArray>::failure(
                Cli::tr("the backup is sealed and no passphrase was given."));
        return secret;
    };
    const Result<RestoreOutcome> done =
        BackupDesk::restore(backup, database, signIn, passphrase, Clock::instance().nowUtc());
    if (!done)
        return ctx.fail(done.error());
    ctx.out << Cli::tr("Restored %1 from %2 (schema version %3, %n audit entries verified).", "",
                       int(done->auditEntries))
                   .arg(QDir::toNativeSeparators(database), QDir::toNativeSeparators(backup))
                   .arg(done->schemaVersion)
            << '\n';
    if (!done->keptAside.isEmpty())
        ctx.out << Cli::tr("The database that was there is kept as %1.")
                       .arg(QDir::toNativeSeparators(done->keptAside))
                << '\n';
    sayAnonymisedAgain(ctx, *done);
    return CliExit::Ok;
}
