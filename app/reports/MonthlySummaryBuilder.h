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
    // A follow-up is overdue when still pending this many working days after it arose.
    static constexpr int followUpWorkingDays = 2;

    // progress(done, total) between sections; returning false cancels.
    using Progress = std::function<bool(int done, int total)>;

    static Result<MonthlySummary> compute(Database &db, const ReportPeriod &period,
                                          const QDateTime &nowUtc, const Progress &progress = {});

    // Only the headline figures of a period.
    static Result<HeadlineFigures> headlines(Database &db, const ReportPeriod &period);

    // The start (UTC) of the day followUpWorkingDays working days before the
    // period's end: follow-ups arisen before it and pending at the end are overdue.
    static QDateTime overdueCutoff(const ReportPeriod &period);
};
