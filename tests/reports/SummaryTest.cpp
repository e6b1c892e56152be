#include "ReportsTestSupport.h"

#include "reports/MonthlySummaryBuilder.h"
#include "storage/RecommendationRepository.h"

#include <QHash>
#include <QMap>

#include <algorithm>
#include <cmath>

using namespace ReportsTest;

namespace {

// The expected figures, counted from World in plain C++.
struct Expect
{
    const World &w;
    QDateTime from, to;

    bool in(const QDateTime &t) const { return t.isValid() && t >= from && t < to; }
    QVector<Case> cases() const
    {
        QVector<Case> out;
        for (const Case &c : w.cases)
            if (in(c.arrivalAt))
                out << c;
        return out;
    }
    bool caseIn(qint64 id) const { return in(w.caseById(id).arrivalAt); }

    static std::optional<qint64> rank(QVector<qint64> v, double p)
    {
        if (v.isEmpty())
            return std::nullopt;
        std::sort(v.begin(), v.end());
        const int k = int(std::ceil(p * v.size() - 1e-9));
        return v.at(std::max(1, k) - 1);
    }
    QVector<qint64> waits(std::optional<Channel> channel) const
    {
        QVector<qint64> out;
        for (const Case &c : cases())
            if (c.serviceStartAt.isValid() && (!channel || c.channel == *channel))
                out << c.arrivalAt.msecsTo(c.serviceStartAt);
        return out;
    }
    QVector<qint64> services(std::optional<Channel> channel) const
    {
        QVector<qint64> out;
        for (const Case &c : cases())
            if (c.serviceStartAt.isValid() && c.endAt.isValid() &&
                (!channel || c.channel == *channel))
                out << c.serviceStartAt.msecsTo(c.endAt);
        return out;
    }
    qint64 status(CaseStatus s) const
    {
        return std::count_if(w.cases.begin(), w.cases.end(),
                             [&](const Case &c) { return in(c.arrivalAt) && c.status == s; });
    }
    // Non-declined responses of the period's cases.
    QVector<SurveyResponse> answered() const
    {
        QVector<SurveyResponse> out;
        for (const SurveyResponse &r : w.responses)
            if (!r.declined && caseIn(r.caseId))
                out << r;
        return out;
    }
    std::optional<double> mean() const
    {
        qint64 n = 0, sum = 0;
        for (const SurveyResponse &r : answered())
            for (const SurveyAnswer &a : r.answers)
                ++n, sum += a.score;
        return n ? std::optional<double>(double(sum) / n) : std::nullopt;
    }
    qint64 offered() const
    {
        qint64 n = 0;
        for (const Case &c : cases())
            if (c.status == CaseStatus::Closed || c.status == CaseStatus::InquiryAnswered ||
                (c.status == CaseStatus::Open && c.step == Step::Survey))
                ++n;
        return n;
    }
    QSet<qint64> casesWith(bool declined) const
    {
        QSet<qint64> out;
        for (const SurveyResponse &r : w.responses)
            if (r.declined == declined && caseIn(r.caseId))
                out.insert(r.caseId);
        return out;
    }
    qint64 deliveries() const
    {
        return std::count_if(w.deliveries.begin(), w.deliveries.end(),
                             [&](const Delivery &d) { return in(d.deliveredAt); });
    }
    qint64 overrides() const
    {
        return std::count_if(w.overrides.begin(), w.overrides.end(),
                             [&](const EligibilityOverride &o) { return in(o.overriddenAt); });
    }
    qint64 referrals() const
    {
        return std::count_if(w.referrals.begin(), w.referrals.end(),
                             [&](const Referral &r) { return in(r.referredAt); });
    }
    // The cutoffs by kind: approvals, surveys, referral answers.
    struct Cutoffs
    {
        QDateTime approvals, surveys, answers;
    };
    FollowUpFigures followUps(const Cutoffs &cut) const
    {
        FollowUpFigures f;
        for (const Delivery &d : w.deliveries) {
            f.approvalsDone += in(d.approvedAt);
            const bool pendingAtEnd =
                d.awaitingApproval || (d.approvedAt.isValid() && d.approvedAt >= to);
            f.approvalsOverdue += pendingAtEnd && d.deliveredAt < cut.approvals;
        }
        for (const Referral &r : w.referrals) {
            f.answersPickedUp += in(r.pickedUpAt);
            f.answersOverdue += r.answeredAt.isValid() && r.answeredAt < cut.answers &&
                                (!r.pickedUpAt.isValid() || r.pickedUpAt >= to);
        }
        for (const SurveyResponse &r : w.responses)
            f.phoneSurveysDone +=
                in(r.takenAt) && r.byPhone && w.caseById(r.caseId).channel != Channel::PhoneCall;
        QSet<qint64> owed;
        const QDateTime windowStart = to.addDays(-90);
        for (const StepEvent &e : w.events) {
            if (e.toStep != Step::Survey || e.fromStep == Step::Survey ||
                e.toStatus != CaseStatus::Open || e.at < windowStart || e.at >= cut.surveys)
                continue;
            const bool surveyed =
                std::any_of(w.responses.begin(), w.responses.end(), [&](const SurveyResponse &r) {
                    return r.caseId == e.caseId && r.takenAt < to;
                });
            const bool ended =
                std::any_of(w.events.begin(), w.events.end(), [&](const StepEvent &t) {
                    return t.caseId == e.caseId && t.at < to && Domain::isTerminal(t.toStatus);
                });
            if (!surveyed && !ended)
                owed.insert(e.caseId);
        }
        f.surveysOverdue = owed.size();
        return f;
    }
    HeadlineFigures headlines(const Cutoffs &cutoff) const
    {
        HeadlineFigures h;
        h.casesReceived = cases().size();
        h.served = status(CaseStatus::Closed);
        h.inquiriesAnswered = status(CaseStatus::InquiryAnswered);
        h.notEligible = status(CaseStatus::NotEligible);
        h.withdrawn = status(CaseStatus::Withdrawn);
        h.stillOpen = status(CaseStatus::Open) + status(CaseStatus::WaitingReferral);
        h.medianWaitMs = rank(waits({}), 0.5);
        h.p90WaitMs = rank(waits({}), 0.9);
        h.medianServiceMs = rank(services({}), 0.5);
        h.referrals = referrals();
        h.deliveries = deliveries();
        h.overrides = overrides();
        if (offered() > 0)
            h.responseRate = double(casesWith(false).size()) / offered();
        h.meanSatisfaction = mean();
        const FollowUpFigures f = followUps(cutoff);
        h.followUpsOverdue = f.approvalsOverdue + f.answersOverdue + f.surveysOverdue;
        return h;
    }
};

Expect::Cutoffs march31()
{
    return {desk(2025, 3, 30), desk(2025, 3, 27), desk(2025, 4, 1)};
}

void checkHeadlines(const HeadlineFigures &got, const HeadlineFigures &want)
{
    CHECK(got.casesReceived == want.casesReceived);
    CHECK(got.served == want.served);
    CHECK(got.inquiriesAnswered == want.inquiriesAnswered);
    CHECK(got.notEligible == want.notEligible);
    CHECK(got.withdrawn == want.withdrawn);
    CHECK(got.stillOpen == want.stillOpen);
    CHECK(got.medianWaitMs == want.medianWaitMs);
    CHECK(got.p90WaitMs == want.p90WaitMs);
    CHECK(got.medianServiceMs == want.medianServiceMs);
    CHECK(got.referrals == want.referrals);
    CHECK(got.deliveries == want.deliveries);
    CHECK(got.overrides == want.overrides);
    REQUIRE(got.responseRate.has_value() == want.responseRate.has_value());
    if (want.responseRate)
        CHECK(*got.responseRate == Approx(*want.responseRate));
    REQUIRE(got.meanSatisfaction.has_value() == want.meanSatisfaction.has_value());
    if (want.meanSatisfaction)
        CHECK(*got.meanSatisfaction == Approx(*want.meanSatisfaction));
    CHECK(got.followUpsOverdue == want.followUpsOverdue);
}

MonthlySummary summarise(Fixture &f, const ReportPeriod &period)
{
    const auto s = MonthlySummaryBuilder::compute(f.db, period, f.clock.nowUtc());
    INFO(s.error().toStdString());
    REQUIRE(s.ok());
    return *s;
}

} // namespace

