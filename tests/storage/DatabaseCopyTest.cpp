// migrate-to's engine (issue 6): a single-desk SQLite file copied into a new
// database of the engine under test, verified table by table.
#include "StorageTestSupport.h"

#include "storage/BeneficiaryRepository.h"
#include "storage/BeneficiarySearch.h"
#include "storage/CaseRepository.h"
#include "storage/DatabaseCopy.h"
#include "storage/ReferralRepository.h"

#include <QSqlRecord>

using namespace StorageTest;

namespace {

// A small single-desk database with a bit of everything.
void fill(Database &db, qint64 userId)
{
    BeneficiaryRepository beneficiaries(db);
    CaseRepository cases(db);
    for (int i = 0; i < 30; ++i) {
        const auto b = beneficiaries.create(
            beneficiary(i % 2 ? QStringLiteral("عبدالله") : QStringLiteral("فاطمة"),
                        QStringLiteral("محمد"), QString(), QStringLiteral("الشهري"),
                        nationalId(200 + i), QStringLiteral("+96650%1").arg(1000000 + i)),
            userId);
        REQUIRE(b.ok());
        if (i % 3 == 0)
            REQUIRE(beneficiaries.issueFileNumber(b->id, 1447, userId).ok());
        Case c;
        c.beneficiaryId = b->id;
        c.channel = Channel::Interview;
        c.purpose = Purpose::ServiceRequest;
        const auto kase = cases.create(c, userId, true);
        REQUIRE(kase.ok());
        if (i % 5 == 0) {
            Referral r;
            r.caseId = kase->id;
            r.question = QStringLiteral("سؤال رقم %1").arg(i);
            REQUIRE(ReferralRepository(db).create(r, userId).ok());
        }
    }
}

} // namespace

TEST_CASE("A single-desk database is copied into a new one, verified table by table",
          "[storage][copy]")
{
    Fixture f; // the target's engine, for the record numbers of a new desk
    Database source;
    REQUIRE(source.open(f.dir.filePath(QStringLiteral("single-desk.db"))).ok());
    User u;
    u.username = QStringLiteral("desk");
    u.displayName = QStringLiteral("موظف");
    u.roles = {Role::Receptionist};
    const auto user = UserRepository(source).create(u, QString(), 0);
    REQUIRE(user.ok());
    fill(source, user->id);

    const QString target = f.fresh.location(QStringLiteral("copy"));
    const auto report = DatabaseCopy::copy(source, target);
    INFO(report.error().toStdString());
    REQUIRE(report.ok());
    CHECK(report->tables.size() >= 20);
    qint64 beneficiaries = 0, tokens = 0, audit = 0;
    for (const TableFingerprint &t : report->tables) {
        INFO(t.table.toStdString());
        CHECK(t.checksum.size() == 32);
        if (t.table == QStringLiteral("beneficiaries"))
            beneficiaries = t.rows;
        if (t.table == QStringLiteral("name_tokens"))
            tokens = t.rows;
        if (t.table == QStringLiteral("audit_log"))
            audit = t.rows;
    }
    CHECK(beneficiaries == 30);
    CHECK(tokens > 60);
    CHECK(audit > 30);

    Database copy;
    REQUIRE(copy.open(target).ok());
    // The same rows, read back independently.
    for (const TableFingerprint &t : report->tables) {
        QStringList columns;
        const QSqlRecord record = copy.connection().record(t.table);
        for (int i = 0; i < record.count(); ++i)
            columns << record.fieldName(i);
        const auto again = DatabaseCopy::fingerprint(source, t.table, columns);
        REQUIRE(again.ok());
        CHECK(again->rows == t.rows);
        CHECK(again->checksum == t.checksum);
    }
    // Search works on the copy, and new records continue the numbering.
    const auto found = BeneficiarySearch(copy).find(QStringLiteral("عبدالله الشهري"));
    REQUIRE(found.ok());
    CHECK(found->size() == 15);
    const auto added =
        BeneficiaryRepository(copy).create(beneficiary(QStringLiteral("سارة"), QString(), QString(),
                                                       QStringLiteral("الحربي"), nationalId(999)),
                                           user->id);
    INFO(added.error().toStdString());
    REQUIRE(added.ok());
    CHECK(added->id == 31);
    const auto number = BeneficiaryRepository(copy).issueFileNumber(added->id, 1447, user->id);
    REQUIRE(number.ok());
    CHECK(*number == QStringLiteral("1447-000011"));
    copy.close();

    // A target that holds records is refused and left as it was.
    const auto before = DatabaseCopy::fingerprint(
        f.db, QStringLiteral("users"), {QStringLiteral("id"), QStringLiteral("username")});
    REQUIRE(before.ok());
    const auto refused = DatabaseCopy::copy(source, f.path());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("already holds records")));
    const auto after = DatabaseCopy::fingerprint(
        f.db, QStringLiteral("users"), {QStringLiteral("id"), QStringLiteral("username")});
    REQUIRE(after.ok());
    CHECK(after->checksum == before->checksum);
    CHECK_FALSE(DatabaseCopy::copy(source, source.path()).ok());
}

TEST_CASE("A failed copy leaves the new database empty", "[storage][copy]")
{
    Fixture f;
    Database source;
    REQUIRE(source.open(f.dir.filePath(QStringLiteral("single-desk.db"))).ok());
    fill(source, 0);
    // A referral to a case that does not exist (written with the checks off):
    // the target refuses it after the beneficiaries and cases were copied.
    REQUIRE(source.execute(QStringLiteral("PRAGMA foreign_keys = OFF"), QString()).ok());
    REQUIRE(source
                .execute(QStringLiteral("INSERT INTO referrals (case_id, question, from_step, "
                                        "referred_at) VALUES (4242, 'x', 'information', 1)"),
                         QString())
                .ok());
    const QString target = f.fresh.location(QStringLiteral("copy"));
    const auto failed = DatabaseCopy::copy(source, target);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().contains(QStringLiteral("referrals")));
    Database copy;
    REQUIRE(copy.open(target).ok());
    CHECK(BeneficiaryRepository(copy).count().value() == 0);
}
