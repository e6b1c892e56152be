#include "StorageTestSupport.h"

#include "storage/ApprovedAnswerRepository.h"
#include "storage/AuditRepository.h"
#include "storage/CaseRepository.h"
#include "storage/RecommendationRepository.h"

using StorageTest::Fixture;

namespace {

ApprovedAnswer answer(const QString &question, const QString &text, const QString &source)
{
    ApprovedAnswer a;
    a.question = question;
    a.answer = text;
    a.sourceDocument = source;
    return a;
}

qint64 newCase(Fixture &f)
{
    Case c;
    c.channel = Channel::Interview;
    c.purpose = Purpose::Inquiry;
    c.arrivalAt = QDateTime(QDate(2025, 3, 4), QTime(7, 0), Qt::UTC);
    const auto created = CaseRepository(f.db).create(c, f.userId);
    REQUIRE(created.ok());
    return created->id;
}

} // namespace

TEST_CASE("Approved answers are kept, searched with Arabic normalisation and versioned",
          "[storage][answers]")
{
    Fixture f;
    ApprovedAnswerRepository repo(f.db);
    const auto hours = repo.create(answer(QStringLiteral("ما أوقات الدوام الرسمي؟"),
                                          QStringLiteral("من الأحد إلى الخميس، ٨ صباحًا - ٣ عصرًا."),
                                          QStringLiteral("اللائحة الأساسية للجمعية")),
                                   f.userId);
    REQUIRE(hours.ok());
    CHECK(hours->version == 1);
    const auto docs = repo.create(answer(QStringLiteral("ما المستندات المطلوبة للتسجيل؟"),
                                         QStringLiteral("الهوية الوطنية وصك الإعالة."),
                                         QStringLiteral("دليل سياسة الدعم للمستخدمين")),
                                  f.userId);
    REQUIRE(docs.ok());

    CHECK_FALSE(
        repo.create(answer(QStringLiteral(" "), QStringLiteral("x"), QString()), f.userId).ok());
    CHECK_FALSE(repo.create(answer(QStringLiteral("x"), QString(), QString()), f.userId).ok());

    // "اوقات" without hamza and "الرسمى" with alef maqsura find "أوقات ... الرسمي".
    const auto found = repo.search(QStringLiteral("اوقات الرسمى"));
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1);
    CHECK(found->first().id == hours->id);
    CHECK(repo.search(QStringLiteral("50%"))->isEmpty());
    CHECK(repo.search(QString())->size() == 2);

    ApprovedAnswer changed = *docs;
    changed.active = false;
    const auto saved = repo.update(changed, f.userId);
    REQUIRE(saved.ok());
    CHECK(saved->version == 2);
    CHECK(repo.list(true)->size() == 1);
    CHECK(repo.list(false)->size() == 2);
    // A stale copy is refused.
    CHECK_FALSE(repo.update(changed, f.userId).ok());
    CHECK(repo.search(QStringLiteral("المستندات"))->isEmpty());
}

TEST_CASE("Answers given on a case are recorded once each and audited", "[storage][answers]")
{
    Fixture f;
    ApprovedAnswerRepository repo(f.db);
    const auto a =
        repo.create(answer(QStringLiteral("سؤال"), QStringLiteral("جواب"), QString()), f.userId);
    REQUIRE(a.ok());
    const qint64 caseId = newCase(f);
    GivenAnswer g;
    g.caseId = caseId;
    g.answerId = a->id;
    g.givenAt = QDateTime(QDate(2025, 3, 4), QTime(7, 5), Qt::UTC);
    REQUIRE(repo.recordGiven(g, f.userId).ok());
    REQUIRE(repo.recordGiven(g, f.userId).ok()); // twice: kept once
    const auto given = repo.givenForCase(caseId);
    REQUIRE(given.ok());
    REQUIRE(given->size() == 1);
    CHECK(given->first().givenBy == f.userId);
    CHECK(given->first().givenAt == g.givenAt);
    CHECK(f.scalar(QStringLiteral(
              "SELECT COUNT(*) FROM audit_log WHERE action = 'case.answer_given'")) == 1);

    g.answerId = 9999; // no such answer
    CHECK_FALSE(repo.recordGiven(g, f.userId).ok());
}

TEST_CASE("Recommendations are saved per month, replaced and audited", "[storage][reports]")
{
    Fixture f;
    RecommendationRepository repo(f.db);
    CHECK_FALSE(repo.get(QStringLiteral("G2025-03"))->has_value());
    const auto first =
        repo.save(QStringLiteral("G2025-03"), QStringLiteral("زيادة موظفي الاستقبال"), f.userId);
    REQUIRE(first.ok());
    CHECK(first->version == 1);
    const auto second =
        repo.save(QStringLiteral("G2025-03"), QStringLiteral("توصية معدلة"), f.userId);
    REQUIRE(second.ok());
    CHECK(second->version == 2);
    REQUIRE(repo.save(QStringLiteral("H1446-09"), QStringLiteral("رمضان"), f.userId).ok());

    const auto march = repo.get(QStringLiteral("G2025-03"));
    REQUIRE(march.ok());
    REQUIRE(march->has_value());
    CHECK(march->value().text == QStringLiteral("توصية معدلة"));
    CHECK(march->value().updatedBy == f.userId);
    CHECK(repo.get(QStringLiteral("H1446-09"))->value().text == QStringLiteral("رمضان"));
    CHECK_FALSE(repo.save(QString(), QStringLiteral("x"), f.userId).ok());
    CHECK(f.scalar(QStringLiteral(
              "SELECT COUNT(*) FROM audit_log WHERE action = 'recommendations.save'")) == 3);
}
