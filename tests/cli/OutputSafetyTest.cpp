// Issue 11: one slip in --output must not destroy the database.
#include <catch2/catch.hpp>

#include "CliTestSupport.h"
#include "cli/DemoGenerator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// The demo's people share one password; a line of standard input.
QString managerPassword()
{
    return DemoGenerator::demoPassword() + QLatin1Char('\n');
}

QString smallDemo(const QTemporaryDir &dir, const QString &name = QStringLiteral("v.sqlite"))
{
    const QString db = dir.filePath(name);
    const CliRun r = runCli({QStringLiteral("demo"), QStringLiteral("--database"), db,
                             QStringLiteral("--beneficiaries"), QStringLiteral("30"),
                             QStringLiteral("--cases"), QStringLiteral("40")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    return db;
}

QString thisMonth()
{
    return QDate::currentDate().toString(QStringLiteral("yyyy-MM"));
}

} // namespace

TEST_CASE("export and backup refuse an output that is the database, however named", "[cli][output]")
{
    QTemporaryDir dir;
    const QString db = smallDemo(dir);
    QDir(dir.path()).mkdir(QStringLiteral("sub"));
    QFile::link(db, dir.filePath(QStringLiteral("link.csv")));
    QFile::link(dir.path(), dir.filePath(QStringLiteral("sub/up")));
    const QByteArray before = fileHash(db);

    const QString previous = QDir::currentPath();
    QDir::setCurrent(dir.filePath(QStringLiteral("sub")));
    const QStringList targets = {db,
                                 QStringLiteral("../v.sqlite"),
                                 dir.filePath(QStringLiteral("link.csv")),
                                 QStringLiteral("up/v.sqlite"),
                                 QStringLiteral("up/v.sqlite-wal"),
                                 dir.filePath(QStringLiteral("v.sqlite-shm"))};
    for (const QString &target : targets) {
        INFO(target.toStdString());
        const CliRun exported =
            runCli({QStringLiteral("export"), QStringLiteral("--user"), QStringLiteral("manager"),
                    QStringLiteral("--month"), thisMonth(), QStringLiteral("--output"), target,
                    QStringLiteral("--database"), QStringLiteral("../v.sqlite")},
                   managerPassword());
        CHECK(exported.code == 1);
        CHECK(exported.err.count(QLatin1Char('\n')) == 1);
        CHECK(exported.err.contains(QStringLiteral("database")));
        const CliRun backedUp = runCli({QStringLiteral("backup"), QStringLiteral("--output"),
                                        target, QStringLiteral("--database"), db});
        CHECK(backedUp.code == 1);
        CHECK(backedUp.err.count(QLatin1Char('\n')) == 1);
    }
    QDir::setCurrent(previous);
    CHECK(fileHash(db) == before);
    CHECK(QFileInfo(dir.filePath(QStringLiteral("link.csv"))).isSymLink());
    const CliRun check = runCli({QStringLiteral("check"), QStringLiteral("--database"), db});
    CHECK(check.code == 0);

    // Another Istiqbal database is not a place for a CSV either.
    const QString other = smallDemo(dir, QStringLiteral("other.sqlite"));
    const QByteArray otherBefore = fileHash(other);
    const CliRun overOther =
        runCli({QStringLiteral("export"), QStringLiteral("--user"), QStringLiteral("manager"),
                QStringLiteral("--month"), thisMonth(), QStringLiteral("--output"), other,
                QStringLiteral("--database"), db},
               managerPassword());
    CHECK(overOther.code == 1);
    CHECK(fileHash(other) == otherBefore);
}

TEST_CASE("report refuses an output that is the database", "[cli][output]")
{
    QTemporaryDir dir;
    const QString db = smallDemo(dir);
    QFile::link(db, dir.filePath(QStringLiteral("r.pdf")));
    const QByteArray before = fileHash(db);
    for (const QString &target : {db, dir.filePath(QStringLiteral("r.pdf"))}) {
        QProcess p;
        p.start(QStringLiteral(ISTIQBAL_BINARY),
                {QStringLiteral("report"), QStringLiteral("--database"), db,
                 QStringLiteral("--month"), thisMonth(), QStringLiteral("--output"), target});
        REQUIRE(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        INFO(err.toStdString());
        CHECK(p.exitCode() == 1);
        CHECK(err.count(QLatin1Char('\n')) == 1);
        CHECK(fileHash(db) == before);
    }
}

TEST_CASE("backup writes under a temporary name and a killed one can be retried", "[cli][output]")
{
    QTemporaryDir dir;
    const QString db = smallDemo(dir);
    const QString target = dir.filePath(QStringLiteral("b.sqlite"));
    // What a backup killed part-way leaves: its temporary, never the target.
    const QString leftover = dir.filePath(QStringLiteral(".b.sqlite.2147483646-1.istiqbal-part"));
    {
        QFile f(leftover);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("SQLite format 3");
    }
    const CliRun r = runCli({QStringLiteral("backup"), QStringLiteral("--database"), db,
                             QStringLiteral("--user"), QStringLiteral("admin"),
                             QStringLiteral("--output"), target},
                            DemoGenerator::demoPassword() + QLatin1Char('\n'));
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK_FALSE(QFile::exists(leftover));
    const CliRun check = runCli({QStringLiteral("check"), QStringLiteral("--database"), target});
    CHECK(check.code == 0);
    const QStringList left = QDir(dir.path())
                                 .entryList(QDir::Files | QDir::Hidden, QDir::Name)
                                 .filter(QStringLiteral("istiqbal-part"));
    CHECK(left.isEmpty());
}
