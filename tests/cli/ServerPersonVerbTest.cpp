#include "CatchQt.h"
#include "ServerOffice.h"

#include <QRegularExpression>

// person anonymise and retention on a server set up with people's own logins:
// the manager's login has the grants it needs, and no table keeps a value.

namespace {

// The tables whose rows, as text, hold value (read as the owner).
QStringList tablesHolding(const ServerOffice &office, const QString &value)
{
    const QStringList tables =
        office
            .value(QStringLiteral("SELECT string_agg(table_name, ',') FROM "
                                  "information_schema.tables WHERE table_schema = "
                                  "current_schema()"))
            .toString()
            .split(QLatin1Char(','));
    REQUIRE(tables.contains(QStringLiteral("beneficiaries")));
    QStringList holding;
    for (const QString &t : tables) {
        const QString sql = QStringLiteral("SELECT count(*) FROM \"%1\" r WHERE strpos(r::text, "
                                           "'%2') > 0")
                                .arg(t, value);
        if (office.value(sql).toInt() > 0)
            holding << t;
    }
    return holding;
}

} // namespace

TEST_CASE("On a server the manager's own login anonymises a person, and no table keeps their "
          "values",
          "[cli][pg]")
{
    TestDb::Fresh fresh;
    const ServerOffice office(fresh); // fails with its reason without PostgreSQL
    const QString idNumber =
        office
            .value(QStringLiteral("SELECT id_number FROM beneficiaries b WHERE phone IS NOT NULL "
                                  "AND EXISTS (SELECT 1 FROM cases c WHERE c.beneficiary_id = "
                                  "b.id) ORDER BY id LIMIT 1"))
            .toString();
    REQUIRE_FALSE(idNumber.isEmpty());
    const QString fullName =
        office
            .value(QStringLiteral("SELECT full_name FROM beneficiaries WHERE id_number = '%1'")
                       .arg(idNumber))
            .toString();
    const QString phone =
        office
            .value(QStringLiteral("SELECT phone FROM beneficiaries WHERE id_number = '%1'")
                       .arg(idNumber))
            .toString();
    CHECK(tablesHolding(office, idNumber).contains(QStringLiteral("beneficiaries")));
    const auto anonymise = [&](const QString &who) {
        return runCli({QStringLiteral("person"), QStringLiteral("anonymise"), idNumber,
                       QStringLiteral("--reason"), QStringLiteral("request 9"),
                       QStringLiteral("--database"), office.server, QStringLiteral("--user"), who},
                      office.line());
    };
    const CliRun byDesk = anonymise(office.desk);
    CHECK(byDesk.code == 1);
    CHECK(byDesk.err.contains(QStringLiteral("may not")));
    CHECK(tablesHolding(office, idNumber).contains(QStringLiteral("beneficiaries")));

    const CliRun done = anonymise(office.manager);
    INFO(done.err.toStdString());
    REQUIRE(done.code == 0);
    for (const QString &value : {idNumber, fullName, phone}) {
        INFO(value.toStdString());
        CHECK(tablesHolding(office, value) == QStringList());
    }
    CHECK(office
              .value(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                    "'beneficiary.anonymise'"))
              .toInt() == 1);

    // Retention by the manager's login: set, listed, applied.
    const auto retention = [&](const QStringList &args) {
        return runCli(QStringList{QStringLiteral("retention")} + args +
                          QStringList{QStringLiteral("--database"), office.server,
                                      QStringLiteral("--user"), office.manager},
                      office.line());
    };
    const CliRun set = retention({QStringLiteral("set"), QStringLiteral("1")});
    INFO(set.err.toStdString());
    REQUIRE(set.code == 0);
    const CliRun listed = retention({QStringLiteral("list")});
    REQUIRE(listed.code == 0);
    const int past = listed.out.split(QLatin1Char('\n'))
                         .filter(QRegularExpression(QStringLiteral("^#\\d+\t")))
                         .size();
    REQUIRE(past > 0);
    const CliRun applied = retention({QStringLiteral("apply"), QStringLiteral("--yes")});
    INFO(applied.err.toStdString());
    REQUIRE(applied.code == 0);
    CHECK(office
              .value(QStringLiteral("SELECT count(*) FROM beneficiaries WHERE anonymised_at IS "
                                    "NOT NULL"))
              .toInt() == past + 1);
}

TEST_CASE("On a server, restoring an older backup anonymises again the people anonymised since",
          "[cli][pg]")
{
    TestDb::Fresh fresh;
    const ServerOffice office(fresh); // fails with its reason without PostgreSQL
    const QString archive = fresh.dir().filePath(QStringLiteral("office.dump"));
    CliRun r = office.backup(office.manager, archive);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QString idNumber =
        office.value(QStringLiteral("SELECT id_number FROM beneficiaries ORDER BY id LIMIT 1"))
            .toString();
    const QString another =
        office.value(QStringLiteral("SELECT id_number FROM beneficiaries ORDER BY id DESC LIMIT 1"))
            .toString();
    REQUIRE_FALSE(idNumber.isEmpty());
    REQUIRE(another != idNumber);
    r = runCli({QStringLiteral("person"), QStringLiteral("anonymise"), idNumber,
                QStringLiteral("--reason"), QStringLiteral("request 12"),
                QStringLiteral("--database"), office.server, QStringLiteral("--user"),
                office.manager},
               office.line());
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(tablesHolding(office, idNumber) == QStringList());

    r = office.restore(office.admin, archive);
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(QStringLiteral("anonymised again")));
    CHECK(tablesHolding(office, idNumber) == QStringList());
    CHECK(tablesHolding(office, another).contains(QStringLiteral("beneficiaries")));
    CHECK(office
              .value(QStringLiteral("SELECT count(*) FROM audit_log a JOIN users u ON u.id = "
                                    "a.user_id WHERE a.action = 'beneficiary.anonymise' AND "
                                    "u.username = '%1' AND a.details LIKE '%restored_from%'")
                         .arg(office.admin))
              .toInt() == 1);
    const CliRun check =
        runCli({QStringLiteral("check"), QStringLiteral("--database"), office.server});
    INFO(check.out.toStdString() << check.err.toStdString());
    CHECK(check.code == 0);
}
