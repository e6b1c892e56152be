#include "reports/MonthlySummaryBuilder.h"

#include "core/Clock.h"
#include "core/DateInput.h"
#include "core/FollowUp.h"
#include "storage/Database.h"
#include "storage/RecommendationRepository.h"

#include <QTimeZone>

namespace {

double ratio(qint64 part, qint64 whole)
{
    return whole > 0 ? double(part) / double(whole) : 0.0;
}

// Runs the sections one after the other, reporting progress and stopping at the
// first failure or when cancelled.
class Steps
{
public:
    Steps(int total, const MonthlySummaryBuilder::Progress &progress)
        : m_total(total), m_progress(progress)
    {}

    // Runs the section unless an earlier one failed; the first failure is
    // kept for status(), so the sections read as a plain list.
    void run(const std::function<Status()> &section)
    {
        if (!m_status)
            return;
        m_status = section();
        ++m_done;
        if (m_status && m_progress && !m_progress(m_done, m_total))
            m_status = Status::failure(MonthlySummaryBuilder::tr("The report was cancelled."));
    }
    const Status &status() const { return m_status; }

private:
    int m_total;
    int m_done = 0;
    MonthlySummaryBuilder::Progress m_progress;
    Status m_status = Status::success();
};

template <typename T, typename F> Status take(const Result<T> &r, F &&use)
{
    if (!r)
        return r.status();
    use(*r);
    return Status::success();
}

Status fillOutcomes(SummaryQueries &q, const TimeRange &range, Outcomes &out)
{
    return take(q.casesByStatusAndStep(range), [&](const QVector<StatusStepCount> &rows) {
        for (const StatusStepCount &row : rows) {
            const auto status = Domain::statusFromCode(row.status);
            if (!status)
                continue;
            switch (*status) {
            case CaseStatus::Closed:
                out.served += row.count;
                break;
            case CaseStatus::InquiryAnswered:
                out.inquiryAnswered += row.count;
                break;
            case CaseStatus::NotEligible:
                out.notEligible += row.count;
                break;
            case CaseStatus::Withdrawn:
                out.withdrawn += row.count;
                break;
            case CaseStatus::Open:
            case CaseStatus::WaitingReferral: {
                out.open += row.count;
                const Step step = Domain::stepFromCode(row.step).value_or(Step::Reception);
                auto it = std::find_if(out.openByStep.begin(), out.openByStep.end(),
                                       [&](const StepCount &s) { return s.step == step; });
                if (it == out.openByStep.end())
                    out.openByStep.push_back({step, row.count});
                else
                    it->count += row.count;
                break;
            }
            }
        }
        std::sort(out.openByStep.begin(), out.openByStep.end(),
                  [](const StepCount &a, const StepCount &b) { return a.step < b.step; });
    });
}

void fillQuestions(const QVector<QuestionScoreCount> &rows, SurveySummary &out)
{
    qint64 answers = 0;
    qint64 sum = 0;
    for (const QuestionScoreCount &row : rows) {
        if (out.questions.isEmpty() || out.questions.last().questionId != row.questionId) {
            QuestionSummary q;
            q.questionId = row.questionId;
            q.textAr = row.textAr;
            q.textEn = row.textEn;
            out.questions << q;
        }
        QuestionSummary &q = out.questions.last();
        if (row.score >= 1 && row.score <= 5)
            q.counts[size_t(row.score - 1)] += row.count;
        q.total += row.count;
        answers += row.count;
        sum += row.count * row.score;
    }
    for (QuestionSummary &q : out.questions) {
        qint64 s = 0;
        for (int i = 0; i < 5; ++i)
            s += q.counts[size_t(i)] * (i + 1);
        q.mean = ratio(s, q.total);
    }
    if (answers > 0)
        out.mean = double(sum) / double(answers);
}

QVector<ScoreGroup> groups(const QVector<GroupScores> &rows)
{
    QVector<ScoreGroup> out;
    for (const GroupScores &g : rows) {
        ScoreGroup s;
        s.id = g.id;
        s.nameAr = g.nameAr;
        s.nameEn = g.nameEn;
        s.responses = g.responses;
        if (g.answers > 0)
            s.mean = double(g.scoreSum) / double(g.answers);
        out << s;
    }
    return out;
}

// The sections shared by the full summary and the headline figures of a period.
Status computeCore(Database &db, const ReportPeriod &period, MonthlySummary &s, Steps &steps)
{
    SummaryQueries q(db);
    SurveySummaryQueries sq(db);
    const TimeRange range = period.range();
    HeadlineFigures &h = s.current;

    steps.run([&] { return take(q.casesReceived(range), [&](qint64 n) { h.casesReceived = n; }); });
    steps.run([&] { return fillOutcomes(q, range, s.outcomes); });
    steps.run([&] {
        return take(q.waitingTime(range), [&](const DurationStats &d) {
            s.times.push_back({std::nullopt, d, {}});
        });
    });
    steps.run([&] {
        return take(q.serviceTime(range),
                    [&](const DurationStats &d) { s.times.last().service = d; });
    });
    steps.run([&] {
        return take(q.referrals(range), [&](const ReferralFigures &r) { s.referrals = r; });
    });
    steps.run([&] {
        return take(q.deliveriesByService(range),
                    [&](const QVector<DeliveryFigures> &d) { s.deliveries = d; });
    });
    steps.run([&] { return take(q.overrides(range), [&](qint64 n) { s.overrides = n; }); });
    steps.run([&] {
        return take(sq.counts(range), [&](const SurveyCounts &c) {
            s.survey.counts = c;
            if (c.offered > 0)
                s.survey.responseRate = ratio(c.answered, c.offered);
        });
    });
    steps.run([&] {
        return take(sq.scoreDistribution(range), [&](const QVector<QuestionScoreCount> &rows) {
            fillQuestions(rows, s.survey);
        });
    });
    s.overdueCutoffs = MonthlySummaryBuilder::overdueCutoffs(period);
    steps.run([&] {
        return take(q.followUps(range, s.overdueCutoffs),
                    [&](const FollowUpFigures &f) { s.followUps = f; });
    });
    if (!steps.status())
        return steps.status();

    h.served = s.outcomes.served;
    h.inquiriesAnswered = s.outcomes.inquiryAnswered;
    h.notEligible = s.outcomes.notEligible;
    h.withdrawn = s.outcomes.withdrawn;
    h.stillOpen = s.outcomes.open;
    h.medianWaitMs = s.times.first().waiting.median;
    h.p90WaitMs = s.times.first().waiting.p90;
    h.medianServiceMs = s.times.first().service.median;
    h.referrals = s.referrals.made;
    for (const DeliveryFigures &d : s.deliveries)
        h.deliveries += d.count;
    h.overrides = s.overrides;
    h.responseRate = s.survey.responseRate;
    h.meanSatisfaction = s.survey.mean;
    h.followUpsOverdue =
        s.followUps.approvalsOverdue + s.followUps.answersOverdue + s.followUps.surveysOverdue;
    return Status::success();
}

} // namespace

