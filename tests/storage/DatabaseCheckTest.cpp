// Issue 11: check notices what SQLite's integrity check does not: a dropped
// append-only trigger or unique index, missing search keys, a file cut off, a
// tampered audit trail. On today's main
// each of these passed `istiqbal check`.
#include "StorageTestSupport.h"

#include "storage/BeneficiaryRepository.h"
#include "storage/DatabaseCheck.h"
#include "storage/OrganisationRepository.h"
#include "storage/Schema.h"

#include <QSqlDatabase>

using namespace StorageTest;

namespace {

QStringList findingsOf(Database &db)
{
    const Result<DatabaseCheckReport> found = DatabaseCheck::run(db);
    INFO(found.error().toStdString());
    REQUIRE(found);
    return found->findings;
}

QString firstTriggerOn(const SqlDialect &dialect, const QString &table)
{
    for (const auto &o : DatabaseCheck::expectedObjects(dialect, Schema::latestVersion())) {
        if (o.kind == QLatin1String("trigger") && o.sql.contains(QStringLiteral(" ON ") + table))
            return o.name;
    }
    return QString();
}

} // namespace

TEST_CASE("The expected schema is read from the migrations themselves", "[storage][check]")
{
    Fixture f;
    const auto expected = DatabaseCheck::expectedObjects(f.db.dialect(), Schema::latestVersion());
    auto has = [&](const char *kind, const char *name) {
        return expected.contains(
            DatabaseCheck::SchemaObject{QLatin1String(kind), QLatin1String(name), QString()});
    };
    CHECK(has("table", "beneficiaries"));
    CHECK(has("table", "audit_chain")); // from the latest migration
    CHECK(has("index", "beneficiaries_id_number"));
    // Taken off by migration 5's statements and put back by its finishing work.
    CHECK_FALSE(firstTriggerOn(f.db.dialect(), QStringLiteral("audit_log")).isEmpty());
    CHECK_FALSE(firstTriggerOn(f.db.dialect(), QStringLiteral("eligibility_overrides")).isEmpty());
    // A version before the latest expects less.
    CHECK(DatabaseCheck::expectedObjects(f.db.dialect(), 1).size() < expected.size());
    CHECK(findingsOf(f.db).isEmpty());
}

TEST_CASE("check names a dropped trigger, a dropped unique index and missing search keys",
          "[storage][check]")
{
    Fixture f;
    const auto b = BeneficiaryRepository(f.db).create(
        beneficiary(QStringLiteral("نورة"), QStringLiteral("سعد"), QString(),
                    QStringLiteral("العتيبي"), nationalId(42)),
        f.userId);
    REQUIRE(b);
    REQUIRE(findingsOf(f.db).isEmpty());

    const QString trigger = firstTriggerOn(f.db.dialect(), QStringLiteral("audit_log"));
    const QString on = f.db.dialect().isPostgreSQL() ? QStringLiteral(" ON audit_log") : QString();
    REQUIRE(f.db.execute(QStringLiteral("DROP TRIGGER %1%2").arg(trigger, on), QString()));
    QStringList found = findingsOf(f.db);
    REQUIRE(found.size() == 1);
    CHECK(found.first().contains(trigger));

    REQUIRE(f.db.execute(QStringLiteral("DROP INDEX beneficiaries_id_number"), QString()));
    found = findingsOf(f.db);
    CHECK(found.size() == 2);
    CHECK(found.join(QLatin1Char('\n')).contains(QStringLiteral("beneficiaries_id_number")));

    REQUIRE(f.db.execute(
        QStringLiteral("DELETE FROM name_tokens WHERE beneficiary_id = %1").arg(b->id), QString()));
    found = findingsOf(f.db);
    CHECK(found.size() == 3);
    CHECK(found.join(QLatin1Char('\n')).contains(QStringLiteral("cannot be found by name")));
}

