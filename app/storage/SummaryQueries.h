// The aggregate queries behind the monthly summary (issue 5): counts, sums and
// order statistics computed by the database, never by loading every case.
// Medians and 90th percentiles are nearest-rank values (the value at rank
// ceil(p * n) in ascending order) read with ORDER BY ... LIMIT 1 OFFSET k, so
// the SQL stays portable to PostgreSQL. Times are UTC epoch milliseconds;
// every range is [from, to).
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVariantList>
#include <QVector>

#include <optional>

class Database;

struct TimeRange
{
    QDateTime from; // inclusive, UTC
    QDateTime to;   // exclusive, UTC
};

struct CodeCount
{
    QString code; // a stable Domain code
    qint64 count = 0;
};

struct TextCount
{
    QString text;
    qint64 count = 0;
};

struct StatusStepCount
{
    QString status; // Domain codes
    QString step;
    qint64 count = 0;
};

// Durations in milliseconds.
struct DurationStats
{
    qint64 count = 0;
    std::optional<qint64> median;
    std::optional<qint64> p90;
};

struct ReferralFigures
{
    qint64 made = 0;     // referred in the range
    qint64 answered = 0; // of those, answered by now
    std::optional<qint64> medianAnswerMs;
    qint64 unansweredAtEnd = 0; // referred before the range's end, unanswered then
};

struct DeliveryFigures
{
    qint64 serviceId = 0; // 0: no service recorded
    QString nameAr;
    QString nameEn;
    qint64 count = 0;
    double quantity = 0;
    qint64 amount = 0; // halalas
    qint64 awaitingApproval = 0;
};

// Follow-ups (issue 4's list, FollowUpList): done in the range, marked done in
// the list in the range, and overdue at its end (still pending then although
// due before it: arisen before the kind's cutoff).
struct FollowUpFigures
{
    qint64 approvalsDone = 0; // deliveries approved
    qint64 approvalsOverdue = 0;
    qint64 answersPickedUp = 0; // referral answers picked up by the desk
    qint64 answersOverdue = 0;
    qint64 phoneSurveysDone = 0; // surveys taken later by phone
    qint64 surveysOverdue = 0;
    // Marked done in the follow-up list, by kind.
    qint64 documentsMarked = 0;
    qint64 approvalsMarked = 0;
    qint64 surveysMarked = 0;
    qint64 answersMarked = 0;
};

// A follow-up of each kind that arose before its cutoff was due by the end.
struct FollowUpCutoffs
{
    QDateTime approvals;
    QDateTime surveys;
    QDateTime answers;
};

class SummaryQueries final
{
    Q_DECLARE_TR_FUNCTIONS(SummaryQueries)

public:
    // A survey owed after a visit counts as overdue for this many days after the
    // case reached the survey step; later, the visit is too far back to ask about.
    static constexpr int surveyOwedDays = 90;

    explicit SummaryQueries(Database &db) : m_db(db) {}

    // The range's two ends as bound values, for "column >= ? AND column < ?".
    static QVariantList bounds(const TimeRange &r);

    // Cases received (arrived) in the range.
    Result<qint64> casesReceived(const TimeRange &r) const;
    Result<QVector<CodeCount>> casesByChannel(const TimeRange &r) const;
    Result<QVector<CodeCount>> casesByPurpose(const TimeRange &r) const;
    // Where the cases received in the range stand now.
    Result<QVector<StatusStepCount>> casesByStatusAndStep(const TimeRange &r) const;
    // The closing reasons of the range's cases with the status, most frequent first.
    Result<QVector<TextCount>> closingReasons(const TimeRange &r, const QString &statusCode) const;

    // Arrival to the start of service, and start to end, of the range's cases
    // (those with both times), for one channel or (empty code) all.
    Result<DurationStats> waitingTime(const TimeRange &r, const QString &channelCode = {}) const;
    Result<DurationStats> serviceTime(const TimeRange &r, const QString &channelCode = {}) const;

    Result<ReferralFigures> referrals(const TimeRange &r) const;
    // Deliveries recorded in the range, by service.
    Result<QVector<DeliveryFigures>> deliveriesByService(const TimeRange &r) const;
    // Eligibility overrides made in the range, and their reasons.
    Result<qint64> overrides(const TimeRange &r) const;
    Result<QVector<TextCount>> overrideReasons(const TimeRange &r) const;
    // A follow-up that arose before its kind's cutoff and is still pending at
    // the range's end is overdue.
    Result<FollowUpFigures> followUps(const TimeRange &r, const FollowUpCutoffs &cutoffs) const;

    // Nearest-rank order statistic over valueExpr of the rows of fromWhere
    // ("FROM ... WHERE ..." with the values bound in order); internal, shared
    // with SurveySummaryQueries.
    Result<DurationStats> orderStatistics(const QString &valueExpr, const QString &fromWhere,
                                          const QVariantList &values) const;
    Result<qint64> scalar(const QString &sql, const QVariantList &values) const;

private:
    Result<QVector<CodeCount>> countBy(const QString &column, const TimeRange &r) const;
    Result<DurationStats> duration(const QString &endColumn, const QString &startColumn,
                                   const TimeRange &r, const QString &channelCode) const;
    Result<QVector<TextCount>> textCounts(const QString &sql, const QVariantList &values) const;

    Database &m_db;
};
