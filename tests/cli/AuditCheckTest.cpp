// `istiqbal check` and a tampered audit trail (issue 11): with its triggers
// dropped, or through an INSERT OR REPLACE they did not cover, an audit row
// could be rewritten and check still called the database intact.
#include <catch2/catch.hpp>

#include "CliTestSupport.h"
#include "SqliteTool.h"
#include "cli/DemoGenerator.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {

const QStringList dropTriggers = {
    QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_update"),
    QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_delete"),
    QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_replace"),
};

} // namespace

TEST_CASE("check names the first audit row that was tampered with", "[cli][audit]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("tampered.sqlite"));
    const CliRun demo = runCli({QStringLiteral("demo"), QStringLiteral("--database"), db,
                                QStringLiteral("--beneficiaries"), QStringLiteral("5"),
                                QStringLiteral("--cases"), QStringLiteral("5")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.code == 0);
    // Some rows to tamper with besides the demo's own.
    for (const char *name : {"amal", "badr", "huda"}) {
        const CliRun add =
            runCli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--database"),
                    db, QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--role"),
                    QStringLiteral("receptionist"), QLatin1String(name)},
                   DemoGenerator::demoPassword() + QStringLiteral("\na-long-enough-password\n"));
        INFO(add.err.toStdString());
        REQUIRE(add.code == 0);
    }
    const CliRun clean = runCli({QStringLiteral("check"), QStringLiteral("--database"), db});
    INFO(clean.err.toStdString());
    REQUIRE(clean.code == 0);

    QStringList statements = dropTriggers;
    QString expected;
    SECTION("a row rewritten with the triggers dropped")
    {
        statements << QStringLiteral("UPDATE audit_log SET action = 'user.nothing' WHERE id = 2");
        expected = QStringLiteral("entry 2 ");
    }
    SECTION("a row replaced by INSERT OR REPLACE")
    {
        statements << QStringLiteral("INSERT OR REPLACE INTO audit_log (id, at, user_id, action, "
                                     "entity, entity_id, details) SELECT id, at, user_id, "
                                     "'user.nothing', entity, entity_id, details FROM audit_log "
                                     "WHERE id = 3");
        expected = QStringLiteral("entry 3 ");
    }
    SECTION("a row deleted in the middle")
    {
        statements << QStringLiteral("DELETE FROM audit_log WHERE id = 2");
        expected = QStringLiteral("entry 3 ");
    }
    SECTION("the last rows deleted")
    {
        statements << QStringLiteral("DELETE FROM audit_log WHERE id >= 3");
        expected = QStringLiteral("after 2 ");
    }
    SqliteTool::run(db, statements);

    const CliRun check = runCli({QStringLiteral("check"), QStringLiteral("--database"), db});
    CHECK(check.code != 0);
    INFO(check.out.toStdString() << "\n" << check.err.toStdString());
    // What is wrong on standard output (the dropped triggers too), the
    // verdict in one line on stderr.
    CHECK(check.err.startsWith(QStringLiteral("istiqbal check: ")));
    CHECK(check.err.contains(QStringLiteral("not intact")));
    CHECK(check.out.contains(QStringLiteral("audit trail")));
    CHECK(check.out.contains(expected));
    CHECK_FALSE(check.out.contains(QStringLiteral("is intact")));
}
