#include "storage/ServerRestore.h"

#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/DatabaseCheck.h"
#include "storage/PgTools.h"
#include "storage/ServerDump.h"
#include "storage/ServerRoles.h"
#include "storage/UserRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlQuery>
#include <QThread>

namespace {

Result<RestoreOutcome> restoreRefused(const QString &why)
{
    return Result<RestoreOutcome>::failure(
        ServerRestore::tr("The backup cannot be restored: %1 Nothing was changed.").arg(why));
}

QString shownPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

Status ServerRestore::requireOwner(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral(
            "SELECT r.rolsuper, current_user::text, "
            "(SELECT string_agg(DISTINCT tableowner::text, ', ') FROM pg_catalog.pg_tables "
            "WHERE schemaname = 'public' AND NOT pg_has_role(current_user, tableowner, "
            "'USAGE')), has_schema_privilege('public', 'CREATE') "
            "FROM pg_catalog.pg_roles r WHERE r.rolname = current_user")) ||
        !q.next())
        return Database::sqlFailure(tr("Could not ask the server who owns the database."), q);
    if (q.value(0).toBool())
        return Status::success();
    const QString login = q.value(1).toString();
    const QString owners = q.value(2).toString();
    const QString example = QStringLiteral("--database postgresql://OWNER@HOST/DBNAME");
    if (!owners.isEmpty())
        return Status::failure(
            tr("The login %1 does not own the database's tables (%2 does): a restore drops and "
               "creates them, which only their owner may. Give the owner's address, %3, and "
               "sign in with --user as an administrator.")
                .arg(login, owners, example));
    if (!q.value(3).toBool())
        return Status::failure(
            tr("The login %1 may not create tables in the database: give the database owner's "
               "address, %2.")
                .arg(login, example));
    return Status::success();
}

Result<QStringList> ServerRestore::otherSessions(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT coalesce(usename::text, ''), application_name FROM "
                               "pg_catalog.pg_stat_activity WHERE datname = current_database() "
                               "AND pid <> pg_backend_pid() AND backend_type = 'client backend' "
                               "ORDER BY 1, 2")))
        return Database::sqlFailure(tr("Could not ask the server who else is connected."), q);
    QStringList sessions;
    while (q.next()) {
        const QString program = q.value(1).toString();
        sessions << (program.isEmpty()
                         ? q.value(0).toString()
                         : QStringLiteral("%1 (%2)").arg(q.value(0).toString(), program));
    }
    return sessions;
}

Status ServerRestore::noOtherSessions(Database &db)
{
    // A connection just closed (the sign-in's) leaves the server's list a
    // moment later: asked again for up to three seconds.
    Result<QStringList> others = otherSessions(db);
    for (int tries = 0; others && !others->isEmpty() && tries < 30; ++tries) {
        QThread::msleep(100);
        others = otherSessions(db);
    }
    if (!others)
        return others.status();
    if (others->isEmpty())
        return Status::success();
    return Status::failure(tr("%n other session(s) have the database open (%1). Close Istiqbal "
                              "on every desk, and any other program using the database, then "
                              "run restore again.",
                              "", int(others->size()))
                               .arg(others->join(QStringLiteral(", "))));
}

Status ServerRestore::runRestore(const PgTools &tools, const QString &archive)
{
    // One transaction: a failure part-way leaves the database as it was.
    return tools.run(QStringLiteral("pg_restore"),
                     {QStringLiteral("--clean"), QStringLiteral("--if-exists"),
                      QStringLiteral("--no-owner"), QStringLiteral("--no-privileges"),
                      QStringLiteral("--single-transaction"), QStringLiteral("--exit-on-error"),
                      tools.dbnameArgument(), archive});
}

