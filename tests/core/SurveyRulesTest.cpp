#include <catch2/catch.hpp>

#include "core/SurveyRules.h"

namespace {

QVector<SurveyQuestion> questions()
{
    SurveyQuestion welcome;
    welcome.id = 1;
    welcome.textAr = QStringLiteral("الاستقبال");
    SurveyQuestion speed;
    speed.id = 2;
    speed.textAr = QStringLiteral("السرعة");
    SurveyQuestion retired;
    retired.id = 3;
    retired.textAr = QStringLiteral("سؤال سابق");
    retired.active = false;
    return {welcome, speed, retired};
}

SurveyResponse answered(std::initializer_list<std::pair<qint64, int>> scores)
{
    SurveyResponse r;
    r.caseId = 9;
    for (const auto &[question, score] : scores)
        r.answers << SurveyAnswer{question, score};
    return r;
}

} // namespace

TEST_CASE("A survey's scores run from 1 to 5", "[core][survey]")
{
    CHECK_FALSE(SurveyRules::isScore(0));
    CHECK(SurveyRules::isScore(1));
    CHECK(SurveyRules::isScore(3));
    CHECK(SurveyRules::isScore(5));
    CHECK_FALSE(SurveyRules::isScore(6));
    CHECK_FALSE(SurveyRules::isScore(-1));

    CHECK(SurveyRules::check(answered({{1, 1}, {2, 5}}), questions()).ok());
    const Status low = SurveyRules::check(answered({{1, 0}}), questions());
    REQUIRE_FALSE(low.ok());
    CHECK(low.error() == QStringLiteral("Each answer is a score from 1 to 5; 0 is not."));
    const Status high = SurveyRules::check(answered({{1, 4}, {2, 6}}), questions());
    REQUIRE_FALSE(high.ok());
    CHECK(high.error() == QStringLiteral("Each answer is a score from 1 to 5; 6 is not."));
}

TEST_CASE("A survey answers only the active questions, each once", "[core][survey]")
{
    const Status retired = SurveyRules::check(answered({{1, 4}, {3, 4}}), questions());
    REQUIRE_FALSE(retired.ok());
    CHECK(retired.error() ==
          QStringLiteral("Survey question number 3 is not one of the active questions."));

    const Status unknown = SurveyRules::check(answered({{8, 4}}), questions());
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error() ==
          QStringLiteral("Survey question number 8 is not one of the active questions."));
    CHECK_FALSE(SurveyRules::check(answered({{1, 4}}), {}).ok());

    const Status twice = SurveyRules::check(answered({{2, 4}, {1, 3}, {2, 5}}), questions());
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error() == QStringLiteral("Survey question number 2 is answered twice."));

    // Not every active question needs an answer.
    CHECK(SurveyRules::check(answered({{2, 3}}), questions()).ok());
}

TEST_CASE("A survey needs an answer or a comment unless declined", "[core][survey]")
{
    const QString nothing = QStringLiteral("Give at least one answer or a comment, or record "
                                           "that the beneficiary declined the survey.");
    SurveyResponse empty = answered({});
    Status s = SurveyRules::check(empty, questions());
    REQUIRE_FALSE(s.ok());
    CHECK(s.error() == nothing);

    SurveyResponse blank = empty;
    blank.comment = QStringLiteral("  \n ");
    s = SurveyRules::check(blank, questions());
    REQUIRE_FALSE(s.ok());
    CHECK(s.error() == nothing);

    SurveyResponse commented = empty;
    commented.comment = QStringLiteral("شكراً");
    CHECK(SurveyRules::check(commented, questions()).ok());

    SurveyResponse declined = empty;
    declined.declined = true;
    CHECK(SurveyRules::check(declined, questions()).ok());
    // A declined survey keeps no answers, so what was typed before declining does not count.
    SurveyResponse declinedAfterTyping = answered({{3, 9}, {3, 9}});
    declinedAfterTyping.declined = true;
    CHECK(SurveyRules::check(declinedAfterTyping, questions()).ok());
}
