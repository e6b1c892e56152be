// Issue 11, opening only what exists: a missing path or an empty file given as
// --database was turned into a new database (import even filled it); a
// healthy database in a read-only folder was called damaged.
#include <catch2/catch.hpp>

#include "CliTestSupport.h"
#include "cli/DemoGenerator.h"

#include "storage/Database.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <grp.h>
#include <unistd.h>

namespace {

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

const QByteArray onePerson = "national_id,first_name,family_name\n1000000008,Ali,Saad\n";

// Each verb that needs a database, with its other arguments.
QVector<QStringList> verbsNeedingADatabase(const QString &dir)
{
    const QString csv = QDir(dir).filePath(QStringLiteral("people.csv"));
    writeBytes(csv, onePerson);
    return {{QStringLiteral("check")},
            {QStringLiteral("search"), QStringLiteral("x")},
            {QStringLiteral("import"), QStringLiteral("--user"), QStringLiteral("admin"), csv},
            {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--user"),
             QStringLiteral("admin"), QStringLiteral("--role"), QStringLiteral("officer"),
             QStringLiteral("huda")},
            {QStringLiteral("export"), QStringLiteral("--user"), QStringLiteral("manager"),
             QStringLiteral("--month"), QStringLiteral("2026-01"), QStringLiteral("--output"),
             QDir(dir).filePath(QStringLiteral("o.csv"))},
            {QStringLiteral("backup"), QStringLiteral("--user"), QStringLiteral("admin"),
             QStringLiteral("--output"), QDir(dir).filePath(QStringLiteral("o.sqlite"))}};
}

// A copy of the real program that nobody may run: the build folder may lie
// where nobody cannot enter (a clone in /root, as on a fresh machine).
QString programForNobody()
{
    static QTemporaryDir folder(QDir::temp().filePath(QStringLiteral("istiqbal-nobody-XXXXXX")));
    static const QString program = [] {
        const QString copy = folder.filePath(QStringLiteral("istiqbal"));
        const QFileDevice::Permissions open =
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
            QFileDevice::ReadUser | QFileDevice::ExeUser | QFileDevice::ReadGroup |
            QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;
        if (!folder.isValid() || !QFile::setPermissions(folder.path(), open) ||
            !QFile::copy(QStringLiteral(ISTIQBAL_BINARY), copy) ||
            !QFile::setPermissions(copy, open))
            return QString();
        return copy;
    }();
    return program;
}

// The real program, as nobody when the tests run as root (root passes every
// permission check, so a read-only file would not be read-only for it).
CliRun runAsNobody(const QStringList &args, const QByteArray &input = QByteArray())
{
    const QString program = programForNobody();
    REQUIRE_FALSE(program.isEmpty());
    QProcess p;
    p.setChildProcessModifier([] {
        if (::geteuid() == 0) {
            (void)::setgroups(0, nullptr);
            (void)::setgid(65534);
            (void)::setuid(65534);
        }
    });
    p.start(program, args);
    REQUIRE(p.waitForStarted(10000));
    p.write(input);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    return CliRun{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                  QString::fromUtf8(p.readAllStandardError())};
}

const QFileDevice::Permissions everyone(0x7777);
const QFileDevice::Permissions readOnly = QFileDevice::ReadOwner | QFileDevice::ReadUser |
                                          QFileDevice::ReadGroup | QFileDevice::ReadOther;
const QFileDevice::Permissions readAndEnter = readOnly | QFileDevice::ExeOwner |
                                              QFileDevice::ExeUser | QFileDevice::ExeGroup |
                                              QFileDevice::ExeOther;

} // namespace

