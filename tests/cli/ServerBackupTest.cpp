// `istiqbal backup` of a server database (issue 11): PostgreSQL's pg_dump run
// as the signed-in manager's or administrator's own login, against the test
// server. Tagged [pg]: run with ISTIQBAL_TEST_ENGINE=postgresql.
#include <catch2/catch.hpp>

#include "ServerOffice.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {

QByteArray head(const QString &path, int n)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.read(n);
}

// The tables whose data an archive holds, read with pg_restore --list.
QString archiveList(const QString &archive)
{
    QProcess p;
    p.start(QStandardPaths::findExecutable(QStringLiteral("pg_restore")),
            {QStringLiteral("--list"), archive});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Only the archive's own file, nothing left beside it.
QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden);
}

} // namespace

TEST_CASE("A manager's backup of a server database is a checked pg_dump made as their own login",
          "[cli][pg]")
{
    TestDb::Fresh fresh;
    const ServerOffice office(fresh); // fails with its reason without PostgreSQL
    const QString folder = fresh.dir().path();
    const QString archive = QDir(folder).filePath(QStringLiteral("office.dump"));

    // A receptionist may not copy every record.
    CliRun r = office.backup(office.desk, archive);
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("may not")));
    // A server backup is not sealed: refused before a passphrase is read.
    r = office.backup(office.manager, archive, {QStringLiteral("--encrypt")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("not sealed")));
    CHECK(filesIn(folder).isEmpty());

    r = office.backup(office.manager, archive);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("pg_dump")));
    CHECK(head(archive, 5) == "PGDMP");
    CHECK(filesIn(folder) == QStringList{QStringLiteral("office.dump")});
    // Every table's rows, the password column's too (the manager's login
    // reads them through the backup group), and no grants or owners.
    const QString list = archiveList(archive);
    for (const char *table : {"users", "audit_log", "beneficiaries", "cases", "schema_version"})
        CHECK(list.contains(QStringLiteral("TABLE DATA public %1 ").arg(QLatin1String(table))));
    CHECK_FALSE(list.contains(QStringLiteral(" ACL ")));
    // Made by the manager: the audit names them.
    CHECK(office
              .value(QStringLiteral("SELECT u.username FROM audit_log a JOIN users u ON u.id = "
                                    "a.user_id WHERE a.action = 'backup.made'"))
              .toString() == office.manager);

    // The file is never replaced.
    r = office.backup(office.manager, archive);
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("already exists")));

    // Without PostgreSQL's programs the refusal says which package has them.
    const QByteArray path = qgetenv("PATH");
    QTemporaryDir empty;
    REQUIRE(empty.isValid());
    qputenv("PATH", QFile::encodeName(empty.path()));
    const QString second = QDir(folder).filePath(QStringLiteral("second.dump"));
    r = office.backup(office.manager, second);
    qputenv("PATH", path);
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("pg_dump")));
    CHECK(r.err.contains(QStringLiteral("postgresql-client")));
    CHECK_FALSE(QFile::exists(second));
    CHECK(filesIn(folder) == QStringList{QStringLiteral("office.dump")});
}

TEST_CASE("On a server a manager's and an administrator's login read every column, a "
          "receptionist's not",
          "[cli][pg]")
{
    TestDb::Fresh fresh;
    const ServerOffice office(fresh); // fails with its reason without PostgreSQL
    const auto reads = [&](const QString &login) {
        AsLogin as(office.server, login, office.password);
        REQUIRE(as.isOpen());
        const bool ok = as.exec(QStringLiteral("SELECT password_hash FROM users"));
        INFO(as.error().toStdString());
        if (!ok)
            CHECK(as.error().contains(QStringLiteral("permission denied")));
        return ok;
    };
    CHECK(reads(office.manager));
    CHECK(reads(office.admin));
    CHECK_FALSE(reads(office.desk));
    // The backup group gives reading only, and no other group.
    CHECK(office
              .value(QStringLiteral("SELECT count(*) FROM pg_auth_members m JOIN pg_roles r ON "
                                    "r.oid = m.member WHERE r.rolname = 'istiqbal_backup'"))
              .toInt() == 0);
    CHECK(office
              .value(QStringLiteral("SELECT count(*) FROM information_schema.role_table_grants "
                                    "WHERE grantee = 'istiqbal_backup' AND privilege_type <> "
                                    "'SELECT'"))
              .toInt() == 0);
}
