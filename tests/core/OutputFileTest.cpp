#include <catch2/catch.hpp>

#include "core/OutputFile.h"
#include "core/OutputPath.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace {

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

QByteArray sqliteHeader()
{
    return QByteArray("SQLite format 3", 15) + QByteArray(1, '\0') + QByteArray(84, 'x');
}

// What the folder holds, hidden files included.
QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

} // namespace

TEST_CASE("OutputPath refuses every way of naming a database", "[core][output]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("v.sqlite"));
    writeBytes(db, sqliteHeader());
    QDir(dir.path()).mkdir(QStringLiteral("sub"));
    QFile::link(db, dir.filePath(QStringLiteral("link.csv")));
    QFile::link(dir.path(), dir.filePath(QStringLiteral("sub/up")));

    const QString previous = QDir::currentPath();
    QDir::setCurrent(dir.filePath(QStringLiteral("sub")));
    const QStringList refused = {
        db,
        QStringLiteral("../v.sqlite"),                   // relative, with ..
        dir.filePath(QStringLiteral("sub/../v.sqlite")), // .. in an absolute path
        dir.filePath(QStringLiteral("link.csv")),        // a link to it
        QStringLiteral("up/v.sqlite"),                   // through a linked folder
        dir.filePath(QStringLiteral("v.sqlite-wal")),    // its log, not there yet
        QStringLiteral("up/v.sqlite-shm"),               // the same through a link
        dir.filePath(QStringLiteral("v.sqlite-journal")),
    };
    for (const QString &target : refused) {
        INFO(target.toStdString());
        const Status s = OutputPath::check(target, {db});
        CHECK_FALSE(s);
        CHECK(s.error().contains(QStringLiteral("database")));
        // Any SQLite file is refused, open or not.
        CHECK_FALSE(OutputPath::check(target));
    }
    QDir::setCurrent(previous);

    // A dangling link whose target would be the open database's log.
    QFile::link(db + QStringLiteral("-wal"), dir.filePath(QStringLiteral("dangling.pdf")));
    CHECK_FALSE(OutputPath::check(dir.filePath(QStringLiteral("dangling.pdf")), {db}));

    CHECK(OutputPath::check(dir.filePath(QStringLiteral("report.pdf")), {db}));
    CHECK_FALSE(OutputPath::check(dir.filePath(QStringLiteral("nowhere/report.pdf"))));
    CHECK_FALSE(OutputPath::check(dir.filePath(QStringLiteral("sub"))));
    CHECK_FALSE(OutputPath::check(QString()));
    // A server database has no file to protect.
    CHECK(OutputPath::check(dir.filePath(QStringLiteral("a.csv")),
                            {QStringLiteral("postgresql://u@h/d")}));
}

TEST_CASE("OutputFile replaces the target only when the whole file is written", "[core][output]")
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("out.csv"));
    writeBytes(target, "old");
    {
        OutputFile out(target);
        REQUIRE(out.open());
        out.device()->write("new contents");
        // Until commit the old file is untouched.
        QFile f(target);
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK(f.readAll() == "old");
        f.close();
        REQUIRE(out.commit());
    }
    QFile f(target);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == "new contents");
    CHECK(entries(dir.path()) == QStringList{QStringLiteral("out.csv")});

    // Dropped without commit: nothing is left and the target is as it was.
    {
        OutputFile out(target);
        REQUIRE(out.open());
        out.device()->write("half");
    }
    CHECK(entries(dir.path()) == QStringList{QStringLiteral("out.csv")});

    // Refuse: an existing target stays, also when it appears after open().
    const QString backup = dir.filePath(QStringLiteral("b.sqlite"));
    {
        OutputFile out(backup, OutputFile::Existing::Refuse);
        REQUIRE(out.open());
        out.device()->write("copy");
        writeBytes(backup, "someone else's");
        const Status s = out.commit();
        CHECK_FALSE(s);
        CHECK(s.error().contains(QStringLiteral("already exists")));
    }
    QFile b(backup);
    REQUIRE(b.open(QIODevice::ReadOnly));
    CHECK(b.readAll() == "someone else's");
    CHECK(entries(dir.path()).size() == 2);
}

TEST_CASE("OutputFile clears what a killed writer left and keeps a live one's", "[core][output]")
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("backup.sqlite"));
    // No process has id 0x7ffffffe; this process is alive.
    const QString dead = dir.filePath(QStringLiteral(".backup.sqlite.2147483646-1.istiqbal-part"));
    const QString alive = dir.filePath(QStringLiteral(".backup.sqlite.%1-2.istiqbal-part")
                                           .arg(QCoreApplication::applicationPid()));
    writeBytes(dead, "partial");
    writeBytes(dead + QStringLiteral("-journal"), "partial");
    writeBytes(alive, "being written");
    OutputFile out(target, OutputFile::Existing::Refuse);
    REQUIRE(out.open());
    CHECK_FALSE(QFile::exists(dead));
    CHECK_FALSE(QFile::exists(dead + QStringLiteral("-journal")));
    CHECK(QFile::exists(alive));
}
