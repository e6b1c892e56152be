// Every figure of the monthly report (issue 5), as plain values: computed by
// MonthlySummaryBuilder from the database's aggregates, read by the PDF
// renderer and the reports page. The population of "cases" is the cases
// received (arrived) in the period; their outcomes are as they stand when the
// summary is computed.
#pragma once

#include "core/Domain.h"
#include "reports/ReportPeriod.h"
#include "storage/SummaryQueries.h"
#include "storage/SurveySummaryQueries.h"

#include <QDateTime>
#include <QString>
#include <QVector>

#include <array>
#include <optional>

// The figures shown beside last month's, with the change.
struct HeadlineFigures
{
    qint64 casesReceived = 0;
    qint64 served = 0;            // closed: served (or answered) and surveyed or declined
    qint64 inquiriesAnswered = 0; // inquiries answered at the desk
    qint64 notEligible = 0;
    qint64 withdrawn = 0;
    qint64 stillOpen = 0; // open or waiting for the program officer
    std::optional<qint64> medianWaitMs;
    std::optional<qint64> p90WaitMs;
    std::optional<qint64> medianServiceMs;
    qint64 referrals = 0;
    qint64 deliveries = 0;
    qint64 overrides = 0;
    std::optional<double> responseRate;     // 0..1 of the cases offered the survey
    std::optional<double> meanSatisfaction; // 1..5 over every answer
    qint64 followUpsOverdue = 0;
};

struct ChannelCount
{
    Channel channel = Channel::Interview;
    qint64 count = 0;
    qint64 previous = 0;
};

struct PurposeCount
{
    Purpose purpose = Purpose::Inquiry;
    qint64 count = 0;
    qint64 previous = 0;
};

struct StepCount
{
    Step step = Step::Reception;
    qint64 count = 0;
};

struct Outcomes
{
    qint64 served = 0;
    qint64 inquiryAnswered = 0;
    qint64 notEligible = 0;
    qint64 withdrawn = 0;
    qint64 open = 0;
    QVector<StepCount> openByStep; // steps with open cases, in step order
    QVector<TextCount> notEligibleReasons;
    QVector<TextCount> withdrawnReasons;
};

// Waiting (arrival to start of service) and service (start to end) times.
struct TimesRow
{
    std::optional<Channel> channel; // none: every channel
    DurationStats waiting;
    DurationStats service;
};

struct DayWaiting
{
    QDate date;
    int dayNumber = 0; // in the period's calendar
    DurationStats waiting;
};

struct QuestionSummary
{
    qint64 questionId = 0;
    QString textAr;
    QString textEn;
    std::array<qint64, 5> counts{}; // answers scoring 1..5
    qint64 total = 0;
    double mean = 0;
};

struct ScoreGroup
{
    qint64 id = 0; // 0: none (inquiries without a service)
    QString nameAr;
    QString nameEn;
    qint64 responses = 0;
    std::optional<double> mean;
};

struct SurveySummary
{
    SurveyCounts counts;
    std::optional<double> responseRate;
    std::optional<double> mean;
    QVector<QuestionSummary> questions;
    QVector<ScoreGroup> byService;
    QVector<ScoreGroup> byStaff;
    QVector<TextCount> comments; // the most frequent first
    qint64 commentTotal = 0;     // comments written
    qint64 commentDistinct = 0;  // different comments
};

struct MonthlySummary
{
    ReportPeriod period;
    ReportPeriod previousPeriod;
    QDateTime generatedAt; // UTC
    HeadlineFigures current;
    HeadlineFigures previous;

    QVector<ChannelCount> byChannel; // every channel, in Domain order
    QVector<PurposeCount> byPurpose; // every purpose, in Domain order
    Outcomes outcomes;
    QVector<TimesRow> times; // every channel with cases, then all channels
    QVector<DayWaiting> waitingByDay;
    ReferralFigures referrals;
    QVector<DeliveryFigures> deliveries;
    qint64 overrides = 0;
    QVector<TextCount> overrideReasons;
    SurveySummary survey;
    FollowUpFigures followUps;
    FollowUpCutoffs overdueCutoffs; // by kind: arisen before it and pending at the end
    QVector<AnswerCount> topInquiries;
    qint64 casesWithAnswers = 0;

    QString recommendations;

    bool hasCases() const { return current.casesReceived > 0; }
};
