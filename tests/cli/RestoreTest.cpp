// `istiqbal restore` and `backup --encrypt` (issue 11): a backup that is
// checked before it replaces anything, the current file kept aside, refused
// while another Istiqbal (another process too) has the database open.
#include <catch2/catch.hpp>

#include "CliTestSupport.h"
#include "SqliteTool.h"
#include "cli/DemoGenerator.h"

#include "core/SealedFile.h"
#include "storage/Database.h"
#include "storage/DatabaseUse.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray bytes(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(data) == data.size());
}

qint64 users(const QString &path)
{
    Database db;
    REQUIRE(db.open(path).ok());
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM users")));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

struct Office
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("istiqbal.sqlite"));
    QString backup = dir.filePath(QStringLiteral("copy.sqlite"));

    Office()
    {
        const CliRun demo = runCli({QStringLiteral("demo"), QStringLiteral("--database"), db,
                                    QStringLiteral("--beneficiaries"), QStringLiteral("5"),
                                    QStringLiteral("--cases"), QStringLiteral("5")});
        INFO(demo.err.toStdString());
        REQUIRE(demo.code == 0);
        const CliRun made = runCli({QStringLiteral("backup"), QStringLiteral("--database"), db,
                                    QStringLiteral("--user"), QStringLiteral("manager"),
                                    QStringLiteral("--output"), backup},
                                   DemoGenerator::demoPassword() + QLatin1Char('\n'));
        INFO(made.err.toStdString());
        REQUIRE(made.code == 0);
        addUser(QStringLiteral("after"));
    }

    void addUser(const QString &name)
    {
        const CliRun add =
            runCli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--database"),
                    db, QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--role"),
                    QStringLiteral("receptionist"), name},
                   DemoGenerator::demoPassword() + QStringLiteral("\na-long-enough-password\n"));
        INFO(add.err.toStdString());
        REQUIRE(add.code == 0);
    }

    // As the demo's administrator, whose password is the first line.
    CliRun restore(const QString &from, const QString &passphraseLine = QString())
    {
        return runCli({QStringLiteral("restore"), QStringLiteral("--database"), db,
                       QStringLiteral("--user"), QStringLiteral("admin"), from},
                      DemoGenerator::demoPassword() + QLatin1Char('\n') + passphraseLine);
    }

    QStringList asides() const
    {
        return QDir(dir.path()).entryList({QStringLiteral("*-before-restore-*")}, QDir::Files);
    }
};

} // namespace

TEST_CASE("restore puts a backup back and keeps the current file aside", "[cli][backup]")
{
    Office o;
    const qint64 now = users(o.db);
    CHECK(users(o.backup) == now - 1);

    const CliRun r = o.restore(o.backup);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Restored")));
    CHECK(users(o.db) == now - 1);
    const QStringList aside = o.asides();
    REQUIRE(aside.size() == 1);
    CHECK(r.out.contains(aside.first()));
    CHECK(users(o.dir.filePath(aside.first())) == now);
    const CliRun check = runCli({QStringLiteral("check"), QStringLiteral("--database"), o.db});
    INFO(check.err.toStdString());
    CHECK(check.code == 0);
    // Nothing of the staged copy is left behind.
    CHECK(QDir(o.dir.path())
              .entryList({QStringLiteral(".istiqbal-restore-*")}, QDir::Files | QDir::Hidden)
              .isEmpty());
}

TEST_CASE("restore refuses a bad backup in words and changes nothing", "[cli][backup]")
{
    Office o;
    const QString bad = o.dir.filePath(QStringLiteral("bad.sqlite"));
    QString expected;
    SECTION("not a database")
    {
        write(bad, QByteArrayLiteral("name,phone\nsara,0500000000\n"));
        expected = QStringLiteral("not");
    }
    SECTION("cut short")
    {
        const QByteArray whole = bytes(o.backup);
        write(bad, whole.left(whole.size() / 2));
        expected = QStringLiteral("cannot be restored");
    }
    SECTION("from a newer Istiqbal")
    {
        write(bad, bytes(o.backup));
        SqliteTool::run(
            bad,
            {QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1)});
        expected = QStringLiteral("newer version of Istiqbal");
    }
    SECTION("its audit trail tampered with")
    {
        write(bad, bytes(o.backup));
        SqliteTool::run(bad, {QStringLiteral("DROP TRIGGER audit_log_no_update"),
                              QStringLiteral("UPDATE audit_log SET action = 'x' WHERE id = 1")});
        expected = QStringLiteral("audit trail was tampered with");
    }
    SECTION("an append-only guard of its audit trail dropped")
    {
        // The chain itself still fits: only the full check sees it.
        write(bad, bytes(o.backup));
        SqliteTool::run(bad, {QStringLiteral("DROP TRIGGER audit_log_no_update")});
        expected = QStringLiteral("\"audit_log_no_update\" is missing");
    }
    SECTION("people who cannot be found by name")
    {
        write(bad, bytes(o.backup));
        SqliteTool::run(bad, {QStringLiteral("DELETE FROM name_tokens WHERE beneficiary_id = "
                                             "(SELECT MIN(id) FROM beneficiaries)")});
        expected = QStringLiteral("cannot be found by name");
    }
    SECTION("missing")
    {
        expected = QStringLiteral("does not exist");
    }
    SECTION("the database itself")
    {
        const CliRun r = o.restore(o.db);
        CHECK(r.code != 0);
        CHECK(r.err.contains(QStringLiteral("database itself")));
        return;
    }
    const QByteArray before = bytes(o.db);
    const CliRun r = o.restore(bad);
    CHECK(r.code != 0);
    INFO(r.err.toStdString());
    CHECK(r.err.startsWith(QStringLiteral("istiqbal restore: ")));
    CHECK(r.err.contains(expected));
    CHECK(r.err.count(QLatin1Char('\n')) == 1);
    CHECK(bytes(o.db) == before);
    CHECK(o.asides().isEmpty());
}

