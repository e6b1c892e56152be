// Issue 11, `check` means it: on today's main a database with its
// append-only trigger or unique ID index dropped, a file cut in half and a
// demo fill that was interrupted all passed as intact.
#include <catch2/catch.hpp>

#include "CliTestSupport.h"
#include "SqliteTool.h"
#include "cli/DemoGenerator.h"
#include "storage/Database.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {

QString demoDatabase(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("c.sqlite"));
    const CliRun r = runCli({QStringLiteral("demo"), QStringLiteral("--database"), path,
                             QStringLiteral("--beneficiaries"), QStringLiteral("30"),
                             QStringLiteral("--cases"), QStringLiteral("30")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    return path;
}

CliRun check(const QString &path)
{
    return runCli({QStringLiteral("check"), QStringLiteral("--database"), path});
}

// Refused: the problems on standard output, one line on stderr.
void refused(const CliRun &r, const QString &named)
{
    INFO(r.out.toStdString() << "\n" << r.err.toStdString());
    CHECK(r.code == 1);
    CHECK(r.err.count(QLatin1Char('\n')) == 1);
    CHECK(r.err.contains(QStringLiteral("not intact")));
    CHECK(r.out.contains(named));
    CHECK_FALSE(r.out.contains(QStringLiteral("is intact")));
}

} // namespace

TEST_CASE("check lists a dropped trigger and a dropped unique index", "[cli][check]")
{
    QTemporaryDir dir;
    const QString db = demoDatabase(dir);
    const CliRun clean = check(db);
    INFO(clean.err.toStdString());
    REQUIRE(clean.code == 0);
    CHECK(clean.out.contains(QStringLiteral("is intact")));

    SECTION("the audit log's append-only trigger")
    {
        SqliteTool::run(db, {QStringLiteral("DROP TRIGGER audit_log_no_delete")});
        refused(check(db), QStringLiteral("audit_log_no_delete"));
    }
    SECTION("the unique index on ID numbers")
    {
        SqliteTool::run(db, {QStringLiteral("DROP INDEX beneficiaries_id_number")});
        refused(check(db), QStringLiteral("beneficiaries_id_number"));
    }
    SECTION("the search keys of some beneficiaries")
    {
        SqliteTool::run(db, {QStringLiteral("DELETE FROM name_tokens WHERE beneficiary_id <= 3")});
        refused(check(db), QStringLiteral("cannot be found by name"));
    }
}

TEST_CASE("check refuses a database file cut in half", "[cli][check]")
{
    QTemporaryDir dir;
    const QString db = demoDatabase(dir);
    QFile file(db);
    REQUIRE(file.resize(file.size() / 2));
    const CliRun r = check(db);
    INFO(r.out.toStdString() << "\n" << r.err.toStdString());
    CHECK(r.code == 1);
    CHECK(r.err.count(QLatin1Char('\n')) == 1);
    CHECK_FALSE(r.out.contains(QStringLiteral("is intact")));
}

TEST_CASE("check refuses a demo database whose filling was interrupted", "[cli][check]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("half.sqlite"));
    {
        Database db;
        REQUIRE(db.open(path));
        DemoOptions options;
        options.beneficiaries = 40;
        options.cases = 40;
        // Stopped part-way, as a kill would stop it.
        REQUIRE_FALSE(
            DemoGenerator::fill(db, options, [](qint64 done, qint64) { return done == 0; }));
    }
    refused(check(path), QStringLiteral("demo"));
}