QDateTime MonthlySummaryBuilder::overdueCutoff(const ReportPeriod &period, int workingDays)
{
    // The latest day whose due date (workingDays later) is still in the period.
    QDate day = period.lastDay();
    while (DateInput::addWorkingDays(day, workingDays) > period.lastDay())
        day = day.addDays(-1);
    return QDateTime(day.addDays(1), QTime(0, 0), Clock::deskTimeZone()).toUTC();
}

FollowUpCutoffs MonthlySummaryBuilder::overdueCutoffs(const ReportPeriod &period)
{
    return {overdueCutoff(period, FollowUp::approvalWorkingDays),
            overdueCutoff(period, FollowUp::surveyWorkingDays), overdueCutoff(period, 0)};
}

Result<HeadlineFigures> MonthlySummaryBuilder::headlines(Database &db, const ReportPeriod &period)
{
    MonthlySummary s;
    Steps steps(0, {});
    if (Status st = computeCore(db, period, s, steps); !st)
        return st;
    return s.current;
}

Result<MonthlySummary> MonthlySummaryBuilder::compute(Database &db, const ReportPeriod &period,
                                                      const QDateTime &nowUtc,
                                                      const Progress &progress)
{
    if (!period.isValid())
        return Result<MonthlySummary>::failure(tr("No month was chosen for the report."));
    MonthlySummary s;
    s.period = period;
    s.previousPeriod = period.previous();
    s.generatedAt = nowUtc.isValid() ? nowUtc.toUTC() : Clock::instance().nowUtc();
    const TimeRange range = period.range();
    SummaryQueries q(db);
    SurveySummaryQueries sq(db);

    // The core's 10 sections, 2 more for every month, 11 plus one per week with cases.
    const int total = 10 + 2 + 11 + (period.dayCount() + 6) / 7;
    Steps steps(total, progress);
    if (Status st = computeCore(db, period, s, steps); !st)
        return st;

    steps.run([&] {
        if (!s.previousPeriod.isValid())
            return Status::success();
        return take(headlines(db, s.previousPeriod),
                    [&](const HeadlineFigures &h) { s.previous = h; });
    });
    steps.run([&]() -> Status {
        const auto rec = RecommendationRepository(db).get(period.key());
        if (!rec)
            return rec.status();
        if (rec->has_value())
            s.recommendations = rec->value().text;
        return Status::success();
    });
    if (!s.hasCases()) {
        if (!steps.status())
            return steps.status();
        if (progress)
            progress(total, total);
        return s;
    }

    // By channel and purpose, beside last period's.
    steps.run([&]() -> Status {
        const auto now = q.casesByChannel(range);
        if (!now)
            return now.status();
        QVector<CodeCount> before;
        if (s.previousPeriod.isValid()) {
            const auto prev = q.casesByChannel(s.previousPeriod.range());
            if (!prev)
                return prev.status();
            before = *prev;
        }
        auto countOf = [](const QVector<CodeCount> &rows, const QString &code) {
            for (const CodeCount &c : rows)
                if (c.code == code)
                    return c.count;
            return qint64(0);
        };
        for (Channel c : Domain::channels())
            s.byChannel.push_back(
                {c, countOf(*now, Domain::code(c)), countOf(before, Domain::code(c))});
        const auto purposes = q.casesByPurpose(range);
        if (!purposes)
            return purposes.status();
        QVector<CodeCount> purposesBefore;
        if (s.previousPeriod.isValid()) {
            const auto prev = q.casesByPurpose(s.previousPeriod.range());
            if (!prev)
                return prev.status();
            purposesBefore = *prev;
        }
        for (Purpose p : Domain::purposes())
            s.byPurpose.push_back(
                {p, countOf(*purposes, Domain::code(p)), countOf(purposesBefore, Domain::code(p))});
        return Status::success();
    });
    steps.run([&] {
        return take(q.closingReasons(range, Domain::code(CaseStatus::NotEligible)),
                    [&](const QVector<TextCount> &r) { s.outcomes.notEligibleReasons = r; });
    });
    steps.run([&] {
        return take(q.closingReasons(range, Domain::code(CaseStatus::Withdrawn)),
                    [&](const QVector<TextCount> &r) { s.outcomes.withdrawnReasons = r; });
    });
    // Times by channel, for the channels that had cases; "all" goes last.
    steps.run([&]() -> Status {
        const TimesRow all = s.times.first();
        s.times.clear();
        for (const ChannelCount &c : std::as_const(s.byChannel)) {
            if (c.count == 0)
                continue;
            TimesRow row;
            row.channel = c.channel;
            const auto w = q.waitingTime(range, Domain::code(c.channel));
            if (!w)
                return w.status();
            const auto sv = q.serviceTime(range, Domain::code(c.channel));
            if (!sv)
                return sv.status();
            row.waiting = *w;
            row.service = *sv;
            s.times << row;
        }
        s.times << all;
        return Status::success();
    });
    for (int week = 0; week * 7 < period.dayCount(); ++week) {
        steps.run([&]() -> Status {
            for (int i = week * 7; i < qMin(period.dayCount(), week * 7 + 7); ++i) {
                const auto w = q.waitingTime(period.dayRange(i));
                if (!w)
                    return w.status();
                s.waitingByDay.push_back({period.firstDay().addDays(i), period.dayNumber(i), *w});
            }
            return Status::success();
        });
    }
    steps.run([&] {
        return take(q.overrideReasons(range),
                    [&](const QVector<TextCount> &r) { s.overrideReasons = r; });
    });
    steps.run([&] {
        return take(sq.scoresByService(range),
                    [&](const QVector<GroupScores> &g) { s.survey.byService = groups(g); });
    });
    steps.run([&] {
        return take(sq.scoresByStaff(range), [&](const QVector<GroupScores> &g) {
            s.survey.byStaff = groups(g);
            for (ScoreGroup &staff : s.survey.byStaff)
                staff.nameEn.clear(); // a person's name is their display name
        });
    });
    steps.run([&] {
        return take(sq.comments(range, commentLimit),
                    [&](const QVector<TextCount> &c) { s.survey.comments = c; });
    });
    steps.run([&] {
        return take(sq.commentCount(range), [&](const CommentCount &n) {
            s.survey.commentTotal = n.total;
            s.survey.commentDistinct = n.distinct;
        });
    });
    steps.run([&] {
        return take(sq.mostGivenAnswers(range, inquiryLimit),
                    [&](const QVector<AnswerCount> &a) { s.topInquiries = a; });
    });
    steps.run([&] {
        return take(sq.casesWithGivenAnswers(range), [&](qint64 n) { s.casesWithAnswers = n; });
    });
    if (!steps.status())
        return steps.status();
    return s;
}