TEST_CASE("restore is refused while another Istiqbal has the database open", "[cli][backup]")
{
    Office o;
    const QByteArray before = bytes(o.db);
    {
        // Another window or verb in this process.
        Database open;
        REQUIRE(open.open(o.db).ok());
        const CliRun r = o.restore(o.backup);
        CHECK(r.code != 0);
        CHECK(r.err.contains(QStringLiteral("Another Istiqbal has")));
        CHECK(bytes(o.db) == before);
    }

    // The window, in a process of its own.
    QProcess window;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), o.dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), o.dir.filePath(QStringLiteral("data")));
    window.setProcessEnvironment(env);
    window.start(QStringLiteral(ISTIQBAL_BINARY), {QStringLiteral("--database"), o.db});
    REQUIRE(window.waitForStarted());
    bool held = false;
    (void)QTest::qWaitFor(
        [&] {
            held = !DatabaseUse::exclusive(o.db).ok();
            return held || window.state() != QProcess::Running;
        },
        60000); // what it found is in held, checked below
    INFO(window.readAllStandardError().toStdString());
    REQUIRE(held);
    const CliRun refused = o.restore(o.backup);
    CHECK(refused.code != 0);
    CHECK(refused.err.contains(QStringLiteral("Another Istiqbal has")));
    CHECK(bytes(o.db) == before);

    // Killed, it holds nothing any more: no stale lock.
    window.kill();
    REQUIRE(window.waitForFinished());
    const CliRun r = o.restore(o.backup);
    INFO(r.err.toStdString());
    CHECK(r.code == 0);
}

TEST_CASE("restore opens a sealed backup with its passphrase, a wrong one or a cut file "
          "changes nothing",
          "[cli][backup]")
{
    Office o;
    const QString sealed = o.dir.filePath(QStringLiteral("usb.iqb"));
    const QString pass = QStringLiteral("عبارة مرور طويلة");
    {
        QFile plain(o.backup), out(sealed);
        REQUIRE(plain.open(QIODevice::ReadOnly));
        REQUIRE(out.open(QIODevice::WriteOnly));
        REQUIRE(SealedFile::seal(plain, out, pass.toUtf8(), SealedFile::Cost::Interactive).ok());
    }
    const QByteArray file = bytes(sealed);
    CHECK_FALSE(file.contains("SQLite format 3"));
    const qint64 now = users(o.db);
    const QByteArray before = bytes(o.db);

    CliRun r = o.restore(sealed, QStringLiteral("not the passphrase\n"));
    CHECK(r.code != 0);
    CHECK(r.err.contains(QStringLiteral("passphrase is wrong")));
    r = o.restore(sealed);
    CHECK(r.code != 0);
    CHECK(r.err.contains(QStringLiteral("no passphrase")));
    const QString cut = o.dir.filePath(QStringLiteral("cut.iqb"));
    write(cut, file.left(file.size() - 100));
    r = o.restore(cut, pass + QLatin1Char('\n'));
    CHECK(r.code != 0);
    CHECK(r.err.contains(QStringLiteral("incomplete")));
    QByteArray altered = file;
    altered[altered.size() / 2] = char(altered.at(altered.size() / 2) ^ 0x20);
    write(cut, altered);
    r = o.restore(cut, pass + QLatin1Char('\n'));
    CHECK(r.code != 0);
    CHECK(r.err.contains(QStringLiteral("altered")));
    CHECK(bytes(o.db) == before);
    CHECK(o.asides().isEmpty());

    r = o.restore(sealed, pass + QLatin1Char('\n'));
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(users(o.db) == now - 1);
}
