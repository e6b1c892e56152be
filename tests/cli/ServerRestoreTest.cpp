// `istiqbal restore` of a server database (issue 11): pg_restore run as the
// database's owner for an administrator who signs in, against the test
// server; every refusal leaves the database as it was. Tagged [pg]: run with
// ISTIQBAL_TEST_ENGINE=postgresql.
#include <catch2/catch.hpp>

#include "ServerOffice.h"
#include "storage/Database.h"
#include "storage/ServerDump.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {

QStringList keptAside(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*-before-restore-*")}, QDir::Files);
}

// pg_dump of a database as the test server's superuser, after sql has made
// it what the test needs (e.g. a schema version this program does not have).
QString forgedDump(TestDb::Fresh &fresh, const QString &name, const QString &sql)
{
    const QString location = fresh.location(name);
    {
        Database db;
        REQUIRE(db.open(location).ok());
        REQUIRE(db.execute(sql, QStringLiteral("forging")).ok());
    }
    const auto address = DatabaseAddress::parse(location);
    const QString archive = fresh.dir().filePath(name + QStringLiteral(".dump"));
    QProcess p;
    p.start(QStandardPaths::findExecutable(QStringLiteral("pg_dump")),
            {QStringLiteral("--format=custom"), QStringLiteral("--no-owner"),
             QStringLiteral("--file=") + archive,
             QStringLiteral("--dbname=") + address->display()});
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    return archive;
}

int tablesIn(const QString &location)
{
    return ServerOffice::valueAt(location, QStringLiteral("SELECT count(*) FROM pg_tables WHERE "
                                                          "schemaname = 'public'"))
        .toInt();
}

} // namespace