Result<RestoreOutcome> ServerRestore::restore(const QString &archive, const QString &ownerLocation,
                                              const Admit &admit, const QDateTime &now)
{
    Database owner;
    if (Status s = owner.openWithoutMigrating(ownerLocation); !s)
        return restoreRefused(s.error());
    const auto tools =
        PgTools::forDatabase(owner, {QStringLiteral("pg_dump"), QStringLiteral("pg_restore")});
    if (!tools)
        return restoreRefused(tools.error());
    const Result<DumpContents> contents = ServerDump::inspect(**tools, archive);
    if (!contents)
        return restoreRefused(tr("%1 is not a backup this Istiqbal can restore. %2")
                                  .arg(shownPath(archive), contents.error()));
    if (contents->schemaVersion > Database::latestSchemaVersion())
        return restoreRefused(
            tr("the backup was made by a newer version of Istiqbal (schema %1); this "
               "version understands up to %2. Restore it with the newer version.")
                .arg(contents->schemaVersion)
                .arg(Database::latestSchemaVersion()));
    if (Status s = requireOwner(owner); !s)
        return restoreRefused(s.error());
    const int current = owner.schemaVersion();
    const bool wasEmpty = current == 0;
    if (!wasEmpty && current > contents->schemaVersion)
        return restoreRefused(
            tr("the backup has schema version %1 and the database %2. Restoring over it would "
               "leave the newer tables behind: restore it into a new, empty database, open "
               "that with this Istiqbal to upgrade it, and use that database instead.")
                .arg(contents->schemaVersion)
                .arg(current));
    if (!wasEmpty && current < contents->schemaVersion)
        return restoreRefused(tr("the database has schema version %1 and the backup %2: open the "
                                 "database with this Istiqbal once to upgrade it, then restore.")
                                  .arg(current)
                                  .arg(contents->schemaVersion));
    const bool wasSetUp = ServerRoles::isSetUp(owner);

    QString admitted;
    if (!wasEmpty) {
        Database signIn;
        if (Status s = signIn.openWithoutMigrating(ownerLocation); !s)
            return restoreRefused(s.error());
        const Result<QString> who = admit(signIn);
        if (!who)
            return restoreRefused(who.error());
        admitted = *who;
    }
    if (Status s = noOtherSessions(owner); !s)
        return restoreRefused(s.error());
    // Read before the restore replaces them, to anonymise them again after.
    const Result<QVector<AnonymisedRecord>> anonymised =
        wasEmpty ? QVector<AnonymisedRecord>() : ErasureReplay::anonymisedIn(owner);
    if (!anonymised)
        return restoreRefused(anonymised.error());

    RestoreOutcome outcome;
    outcome.schemaVersion = contents->schemaVersion;
    const QString dbName = (*tools)->address().databaseName();
    if (!wasEmpty) {
        outcome.keptAside = DatabaseRestore::asideName(
            QFileInfo(archive).absoluteDir().filePath(dbName + QStringLiteral(".dump")), now);
        const Result<BackupWritten> aside = ServerDump::write(**tools, outcome.keptAside);
        if (!aside)
            return restoreRefused(
                tr("the database as it is could not be kept aside first: %1").arg(aside.error()));
    }
    if (Status s = noOtherSessions(owner); !s)
        return restoreRefused(s.error());
    owner.close();
    if (Status s = runRestore(**tools, archive); !s)
        return restoreRefused(s.error());

    const Status after = afterRestore(ownerLocation, wasEmpty, wasSetUp, admit, archive,
                                      *anonymised, &admitted, &outcome);
    if (after)
        return outcome;
    // What was restored does not stand: the database goes back as it was.
    const Status back =
        wasEmpty ? emptyAgain(ownerLocation) : runRestore(**tools, outcome.keptAside);
    if (!back)
        return Result<RestoreOutcome>::failure(
            tr("The backup was restored but then failed: %1 Putting the database back as it "
               "was failed too: %2 It is kept in %3; restore that file once the cause is "
               "fixed.")
                .arg(after.error(), back.error(), shownPath(outcome.keptAside)));
    QString rights;
    if (!wasEmpty && wasSetUp) {
        Database again;
        Status roles = again.open(ownerLocation);
        if (roles)
            roles = ServerRoles::setUp(again);
        if (!roles)
            rights =
                QLatin1Char(' ') + tr("Its roles' rights could not be given again: %1 Run istiqbal "
                                      "server-setup as the owner.")
                                       .arg(roles.error());
    }
    return Result<RestoreOutcome>::failure(
        wasEmpty ? tr("The backup was restored but then failed: %1 The database is empty again.")
                       .arg(after.error())
                 : tr("The backup was restored but then failed: %1 The database was put back "
                      "as it was (from %2).")
                           .arg(after.error(), shownPath(outcome.keptAside)) +
                       rights);
}