TEST_CASE("The month's bounds are desk-time midnights in either calendar", "[reports]")
{
    const auto march = ReportPeriod::parse(QStringLiteral("2025-03"));
    REQUIRE(march.ok());
    CHECK(march->calendar() == ReportPeriod::Calendar::Gregorian);
    CHECK(march->range().from == desk(2025, 3, 1));
    CHECK(march->range().to == desk(2025, 4, 1));
    CHECK(march->dayCount() == 31);
    CHECK(march->key() == QStringLiteral("G2025-03"));
    CHECK(march->previous().code() == QStringLiteral("2025-02"));
    CHECK(march->next().code() == QStringLiteral("2025-04"));

    // Ramadan 1446 in Umm al-Qura: 1 March to 29 March 2025.
    const auto ramadan = ReportPeriod::parse(QStringLiteral("١٤٤٦-٠٩"));
    REQUIRE(ramadan.ok());
    CHECK(ramadan->calendar() == ReportPeriod::Calendar::Hijri);
    CHECK(ramadan->firstDay() == QDate(2025, 3, 1));
    CHECK(ramadan->lastDay() == QDate(2025, 3, 29));
    CHECK(ramadan->key() == QStringLiteral("H1446-09"));
    CHECK(ramadan->previous().firstDay() == QDate(2025, 1, 31)); // 1 Sha'ban 1446
    CHECK(ramadan->title(QLocale(QLocale::Arabic, QLocale::SaudiArabia)) ==
          QStringLiteral("رمضان ١٤٤٦هـ"));
    CHECK(ramadan->title(QLocale(QLocale::English)) == QStringLiteral("Ramadan 1446 AH"));
    CHECK(march->hijriSpan(QLocale(QLocale::English)) ==
          QStringLiteral("1 Ramadan 1446 AH – 2 Shawwal 1446 AH"));

    CHECK_FALSE(ReportPeriod::parse(QStringLiteral("2025-13")).ok());
    CHECK_FALSE(ReportPeriod::parse(QStringLiteral("March")).ok());
    CHECK_FALSE(ReportPeriod::parse(QStringLiteral("1446-13")).ok());
    CHECK(ReportPeriod::lastMonth(QDate(2025, 1, 10)).code() == QStringLiteral("2024-12"));
}