TEST_CASE("An administrator restores a server backup as the owner, and no refusal changes anything",
          "[cli][pg]")
{
    TestDb::Fresh fresh;
    const ServerOffice office(fresh); // fails with its reason without PostgreSQL
    const QString folder = fresh.dir().path();
    const QString archive = QDir(folder).filePath(QStringLiteral("office.dump"));
    CliRun r = office.backup(office.manager, archive);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QString atBackup = office.fingerprint();

    // A change after the backup, which the restore takes back.
    const QString csv = QDir(folder).filePath(QStringLiteral("later.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QString::fromUtf8("national_id,first_name,family_name\n1000000008,أحمد,الشهري\n")
                    .toUtf8());
    }
    r = runCli({QStringLiteral("import"), QStringLiteral("--database"), office.server,
                QStringLiteral("--user"), office.desk, csv},
               office.line());
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QString changed = office.fingerprint();
    REQUIRE(changed != atBackup);

    const auto refusedWith = [&](const CliRun &run, const QString &words) {
        INFO(run.err.toStdString());
        CHECK(run.code != 0);
        CHECK(run.err.contains(words));
        CHECK(office.fingerprint() == changed);
        CHECK(keptAside(folder).isEmpty());
    };
    refusedWith(office.restore(QString(), archive), QStringLiteral("--user"));
    refusedWith(office.restore(office.desk, archive), QStringLiteral("may not"));
    refusedWith(office.restore(office.manager, archive), QStringLiteral("may not"));
    // The administrator's own login does not own the tables.
    refusedWith(office.restore(office.admin, archive, office.as(office.admin)),
                QStringLiteral("does not own"));
    // A file cut short, and one that is no archive at all.
    const QString cut = QDir(folder).filePath(QStringLiteral("cut.dump"));
    {
        QFile in(archive), out(cut);
        REQUIRE(in.open(QIODevice::ReadOnly));
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(in.read(in.size() * 2 / 3));
    }
    refusedWith(office.restore(office.admin, cut), QStringLiteral("not a backup"));
    refusedWith(office.restore(office.admin, csv), QStringLiteral("not a backup"));
    // A sealed backup of a database file is named as such.
    const QString sealed = QDir(folder).filePath(QStringLiteral("office.iqb"));
    {
        QFile f(sealed);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("IQBSEAL1") + QByteArray(200, '\x5a'));
    }
    refusedWith(office.restore(office.admin, sealed),
                QStringLiteral("sealed backup of a database"));
    // A backup of a newer Istiqbal, and one older than the database.
    const int latest = Database::latestSchemaVersion();
    refusedWith(office.restore(office.admin,
                               forgedDump(fresh, QStringLiteral("newer"),
                                          QStringLiteral("INSERT INTO schema_version (version) "
                                                         "VALUES (%1)")
                                              .arg(latest + 1))),
                QStringLiteral("newer version"));
    refusedWith(
        office.restore(
            office.admin,
            forgedDump(
                fresh, QStringLiteral("older"),
                QStringLiteral("DELETE FROM schema_version WHERE version = %1").arg(latest))),
        QStringLiteral("new, empty database"));
    // Another session on the database: named.
    {
        Database other;
        REQUIRE(other.open(office.as(office.desk)).ok());
        const CliRun busy = office.restore(office.admin, archive);
        refusedWith(busy, QStringLiteral("other session"));
        CHECK(busy.err.contains(office.desk));
    }
    // Without PostgreSQL's programs.
    {
        const QByteArray path = qgetenv("PATH");
        QTemporaryDir empty;
        REQUIRE(empty.isValid());
        qputenv("PATH", QFile::encodeName(empty.path()));
        const CliRun none = office.restore(office.admin, archive);
        qputenv("PATH", path);
        refusedWith(none, QStringLiteral("postgresql-client"));
    }

    r = office.restore(office.admin, archive);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("pg_restore")));
    CHECK(office.fingerprint() == atBackup);
    // The database as it was is kept aside beside the backup, restorable.
    const QStringList aside = keptAside(folder);
    REQUIRE(aside.size() == 1);
    CHECK(r.out.contains(aside.first()));
    CHECK(ServerDump::isArchive(QDir(folder).filePath(aside.first())));
    // The result passes istiqbal check (its schema, the audit trail's chain),
    // the restore is in the audit trail by the administrator, and the roles
    // hold again: the manager backs up as their own login, the receptionist
    // still may not read the passwords.
    const CliRun check =
        runCli({QStringLiteral("check"), QStringLiteral("--database"), office.server});
    INFO(check.out.toStdString() << check.err.toStdString());
    CHECK(check.code == 0);
    CHECK(office
              .value(QStringLiteral("SELECT u.username FROM audit_log a JOIN users u ON u.id = "
                                    "a.user_id WHERE a.action = 'backup.restored'"))
              .toString() == office.admin);
    r = office.backup(office.manager, QDir(folder).filePath(QStringLiteral("after.dump")));
    INFO(r.err.toStdString());
    CHECK(r.code == 0);
    CHECK(office
              .value(QStringLiteral("SELECT has_column_privilege('%1', 'users', 'password_hash', "
                                    "'SELECT')")
                         .arg(office.desk))
              .toBool() == false);

    // The kept copy restores the change again.
    r = office.restore(office.admin, QDir(folder).filePath(aside.first()));
    INFO(r.err.toStdString());
    CHECK(r.code == 0);
    CHECK(office.fingerprint() == changed);
}

TEST_CASE("A server backup restores into an empty database, for the backup's administrator",
          "[cli][pg]")
{
    TestDb::Fresh fresh;
    const ServerOffice office(fresh); // fails with its reason without PostgreSQL
    const QString archive = fresh.dir().filePath(QStringLiteral("office.dump"));
    CliRun r = office.backup(office.admin, archive);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QString empty = fresh.location(QStringLiteral("empty"));

    // A receptionist of the backup is let in only to be refused: the
    // database is empty again.
    r = office.restore(office.desk, archive, empty);
    INFO(r.err.toStdString());
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("may not")));
    CHECK(r.err.contains(QStringLiteral("empty again")));
    CHECK(tablesIn(empty) == 0);

    r = office.restore(office.admin, archive, empty);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(keptAside(fresh.dir().path()).isEmpty());
    CHECK(ServerOffice::valueAt(empty, QStringLiteral("SELECT count(*) FROM beneficiaries")) ==
          office.value(QStringLiteral("SELECT count(*) FROM beneficiaries")));
    const CliRun check = runCli({QStringLiteral("check"), QStringLiteral("--database"), empty});
    INFO(check.out.toStdString() << check.err.toStdString());
    CHECK(check.code == 0);
}