TEST_CASE("No verb makes a database of a missing path or an empty file", "[cli][open]")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("typo.sqlite"));
    const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
    writeBytes(empty, QByteArray());
    for (const QStringList &args : verbsNeedingADatabase(dir.path())) {
        for (const QString &db : {missing, empty}) {
            QStringList withDb = args;
            withDb << QStringLiteral("--database") << db;
            INFO(withDb.join(QLatin1Char(' ')).toStdString());
            const CliRun r = runCli(withDb, CliPeople::line() + CliPeople::line());
            INFO(r.err.toStdString());
            CHECK(r.code == 1);
            CHECK(r.err.count(QLatin1Char('\n')) == 1);
            // How to make one, and nothing about a server.
            CHECK(r.err.contains(QStringLiteral("users add --role admin")));
            CHECK_FALSE(r.err.contains(QStringLiteral("server")));
            CHECK_FALSE(QFile::exists(missing));
            CHECK(QFileInfo(empty).size() == 0);
        }
    }
    // The first administrator makes the database, at a new path and in an
    // empty file alike.
    for (const QString &db : {missing, empty}) {
        const CliRun first = runCli({QStringLiteral("users"), QStringLiteral("add"),
                                     QStringLiteral("--role"), QStringLiteral("admin"),
                                     QStringLiteral("admin"), QStringLiteral("--database"), db},
                                    CliPeople::line());
        INFO(first.err.toStdString());
        CHECK(first.code == 0);
        const CliRun check = runCli({QStringLiteral("check"), QStringLiteral("--database"), db});
        INFO(check.err.toStdString());
        CHECK(check.code == 0);
    }
}

TEST_CASE("Opening an empty file is refused unless a database is being made", "[cli][open]")
{
    // The window opens with Database::open: a 0-byte file (what a failed copy
    // leaves) must not silently become a new, empty database there either.
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
    writeBytes(empty, QByteArray());
    {
        Database db;
        const Status opened = db.open(empty);
        REQUIRE_FALSE(opened);
        CHECK(opened.error().contains(QStringLiteral("empty")));
        CHECK(QFileInfo(empty).size() == 0);
        REQUIRE_FALSE(db.openWithoutMigrating(empty));
        CHECK(QFileInfo(empty).size() == 0);
    }
    Database db;
    REQUIRE(db.openOrCreate(empty));
    CHECK(db.schemaVersion() == Database::latestSchemaVersion());
    // A path with nothing there is still a new database for the window.
    Database fresh;
    CHECK(fresh.open(dir.filePath(QStringLiteral("new.sqlite"))));
}

TEST_CASE("A read-only database is called read-only and can still be read", "[cli][open]")
{
    QTemporaryDir dir;
    REQUIRE(QFile::setPermissions(dir.path(), everyone));
    const QString folder = dir.filePath(QStringLiteral("data"));
    const QString out = dir.filePath(QStringLiteral("out"));
    REQUIRE(QDir().mkpath(folder));
    REQUIRE(QDir().mkpath(out));
    REQUIRE(QFile::setPermissions(out, everyone));
    REQUIRE(QFile::setPermissions(folder, everyone));
    const QString db = QDir(folder).filePath(QStringLiteral("r.sqlite"));
    const CliRun demo = runCli({QStringLiteral("demo"), QStringLiteral("--database"), db,
                                QStringLiteral("--beneficiaries"), QStringLiteral("20"),
                                QStringLiteral("--cases"), QStringLiteral("20")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.code == 0);
    REQUIRE(QFile::setPermissions(db, readOnly));

    SECTION("the file read-only") {}
    SECTION("the folder read-only too (the database is in WAL mode)")
    {
        REQUIRE(QFile::setPermissions(folder, readAndEnter));
    }
    const QStringList readers[] = {
        {QStringLiteral("check")},
        {QStringLiteral("search"), QString::fromUtf8("محمد")},
        {QStringLiteral("export"), QStringLiteral("--user"), QStringLiteral("manager"),
         QStringLiteral("--month"), QDate::currentDate().toString(QStringLiteral("yyyy-MM")),
         QStringLiteral("--output"), QDir(out).filePath(QStringLiteral("m.csv"))},
        {QStringLiteral("backup"), QStringLiteral("--user"), QStringLiteral("admin"),
         QStringLiteral("--output"), QDir(out).filePath(QStringLiteral("b.sqlite"))},
    };
    const QByteArray adminPassword = (DemoGenerator::demoPassword() + QLatin1Char('\n')).toUtf8();
    for (QStringList args : readers) {
        args << QStringLiteral("--database") << db;
        const CliRun r = runAsNobody(args, adminPassword);
        INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString());
        CHECK(r.code == 0);
        CHECK(r.err.isEmpty());
    }
    CHECK(QFile::exists(QDir(out).filePath(QStringLiteral("b.sqlite"))));
    CHECK(QFile::exists(QDir(out).filePath(QStringLiteral("m.csv"))));

    // A verb that changes it says read-only: not damaged, not a server.
    const QString csv = QDir(out).filePath(QStringLiteral("p.csv"));
    writeBytes(csv, onePerson);
    const CliRun write =
        runAsNobody({QStringLiteral("import"), QStringLiteral("--user"), QStringLiteral("admin"),
                     csv, QStringLiteral("--database"), db},
                    (DemoGenerator::demoPassword() + QLatin1Char('\n')).toUtf8());
    INFO(write.err.toStdString());
    CHECK(write.code == 1);
    CHECK(write.err.count(QLatin1Char('\n')) == 1);
    CHECK(write.err.contains(QStringLiteral("read-only")));
    CHECK_FALSE(write.err.contains(QStringLiteral("damaged")));
    CHECK_FALSE(write.err.contains(QStringLiteral("server")));
    REQUIRE(QFile::setPermissions(folder, everyone));
    REQUIRE(QFile::setPermissions(db, everyone));
}