TEST_CASE("Every figure of the month matches the cases counted one by one", "[reports]")
{
    Fixture f;
    const ReportPeriod march = *ReportPeriod::gregorian(2025, 3);
    const MonthlySummary s = summarise(f, march);
    const Expect e{f.w, desk(2025, 3, 1), desk(2025, 4, 1)};
    const Expect before{f.w, desk(2025, 2, 1), desk(2025, 3, 1)};
    REQUIRE(e.cases().size() > 200);
    // The prepared data exercises every figure.
    CHECK(s.current.overrides > 0);
    CHECK(s.survey.counts.declined > 0);
    CHECK(s.current.medianServiceMs.has_value());
    CHECK(s.outcomes.open > 0);
    CHECK(s.current.followUpsOverdue > 0);

    // The edges: 00:00:00 on the 1st is in, 23:59:59 on the 31st is in, the
    // seconds either side are out.
    CHECK(e.in(desk(2025, 3, 1)));
    CHECK_FALSE(e.in(desk(2025, 2, 28, 23, 59, 59)));

    SECTION("headlines, this month and last")
    {
        // March ends on Monday 31: an approval due within two working days is
        // overdue from Saturday 29 on (due Monday), a survey within three from
        // Wednesday 26; a referral answer on its own day.
        CHECK(s.overdueCutoffs.approvals == desk(2025, 3, 30));
        CHECK(s.overdueCutoffs.surveys == desk(2025, 3, 27));
        CHECK(s.overdueCutoffs.answers == desk(2025, 4, 1));
        checkHeadlines(s.current, e.headlines(march31()));
        CHECK(s.previousPeriod.code() == QStringLiteral("2025-02"));
        // February ends on Friday 28 (the weekend): due Thursday 27 at the latest.
        checkHeadlines(s.previous,
                       before.headlines({desk(2025, 2, 26), desk(2025, 2, 25), desk(2025, 3, 1)}));
    }
    SECTION("channels and purposes")
    {
        REQUIRE(s.byChannel.size() == Domain::channels().size());
        for (const ChannelCount &c : s.byChannel) {
            auto count = [&](const Expect &x) {
                const auto all = x.cases();
                return std::count_if(all.begin(), all.end(),
                                     [&](const Case &k) { return k.channel == c.channel; });
            };
            CHECK(c.count == count(e));
            CHECK(c.previous == count(before));
        }
        REQUIRE(s.byPurpose.size() == Domain::purposes().size());
        for (const PurposeCount &p : s.byPurpose) {
            const auto all = e.cases();
            CHECK(p.count == std::count_if(all.begin(), all.end(),
                                           [&](const Case &k) { return k.purpose == p.purpose; }));
        }
    }
    SECTION("outcomes, open cases by step and the reasons")
    {
        CHECK(s.outcomes.served == e.status(CaseStatus::Closed));
        CHECK(s.outcomes.inquiryAnswered == e.status(CaseStatus::InquiryAnswered));
        CHECK(s.outcomes.notEligible == e.status(CaseStatus::NotEligible));
        CHECK(s.outcomes.withdrawn == e.status(CaseStatus::Withdrawn));
        QMap<Step, qint64> open;
        QMap<QString, qint64> notEligible;
        for (const Case &c : e.cases()) {
            if (!Domain::isTerminal(c.status))
                ++open[c.step];
            if (c.status == CaseStatus::NotEligible)
                ++notEligible[c.closingReason];
        }
        QMap<Step, qint64> gotOpen;
        for (const StepCount &sc : s.outcomes.openByStep)
            gotOpen[sc.step] = sc.count;
        CHECK(gotOpen == open);
        QMap<QString, qint64> gotReasons;
        for (const TextCount &t : s.outcomes.notEligibleReasons)
            gotReasons[t.text] = t.count;
        CHECK(gotReasons == notEligible);
        for (int i = 1; i < s.outcomes.notEligibleReasons.size(); ++i)
            CHECK(s.outcomes.notEligibleReasons.at(i - 1).count >=
                  s.outcomes.notEligibleReasons.at(i).count);
    }
    SECTION("waiting and service times by channel and by day")
    {
        REQUIRE(!s.times.isEmpty());
        CHECK_FALSE(s.times.last().channel.has_value());
        for (const TimesRow &t : s.times) {
            INFO((t.channel ? Domain::code(*t.channel) : QStringLiteral("all")).toStdString());
            CHECK(t.waiting.count == e.waits(t.channel).size());
            CHECK(t.waiting.median == Expect::rank(e.waits(t.channel), 0.5));
            CHECK(t.waiting.p90 == Expect::rank(e.waits(t.channel), 0.9));
            CHECK(t.service.count == e.services(t.channel).size());
            CHECK(t.service.median == Expect::rank(e.services(t.channel), 0.5));
            CHECK(t.service.p90 == Expect::rank(e.services(t.channel), 0.9));
        }
        REQUIRE(s.waitingByDay.size() == 31);
        for (const DayWaiting &d : s.waitingByDay) {
            const Expect day{f.w, desk(2025, 3, d.dayNumber),
                             desk(2025, 3, 1).addDays(d.dayNumber)};
            CHECK(d.date == QDate(2025, 3, d.dayNumber));
            CHECK(d.waiting.count == day.waits({}).size());
            CHECK(d.waiting.median == Expect::rank(day.waits({}), 0.5));
            CHECK(d.waiting.p90 == Expect::rank(day.waits({}), 0.9));
        }
    }
    SECTION("referrals")
    {
        QVector<qint64> answerTimes;
        qint64 unanswered = 0;
        for (const Referral &r : f.w.referrals) {
            if (e.in(r.referredAt) && r.answeredAt.isValid())
                answerTimes << r.referredAt.msecsTo(r.answeredAt);
            if (r.referredAt < e.to && (!r.answeredAt.isValid() || r.answeredAt >= e.to))
                ++unanswered;
        }
        CHECK(s.referrals.made == e.referrals());
        CHECK(s.referrals.answered == answerTimes.size());
        CHECK(s.referrals.medianAnswerMs == Expect::rank(answerTimes, 0.5));
        CHECK(s.referrals.unansweredAtEnd == unanswered);
        CHECK(unanswered > 0);
    }
    SECTION("services delivered, with quantities and amounts")
    {
        struct Sum
        {
            qint64 count = 0, amount = 0, awaiting = 0;
            double quantity = 0;
        };
        QMap<qint64, Sum> want;
        for (const Delivery &d : f.w.deliveries) {
            if (!e.in(d.deliveredAt))
                continue;
            Sum &x = want[d.serviceId];
            ++x.count;
            x.amount += d.amount;
            x.quantity += d.quantity;
            x.awaiting += d.awaitingApproval;
        }
        REQUIRE(s.deliveries.size() == want.size());
        for (const DeliveryFigures &d : s.deliveries) {
            REQUIRE(want.contains(d.serviceId));
            CHECK(d.count == want[d.serviceId].count);
            CHECK(d.amount == want[d.serviceId].amount);
            CHECK(d.quantity == Approx(want[d.serviceId].quantity));
            CHECK(d.awaitingApproval == want[d.serviceId].awaiting);
            if (d.serviceId != 0)
                CHECK_FALSE(d.nameAr.isEmpty());
        }
        CHECK(want.contains(0)); // a delivery without a service is still counted
    }
    SECTION("eligibility overrides and their reasons")
    {
        QMap<QString, qint64> reasons;
        for (const EligibilityOverride &o : f.w.overrides)
            if (e.in(o.overriddenAt))
                ++reasons[o.reason];
        CHECK(s.overrides == e.overrides());
        QMap<QString, qint64> got;
        for (const TextCount &t : s.overrideReasons)
            got[t.text] = t.count;
        CHECK(got == reasons);
    }
    SECTION("the survey: rate, each question's distribution, by service and staff, comments")
    {
        const QSet<qint64> answeredCases = e.casesWith(false);
        const QSet<qint64> declinedOnly = e.casesWith(true) - answeredCases;
        CHECK(s.survey.counts.offered == e.offered());
        CHECK(s.survey.counts.answered == answeredCases.size());
        CHECK(s.survey.counts.declined == declinedOnly.size());
        REQUIRE(s.survey.responseRate.has_value());
        CHECK(*s.survey.responseRate == Approx(double(answeredCases.size()) / e.offered()));

        QMap<qint64, std::array<qint64, 5>> dist;
        QMap<qint64, std::pair<qint64, qint64>> byService, byStaff; // answers, score sum
        QMap<qint64, QSet<int>> responsesByService, responsesByStaff;
        int index = 0;
        for (const SurveyResponse &r : e.answered()) {
            const Case &c = f.w.caseById(r.caseId);
            ++index;
            for (const SurveyAnswer &a : r.answers) {
                dist[a.questionId][size_t(a.score - 1)]++;
                byService[c.serviceId].first++;
                byService[c.serviceId].second += a.score;
                byStaff[c.receivedBy].first++;
                byStaff[c.receivedBy].second += a.score;
                responsesByService[c.serviceId].insert(index);
                responsesByStaff[c.receivedBy].insert(index);
            }
        }
        REQUIRE(s.survey.questions.size() == dist.size());
        for (const QuestionSummary &q : s.survey.questions) {
            CHECK(q.counts == dist[q.questionId]);
            qint64 n = 0, sum = 0;
            for (int k = 0; k < 5; ++k)
                n += dist[q.questionId][size_t(k)], sum += dist[q.questionId][size_t(k)] * (k + 1);
            CHECK(q.total == n);
            CHECK(q.mean == Approx(double(sum) / n));
        }
        REQUIRE(s.survey.byService.size() == byService.size());
        for (const ScoreGroup &g : s.survey.byService) {
            CHECK(g.responses == responsesByService[g.id].size());
            CHECK(*g.mean == Approx(double(byService[g.id].second) / byService[g.id].first));
        }
        REQUIRE(s.survey.byStaff.size() == byStaff.size());
        for (const ScoreGroup &g : s.survey.byStaff) {
            CHECK(g.responses == responsesByStaff[g.id].size());
            CHECK(*g.mean == Approx(double(byStaff[g.id].second) / byStaff[g.id].first));
            CHECK_FALSE(g.nameAr.isEmpty());
        }

        QMap<QString, qint64> comments;
        for (const SurveyResponse &r : f.w.responses)
            if (e.caseIn(r.caseId) && !r.comment.isEmpty())
                ++comments[r.comment];
        qint64 total = 0;
        for (qint64 n : comments)
            total += n;
        CHECK(s.survey.commentTotal == total);
        CHECK(s.survey.commentDistinct == comments.size());
        REQUIRE(s.survey.comments.size() == comments.size());
        for (const TextCount &c : s.survey.comments)
            CHECK(c.count == comments.value(c.text));
    }
    SECTION("follow-ups done and overdue")
    {
        const FollowUpFigures want = e.followUps(march31());
        CHECK(s.followUps.approvalsDone == want.approvalsDone);
        CHECK(s.followUps.approvalsOverdue == want.approvalsOverdue);
        CHECK(s.followUps.answersPickedUp == want.answersPickedUp);
        CHECK(s.followUps.answersOverdue == want.answersOverdue);
        CHECK(s.followUps.phoneSurveysDone == want.phoneSurveysDone);
        CHECK(s.followUps.surveysOverdue == want.surveysOverdue);
        CHECK(want.surveysOverdue > 0);
        auto marked = [&](FollowUp::Kind kind) {
            return std::count_if(f.w.marked.begin(), f.w.marked.end(), [&](const FollowUpDone &d) {
                return d.kind == kind && e.in(d.doneAt);
            });
        };
        CHECK(s.followUps.documentsMarked == marked(FollowUp::Kind::DocumentExpiring));
        CHECK(s.followUps.approvalsMarked == marked(FollowUp::Kind::ApprovalPending));
        CHECK(s.followUps.surveysMarked == marked(FollowUp::Kind::SurveyOwed));
        CHECK(s.followUps.answersMarked == marked(FollowUp::Kind::ReferralAnswer));
        CHECK(s.followUps.documentsMarked + s.followUps.surveysMarked > 0);
        CHECK(want.approvalsDone > 0);
    }
    SECTION("the most asked inquiries, from the approved answers given")
    {
        QMap<qint64, qint64> given;
        QSet<qint64> casesWithAnswers;
        for (const GivenAnswer &g : f.w.given) {
            if (!e.caseIn(g.caseId))
                continue;
            ++given[g.answerId];
            casesWithAnswers.insert(g.caseId);
        }
        REQUIRE(s.topInquiries.size() == given.size());
        for (int i = 0; i < s.topInquiries.size(); ++i) {
            const AnswerCount &a = s.topInquiries.at(i);
            CHECK(a.cases == given.value(a.answerId));
            if (i > 0)
                CHECK(s.topInquiries.at(i - 1).cases >= a.cases);
        }
        CHECK(s.topInquiries.first().question == f.w.answers.first().question);
        CHECK(s.casesWithAnswers == casesWithAnswers.size());
    }
}