TEST_CASE("check names organisations whose search keys are missing", "[storage][check]")
{
    Fixture f;
    Organisation o;
    o.name = QStringLiteral("جامع الهدى");
    o.kind = OrganisationKind::Mosque;
    const auto made = OrganisationRepository(f.db).create(o, f.userId);
    REQUIRE(made);
    REQUIRE(findingsOf(f.db).isEmpty());
    REQUIRE(f.db.execute(QStringLiteral("DELETE FROM organisation_name_tokens WHERE "
                                        "organisation_id = %1")
                             .arg(made->id),
                         QString()));
    const QStringList found = findingsOf(f.db);
    REQUIRE(found.size() == 1);
    CHECK(found.first().contains(QStringLiteral("organisation")));
    CHECK(found.first().contains(QStringLiteral("cannot be found by name")));
}

TEST_CASE("check notices a trigger replaced by one that lets everything through",
          "[storage][check][sqlite]")
{
    Fixture f;
    const QString trigger = firstTriggerOn(f.db.dialect(), QStringLiteral("audit_log"));
    REQUIRE(f.db.execute(QStringLiteral("DROP TRIGGER %1").arg(trigger), QString()));
    REQUIRE(f.db.execute(QStringLiteral("CREATE TRIGGER %1 BEFORE UPDATE ON audit_log BEGIN "
                                        "SELECT 1; END")
                             .arg(trigger),
                         QString()));
    const QStringList found = findingsOf(f.db);
    REQUIRE(found.size() == 1);
    CHECK(found.first().contains(QStringLiteral("changed")));
}

TEST_CASE("A database upgraded from an older schema passes check", "[storage][check][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    // The database as schema 4 left it, made with the migrations of then.
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        const SqlDialect dialect = SqlDialect::forDriver(raw.driverName());
        for (const Migration &m : Schema::migrations()) {
            if (m.version > 4)
                break;
            for (const QString &sql : m.statements(dialect)) {
                INFO(sql.toStdString());
                REQUIRE(q.exec(sql));
            }
        }
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 4")));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    Database db;
    REQUIRE(db.open(path)); // brings it up to date
    CHECK(db.schemaVersion() == Schema::latestVersion());
    CHECK(findingsOf(db).isEmpty());
}

TEST_CASE("check finds a file cut off while it was written", "[storage][check][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("whole.sqlite"));
    {
        Database db;
        REQUIRE(db.open(path));
        BeneficiaryRepository repo(db);
        for (int i = 0; i < 300; ++i)
            REQUIRE(repo.create(beneficiary(QStringLiteral("سعد"), QString(), QString(),
                                            QStringLiteral("الحربي"), nationalId(100 + i)),
                                0));
    }
    QFile file(path);
    const qint64 size = file.size();
    REQUIRE(size > 8192);
    REQUIRE(file.resize(size / 2));
    // Either it no longer opens at all, or check says what is wrong.
    Database db;
    if (db.openReadOnly(path)) {
        const QStringList found = findingsOf(db);
        REQUIRE_FALSE(found.isEmpty());
        CHECK(found.first().contains(QStringLiteral("cut off")));
    }
}

TEST_CASE("check includes the audit trail's chain", "[storage][check]")
{
    Fixture f;
    const auto report = DatabaseCheck::run(f.db);
    REQUIRE(report);
    CHECK(report->auditEntries > 0);
    // Rewriting a row needs its guard gone: both show.
    if (f.db.isServer())
        REQUIRE(f.db.execute(QStringLiteral("DROP TRIGGER audit_log_no_change ON audit_log"),
                             QString()));
    else
        REQUIRE(f.db.execute(QStringLiteral("DROP TRIGGER audit_log_no_update"), QString()));
    REQUIRE(f.db.execute(QStringLiteral("UPDATE audit_log SET action = 'nothing' WHERE id = 1"),
                         QString()));
    const QStringList found = findingsOf(f.db);
    CHECK(found.size() == 2);
    CHECK(found.join(QLatin1Char('\n')).contains(QStringLiteral("audit trail")));
}