TEST_CASE("A database file this user cannot read is not called damaged", "[cli][open]")
{
    QTemporaryDir dir;
    REQUIRE(QFile::setPermissions(dir.path(), everyone));
    const QString db = dir.filePath(QStringLiteral("secret.sqlite"));
    const CliRun demo = runCli({QStringLiteral("demo"), QStringLiteral("--database"), db,
                                QStringLiteral("--beneficiaries"), QStringLiteral("5"),
                                QStringLiteral("--cases"), QStringLiteral("5")});
    REQUIRE(demo.code == 0);
    REQUIRE(QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    if (::geteuid() != 0)
        REQUIRE(QFile::setPermissions(db, QFileDevice::Permissions()));
    const CliRun r = runAsNobody({QStringLiteral("check"), QStringLiteral("--database"), db});
    INFO(r.err.toStdString());
    CHECK(r.code == 1);
    CHECK(r.err.count(QLatin1Char('\n')) == 1);
    CHECK_FALSE(r.err.contains(QStringLiteral("damaged")));
    CHECK_FALSE(r.err.contains(QStringLiteral("server")));
    REQUIRE(QFile::setPermissions(db, everyone));
}

TEST_CASE("A failure on a local file never reads as a lost server", "[cli][open]")
{
    QTemporaryDir dir;
    Database db;
    REQUIRE(db.open(dir.filePath(QStringLiteral("local.sqlite"))));
    QSqlQuery q(db.connection());
    REQUIRE_FALSE(q.exec(QStringLiteral("SELECT * FROM no_such_table")));
    const Status failed = Database::sqlFailure(QStringLiteral("Reading failed."), q);
    CHECK_FALSE(failed.isConnectionLost());
    CHECK_FALSE(failed.error().contains(QStringLiteral("server")));
    // A statement on a connection that was closed: still a file, not a server.
    QSqlDatabase connection = db.connection();
    connection.close();
    QSqlQuery closed(connection);
    REQUIRE_FALSE(closed.exec(QStringLiteral("SELECT 1")));
    const Status afterClose = Database::sqlFailure(QStringLiteral("Reading failed."), closed);
    CHECK_FALSE(afterClose.isConnectionLost());
    CHECK_FALSE(afterClose.error().contains(QStringLiteral("server")));
}
