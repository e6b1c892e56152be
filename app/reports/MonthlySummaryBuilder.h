// Computes a MonthlySummary from the database's aggregates (SummaryQueries and
// SurveySummaryQueries): the period's figures, last period's headline figures
// for comparison, and the month's recommendations. Runs on the thread that
// opened the Database.
#pragma once

#include "core/Result.h"
#include "reports/MonthlySummary.h"

#include <QCoreApplication>

#include <functional>

class Database;

class MonthlySummaryBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(MonthlySummaryBuilder)

public:
    // How many comments and inquiries the summary keeps.
    static constexpr int commentLimit = 20;
    static constexpr int inquiryLimit = 10;
    // progress(done, total) between sections; returning false cancels.
    using Progress = std::function<bool(int done, int total)>;

    static Result<MonthlySummary> compute(Database &db, const ReportPeriod &period,
                                          const QDateTime &nowUtc, const Progress &progress = {});

    // Only the headline figures of a period.
    static Result<HeadlineFigures> headlines(Database &db, const ReportPeriod &period);

    // The start (UTC) of the first day whose follow-ups, due workingDays
    // working days after they arose, were not yet due by the period's end.
    static QDateTime overdueCutoff(const ReportPeriod &period, int workingDays);
    // The cutoffs of FollowUpList's rules: approvals and phone surveys within
    // their working days, a referral answer on its day.
    static FollowUpCutoffs overdueCutoffs(const ReportPeriod &period);
};
