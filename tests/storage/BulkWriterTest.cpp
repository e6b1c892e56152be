#include "StorageTestSupport.h"

#include "storage/AuditRepository.h"
#include "storage/BeneficiaryRepository.h"
#include "storage/BeneficiarySearch.h"
#include "storage/BulkWriter.h"
#include "storage/CaseRepository.h"
#include "storage/DatabaseCheck.h"

#include <QElapsedTimer>

using namespace StorageTest;

namespace {

Beneficiary demoBeneficiary(int i)
{
    Beneficiary b = beneficiary(QStringLiteral("نورة"), QStringLiteral("عبد الرحمن"),
                                QStringLiteral("سعد"), QStringLiteral("القحطاني"), nationalId(i),
                                QStringLiteral("+9665%1").arg(20000000 + i));
    return b;
}

} // namespace

TEST_CASE("BulkWriter writes beneficiaries, cases and events with search keys", "[storage]")
{
    Fixture f;
    BulkWriter writer(f.db, 7);
    REQUIRE(writer.begin().ok());
    QVector<qint64> ids;
    for (int i = 0; i < 20; ++i) {
        Beneficiary b = demoBeneficiary(i);
        b.fileNumber = BeneficiaryRepository::formatFileNumber(1447, i + 1);
        auto id = writer.addBeneficiary(b);
        REQUIRE(id.ok());
        ids << *id;
        Case c;
        c.beneficiaryId = *id;
        c.step = Step::Survey;
        c.status = CaseStatus::Closed;
        auto caseId = writer.addCase(c);
        REQUIRE(caseId.ok());
        StepEvent e;
        e.caseId = *caseId;
        e.toStep = Step::Survey;
        e.toStatus = CaseStatus::Closed;
        e.userId = f.userId;
        e.at = QDateTime::currentDateTimeUtc();
        REQUIRE(writer.addStepEvent(e).ok());
        SurveyResponse r;
        r.caseId = *caseId;
        r.declined = true;
        REQUIRE(writer.addSurveyResponse(r).ok());
    }
    REQUIRE(writer.finish(f.userId, QStringLiteral("demo.generate")).ok());
    CHECK(writer.beneficiaries() == 20);
    CHECK(writer.cases() == 20);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM cases")) == 20);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM step_events")) == 20);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM name_tokens WHERE key = 'عبدالرحمن'")) ==
          20);
    CHECK(f.scalar(QStringLiteral(
              "SELECT COUNT(*) FROM audit_log WHERE action = 'demo.generate'")) == 1);
    auto b = BeneficiaryRepository(f.db).get(ids[3]);
    REQUIRE(b.ok());
    CHECK(b->version == 1);
    CHECK(b->phone == QStringLiteral("+966520000003"));
    // The sequence follows on from the numbers written.
    auto fresh = BeneficiaryRepository(f.db).create(demoBeneficiary(999), f.userId);
    REQUIRE(fresh.ok());
    CHECK(BeneficiaryRepository(f.db).issueFileNumber(fresh->id, 1447, f.userId).value() ==
          QStringLiteral("1447-000021"));
    CHECK(DatabaseCheck::integrityOf(f.db).ok());
}

TEST_CASE("An abandoned bulk write leaves its open batch out", "[storage]")
{
    Fixture f;
    {
        BulkWriter writer(f.db, 0); // one transaction for everything
        REQUIRE(writer.begin().ok());
        for (int i = 0; i < 5; ++i)
            REQUIRE(writer.addBeneficiary(demoBeneficiary(i)).ok());
        // destroyed without finish()
    }
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM beneficiaries")) == 0);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM name_tokens")) == 0);
    CHECK_FALSE(f.db.inTransaction());
    // The database is writable again.
    CHECK(BeneficiaryRepository(f.db).create(demoBeneficiary(1), f.userId).ok());
}

// Demo scale: 100,000 beneficiaries and 150,000 cases. Hidden; run with
//   test_storage "[.perf]"
TEST_CASE("BulkWriter writes the demo volume quickly", "[storage][.perf]")
{
    Fixture f;
    QElapsedTimer timer;
    timer.start();
    BulkWriter writer(f.db);
    REQUIRE(writer.begin().ok());
    const QDateTime t0(QDate(2025, 1, 1), QTime(6, 0), Qt::UTC);
    for (int i = 0; i < 100000; ++i) {
        const auto id = writer.addBeneficiary(demoBeneficiary(i));
        REQUIRE(id.ok());
        for (int k = 0; k < (i % 2 ? 2 : 1); ++k) {
            Case c;
            c.beneficiaryId = *id;
            c.arrivalAt = t0.addSecs(97 * i + k * 86400);
            c.receivedBy = f.userId;
            REQUIRE(writer.addCase(c).ok());
        }
    }
    REQUIRE(writer.finish(f.userId).ok());
    const qint64 ms = timer.elapsed();
    WARN("100,000 beneficiaries + 150,000 cases in " << ms << " ms");
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM cases")) == 150000);
    CHECK(ms < 60000);

    // The worst case for search: a name every record shares.
    timer.restart();
    auto everyone = BeneficiarySearch(f.db).find(QStringLiteral("نور"), 50);
    REQUIRE(everyone.ok());
    CHECK(everyone->size() == 50);
    WARN("prefix matching all 100,000 ranked in " << timer.elapsed() << " ms");
    timer.restart();
    auto one = BeneficiarySearch(f.db).find(nationalId(4242));
    REQUIRE(one.ok());
    CHECK(one->size() == 1);
    WARN("exact ID among 100,000 in " << timer.elapsed() << " ms");
}
