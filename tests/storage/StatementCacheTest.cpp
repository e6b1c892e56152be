// Statements prepared once per connection (Database::cachedStatement,
// Sql::Cached; issue 7): a read repeated on the same connection gives the
// same answer, a nested use of the same statement keeps the outer one's rows,
// and nothing stays open to hold a read snapshot.
#include "StorageTestSupport.h"

#include "core/Clock.h"
#include "storage/BeneficiaryRepository.h"
#include "storage/CaseRepository.h"
#include "storage/SqlSupport.h"
#include "storage/SurveyRepository.h"

using namespace StorageTest;

TEST_CASE("A survey read again on the same connection keeps its answers", "[storage]")
{
    FixedClock clock(QDateTime(QDate(2025, 9, 1), QTime(8, 0), Qt::UTC));
    Clock::install(&clock);
    Fixture f;
    SurveyRepository surveys(f.db);
    const auto q1 = surveys.createQuestion(
        {0, QStringLiteral("رضاك عن الإجراءات"), QString(), 1, true}, f.userId);
    const auto q2 =
        surveys.createQuestion({0, QStringLiteral("رضاك عن الموظف"), QString(), 2, true}, f.userId);
    REQUIRE(q1.ok());
    REQUIRE(q2.ok());
    Case c;
    const auto kase = CaseRepository(f.db).create(c, f.userId);
    REQUIRE(kase.ok());
    SurveyResponse r;
    r.caseId = kase->id;
    r.answers = {{q1->id, 5}, {q2->id, 3}};
    REQUIRE(surveys.record(r, f.userId).ok());

    for (int round = 0; round < 3; ++round) {
        INFO("read " << round + 1);
        const auto back = surveys.responseForCase(kase->id);
        REQUIRE(back.ok());
        REQUIRE(back->has_value());
        REQUIRE((*back)->answers.size() == 2);
        CHECK((*back)->answers.at(0).score == 5);
        CHECK((*back)->answers.at(1).score == 3);
    }
    Clock::install(nullptr);
}

// SQLite only: on PostgreSQL no forward-only read interleaves with another
// statement on the same connection (the driver streams rows one at a time),
// cached or not.
TEST_CASE("A cached statement used again while it is being read gets one of its own",
          "[storage][sqlite]")
{
    Fixture f;
    BeneficiaryRepository people(f.db);
    for (int i = 0; i < 3; ++i) {
        REQUIRE(people
                    .create(beneficiary(QStringLiteral("سارة"), QString(), QString(),
                                        QStringLiteral("العتيبي"), nationalId(70 + i)),
                            f.userId)
                    .ok());
    }
    const QString sql = QStringLiteral("SELECT id FROM beneficiaries WHERE id >= ? ORDER BY id");
    Sql::Cached outer(f.db, sql);
    REQUIRE(outer.exec({0}, QStringLiteral("outer")).ok());
    QVector<qint64> seen;
    int inner = 0;
    while (outer.query().next()) {
        seen << outer.query().value(0).toLongLong();
        Sql::Cached again(f.db, sql);
        REQUIRE(again.exec({seen.last()}, QStringLiteral("inner")).ok());
        while (again.query().next())
            ++inner;
    }
    CHECK(seen.size() == 3);
    CHECK(inner == 3 + 2 + 1);

    // Finished once read: the cached statement runs again from the start.
    Sql::Cached later(f.db, sql);
    REQUIRE(later.exec({0}, QStringLiteral("later")).ok());
    int rows = 0;
    while (later.query().next())
        ++rows;
    CHECK(rows == 3);
}

TEST_CASE("Closing forgets the cached statements", "[storage]")
{
    Fixture f;
    const QString sql = QStringLiteral("SELECT COUNT(*) FROM users");
    {
        Sql::Cached first(f.db, sql);
        REQUIRE(first.exec({}, QStringLiteral("count")).ok());
        REQUIRE(first.query().next());
        CHECK(first.query().value(0).toInt() == 1);
    }
    f.db.close();
    REQUIRE(f.db.open(f.path()).ok());
    Sql::Cached second(f.db, sql);
    REQUIRE(second.exec({}, QStringLiteral("count")).ok());
    REQUIRE(second.query().next());
    CHECK(second.query().value(0).toInt() == 1);
}