TEST_CASE("A Hijri month counts the cases of its own days", "[reports]")
{
    Fixture f;
    const ReportPeriod ramadan = *ReportPeriod::hijri(1446, 9);
    const MonthlySummary s = summarise(f, ramadan);
    const Expect e{f.w, desk(2025, 3, 1), desk(2025, 3, 30)};
    CHECK(s.current.casesReceived == e.cases().size());
    CHECK(s.current.served == e.status(CaseStatus::Closed));
    CHECK(s.current.medianWaitMs == Expect::rank(e.waits({}), 0.5));
    REQUIRE(s.waitingByDay.size() == 29);
    CHECK(s.waitingByDay.first().dayNumber == 1);
    CHECK(s.waitingByDay.last().date == QDate(2025, 3, 29));
    // Sha'ban 1446: 31 January to 28 February 2025.
    const Expect shaban{f.w, desk(2025, 1, 31), desk(2025, 3, 1)};
    CHECK(s.previous.casesReceived == shaban.cases().size());
}

TEST_CASE("A month without cases gives a summary with nothing in it, not an error", "[reports]")
{
    Fixture f;
    const MonthlySummary s = summarise(f, *ReportPeriod::gregorian(2024, 6));
    CHECK_FALSE(s.hasCases());
    CHECK(s.current.casesReceived == 0);
    CHECK_FALSE(s.current.medianWaitMs.has_value());
    CHECK_FALSE(s.current.responseRate.has_value());
    CHECK(s.byChannel.isEmpty());

    Fixture empty(false);
    const MonthlySummary none = summarise(empty, *ReportPeriod::gregorian(2025, 3));
    CHECK_FALSE(none.hasCases());
    CHECK(none.current.deliveries == 0);
}

TEST_CASE("The month's recommendations go into its summary", "[reports]")
{
    Fixture f(false);
    const ReportPeriod march = *ReportPeriod::gregorian(2025, 3);
    REQUIRE(RecommendationRepository(f.db)
                .save(march.key(), QStringLiteral("زيادة عدد موظفي الاستقبال"), 1)
                .ok());
    CHECK(summarise(f, march).recommendations == QStringLiteral("زيادة عدد موظفي الاستقبال"));
    CHECK(summarise(f, *ReportPeriod::hijri(1446, 9)).recommendations.isEmpty());
}

TEST_CASE("Computing the summary can be cancelled between sections", "[reports]")
{
    Fixture f;
    int calls = 0;
    const auto s = MonthlySummaryBuilder::compute(f.db, *ReportPeriod::gregorian(2025, 3),
                                                  f.clock.nowUtc(), [&](int done, int total) {
                                                      CHECK(done <= total);
                                                      return ++calls < 3;
                                                  });
    CHECK_FALSE(s.ok());
    CHECK(calls == 3);
}
