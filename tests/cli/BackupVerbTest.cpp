// `istiqbal backup` (issue 11): run by a signed-in manager or administrator;
// `--encrypt` seals the copy with a passphrase that `restore` asks for.
#include <catch2/catch.hpp>

#include "CliTestSupport.h"
#include "cli/DemoGenerator.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QString passwordLine()
{
    return DemoGenerator::demoPassword() + QLatin1Char('\n');
}

struct Desk
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("istiqbal.sqlite"));

    Desk()
    {
        const CliRun demo = runCli({QStringLiteral("demo"), QStringLiteral("--database"), db,
                                    QStringLiteral("--beneficiaries"), QStringLiteral("5"),
                                    QStringLiteral("--cases"), QStringLiteral("5")});
        INFO(demo.err.toStdString());
        REQUIRE(demo.code == 0);
    }

    CliRun backup(const QStringList &extra, const QString &stdinText)
    {
        return runCli(QStringList{QStringLiteral("backup"), QStringLiteral("--database"), db} +
                          extra,
                      stdinText);
    }

    // Whatever a backup or restore may leave behind by mistake.
    QStringList leftovers() const
    {
        return QDir(dir.path())
            .entryList({QStringLiteral(".istiqbal-*"), QStringLiteral("*.istiqbal-part")},
                       QDir::Files | QDir::Hidden);
    }
};

} // namespace

TEST_CASE("backup is made by a signed-in manager or administrator only", "[cli][backup]")
{
    Desk d;
    const QString out = d.dir.filePath(QStringLiteral("b.sqlite"));
    const QByteArray before = fileBytes(d.db);

    CliRun r = d.backup({QStringLiteral("--output"), out}, QString());
    CHECK(r.code != 0);
    CHECK(r.err.contains(QStringLiteral("--user")));
    r = d.backup(
        {QStringLiteral("--user"), QStringLiteral("reception1"), QStringLiteral("--output"), out},
        passwordLine());
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("may not make a backup copy")));
    r = d.backup(
        {QStringLiteral("--user"), QStringLiteral("manager"), QStringLiteral("--output"), out},
        QStringLiteral("not the password\n"));
    CHECK(r.code == 1);
    CHECK_FALSE(QFile::exists(out));
    CHECK(d.leftovers().isEmpty());

    r = d.backup(
        {QStringLiteral("--user"), QStringLiteral("manager"), QStringLiteral("--output"), out},
        passwordLine());
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("checked")));
    CHECK(fileBytes(out).startsWith("SQLite format 3"));
    const CliRun check = runCli({QStringLiteral("check"), QStringLiteral("--database"), out});
    CHECK(check.code == 0);

    // restore is the administrator's alone.
    r = runCli({QStringLiteral("restore"), QStringLiteral("--database"), d.db,
                QStringLiteral("--user"), QStringLiteral("manager"), out},
               passwordLine());
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("may not restore a backup")));
    r = runCli({QStringLiteral("restore"), QStringLiteral("--database"), d.db, out}, QString());
    CHECK(r.code != 0);
    CHECK(r.err.contains(QStringLiteral("--user")));
    CHECK(d.leftovers().isEmpty());
    CHECK(QDir(d.dir.path()).entryList({QStringLiteral("*-before-restore-*")}).isEmpty());
}

TEST_CASE("backup --encrypt writes a sealed copy that restore opens with the passphrase",
          "[cli][backup]")
{
    Desk d;
    const QString sealed = d.dir.filePath(QStringLiteral("usb.iqb"));
    const QString passphrase = QStringLiteral("مفتاح النسخة الخارجية");
    const QStringList args = {QStringLiteral("--user"), QStringLiteral("admin"),
                              QStringLiteral("--encrypt"), QStringLiteral("--output"), sealed};

    CliRun r = d.backup(args, passwordLine() + QStringLiteral("short\n"));
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("at least 8 characters")));
    CHECK_FALSE(QFile::exists(sealed));

    r = d.backup(args, passwordLine() + passphrase + QLatin1Char('\n'));
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("opened again")));
    const QByteArray file = fileBytes(sealed);
    CHECK(file.startsWith("IQBSEAL1"));
    CHECK_FALSE(file.contains("SQLite format 3"));
    CHECK(d.leftovers().isEmpty());

    // Something to undo: a user added after the backup.
    const CliRun added =
        runCli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--database"), d.db,
                QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--role"),
                QStringLiteral("receptionist"), QStringLiteral("later")},
               passwordLine() + QStringLiteral("a-long-enough-password\n"));
    REQUIRE(added.code == 0);
    const QStringList restore = {QStringLiteral("restore"), QStringLiteral("--database"), d.db,
                                 QStringLiteral("--user"),  QStringLiteral("admin"),      sealed};
    const QByteArray before = fileBytes(d.db);
    r = runCli(restore, passwordLine() + QStringLiteral("not the passphrase\n"));
    CHECK(r.code == 1);
    CHECK(r.err.contains(QStringLiteral("passphrase is wrong")));
    CHECK(fileBytes(d.db) == before);

    r = runCli(restore, passwordLine() + passphrase + QLatin1Char('\n'));
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("Restored")));
    // The user added after the backup is gone again; the admin still signs in.
    const CliRun later = d.backup({QStringLiteral("--user"), QStringLiteral("later"),
                                   QStringLiteral("--output"), d.dir.filePath(QStringLiteral("x"))},
                                  QStringLiteral("a-long-enough-password\n"));
    CHECK(later.code == 1);
    const CliRun check = runCli({QStringLiteral("check"), QStringLiteral("--database"), d.db});
    INFO(check.err.toStdString());
    CHECK(check.code == 0);
    CHECK(d.leftovers().isEmpty());
}

TEST_CASE("restore onto a missing database signs in on the backup", "[cli][backup]")
{
    Desk d;
    const QString copy = d.dir.filePath(QStringLiteral("copy.sqlite"));
    REQUIRE(d.backup({QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--output"),
                      copy},
                     passwordLine())
                .code == 0);
    const QString gone = d.dir.filePath(QStringLiteral("new-pc.sqlite"));
    CliRun r = runCli({QStringLiteral("restore"), QStringLiteral("--database"), gone,
                       QStringLiteral("--user"), QStringLiteral("reception1"), copy},
                      passwordLine());
    CHECK(r.code == 1);
    CHECK_FALSE(QFile::exists(gone));
    r = runCli({QStringLiteral("restore"), QStringLiteral("--database"), gone,
                QStringLiteral("--user"), QStringLiteral("admin"), copy},
               passwordLine());
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(runCli({QStringLiteral("check"), QStringLiteral("--database"), gone}).code == 0);
}