Status ServerRestore::afterRestore(const QString &ownerLocation, bool wasEmpty, bool wasSetUp,
                                   const Admit &admit, const QString &archive,
                                   const QVector<AnonymisedRecord> &anonymised, QString *admitted,
                                   RestoreOutcome *outcome)
{
    // Opening migrates a backup older than this program.
    Database db;
    if (Status s = db.open(ownerLocation); !s)
        return s;
    // Grants, the audit trigger and the login functions: pg_restore brought
    // none of the grants back.
    if (wasSetUp || ServerRoles::isSetUp(db)) {
        if (Status s = ServerRoles::setUp(db); !s)
            return s;
    }
    if (wasEmpty) {
        // Nobody could sign in on an empty database: on what was restored.
        Database signIn;
        if (Status s = signIn.openWithoutMigrating(ownerLocation); !s)
            return s;
        const Result<QString> who = admit(signIn);
        if (!who)
            return who.status();
        *admitted = *who;
    }
    const auto user = UserRepository(db).findByUsername(*admitted);
    if (!user)
        return user.status();
    const qint64 actor = user->has_value() ? user->value().id : 0;
    const QJsonObject details{{QStringLiteral("file"), QFileInfo(archive).fileName()},
                              {QStringLiteral("by"), *admitted},
                              {QStringLiteral("schema"), outcome->schemaVersion}};
    if (Status s = AuditRepository(db).record(actor, QStringLiteral("backup.restored"),
                                              QStringLiteral("database"), 0, details);
        !s)
        return s;
    const Result<int> again =
        ErasureReplay::reapply(db, anonymised, actor, QFileInfo(archive).fileName());
    if (!again)
        return again.status();
    outcome->anonymisedAgain = *again;
    const Result<DatabaseCheckReport> report = DatabaseCheck::run(db);
    if (!report)
        return report.status();
    if (!report->intact())
        return Status::failure(tr("The restored database does not pass its check: %1")
                                   .arg(report->findings.join(QLatin1Char(' '))));
    outcome->schemaVersion = db.schemaVersion();
    outcome->auditEntries = report->auditEntries;
    return Status::success();
}

Status ServerRestore::emptyAgain(const QString &ownerLocation)
{
    Database db;
    if (Status s = db.openWithoutMigrating(ownerLocation); !s)
        return s;
    // Everything the restore created in the public schema, which held no
    // table before it.
    return db.execute(
        QStringLiteral(
            "DO $$ DECLARE r record; BEGIN "
            "FOR r IN SELECT c.oid::regclass AS name FROM pg_catalog.pg_class c JOIN "
            "pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND "
            "c.relkind IN ('r', 'p') LOOP "
            "EXECUTE format('DROP TABLE IF EXISTS %s CASCADE', r.name); END LOOP; "
            "FOR r IN SELECT c.oid::regclass AS name FROM pg_catalog.pg_class c JOIN "
            "pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND "
            "c.relkind = 'S' LOOP "
            "EXECUTE format('DROP SEQUENCE IF EXISTS %s CASCADE', r.name); END LOOP; "
            "FOR r IN SELECT p.oid::regprocedure AS name FROM pg_catalog.pg_proc p JOIN "
            "pg_catalog.pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' "
            "LOOP EXECUTE format('DROP FUNCTION IF EXISTS %s CASCADE', r.name); END LOOP; "
            "END $$"),
        tr("Could not empty the database again."));
}
