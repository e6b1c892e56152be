// istiqbal migrate-to against the PostgreSQL test server (tagged [pg]: the cli
// suite runs these only with ISTIQBAL_TEST_ENGINE=postgresql, see
// tests/CMakeLists.txt).
#include <catch2/catch.hpp>

#include "CliTestSupport.h"
#include "TestDatabase.h"
#include "cli/DemoGenerator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

namespace {

QJsonArray search(const QString &db, const QString &query)
{
    const CliRun r = runCli({QStringLiteral("search"), QStringLiteral("--database"), db,
                             QStringLiteral("--json"), QStringLiteral("--limit"),
                             QStringLiteral("1000"), query});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

} // namespace

TEST_CASE("migrate-to copies a single-desk database to a server, verified, once", "[cli][pg]")
{
    TestDb::requirePostgres();
    TestDb::Fresh fresh;
    const QString file = fresh.dir().filePath(QStringLiteral("desk.sqlite"));
    const CliRun demo = runCli({QStringLiteral("demo"), QStringLiteral("--database"), file,
                                QStringLiteral("--beneficiaries"), QStringLiteral("300"),
                                QStringLiteral("--cases"), QStringLiteral("500")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.code == 0);

    const QString server = fresh.location(QStringLiteral("shared"));
    const CliRun copied = runCli({QStringLiteral("migrate-to"), QStringLiteral("--database"), file,
                                  QStringLiteral("--user"), QStringLiteral("admin"), server},
                                 DemoGenerator::demoPassword() + QLatin1Char('\n'));
    INFO(copied.err.toStdString());
    REQUIRE(copied.code == 0);
    CHECK(copied.out.contains(QStringLiteral("row count and checksum match")));
    CHECK(copied.out.contains(QStringLiteral("beneficiaries")));
    CHECK(copied.err.isEmpty());

    // The server answers as the file did.
    for (const QString &q : {QStringLiteral("محمد"), QStringLiteral("05")}) {
        INFO(q.toStdString());
        CHECK(search(server, q) == search(file, q));
    }
    const CliRun check = runCli({QStringLiteral("check"), QStringLiteral("--database"), server});
    CHECK(check.code == 0);

    // A second copy into the same, no longer empty, database is refused.
    const CliRun again = runCli({QStringLiteral("migrate-to"), QStringLiteral("--database"), file,
                                 QStringLiteral("--user"), QStringLiteral("admin"), server},
                                DemoGenerator::demoPassword() + QLatin1Char('\n'));
    CHECK(again.code == 1);
    CHECK(again.err.count(QLatin1Char('\n')) == 1);
    CHECK(again.err.contains(QStringLiteral("already holds records")));

    // demo works on a server too, and refuses one with data.
    const CliRun demoAgain = runCli({QStringLiteral("demo"), QStringLiteral("--database"), server,
                                     QStringLiteral("--beneficiaries"), QStringLiteral("10")});
    CHECK(demoAgain.code == 1);
    const QString other = fresh.location(QStringLiteral("demo"));
    const CliRun demoServer = runCli({QStringLiteral("demo"), QStringLiteral("--database"), other,
                                      QStringLiteral("--beneficiaries"), QStringLiteral("50"),
                                      QStringLiteral("--cases"), QStringLiteral("80")});
    INFO(demoServer.err.toStdString());
    CHECK(demoServer.code == 0);
}
