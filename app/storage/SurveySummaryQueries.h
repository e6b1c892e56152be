// The satisfaction survey and the inquiries of a month, aggregated by the
// database (issue 5): how many of the month's cases answered the survey, each
// question's 1-5 distribution, the scores by service and by staff member, the
// comments, and the approved answers given most often. The population is the
// cases received in the range.
#pragma once

#include "core/Result.h"
#include "storage/SummaryQueries.h"

#include <QCoreApplication>
#include <QVector>

class Database;

struct SurveyCounts
{
    // Cases that reached the survey: served or answered (closed), or waiting at
    // the survey step.
    qint64 offered = 0;
    qint64 answered = 0; // cases with an answered (not declined) response
    qint64 declined = 0; // cases that declined and never answered
};

struct QuestionScoreCount
{
    qint64 questionId = 0;
    QString textAr;
    QString textEn;
    int position = 0;
    int score = 0; // 1..5
    qint64 count = 0;
};

// Scores of one service or one staff member: every answer of every response.
struct GroupScores
{
    qint64 id = 0;  // service or user id; 0: none
    QString nameAr; // a user's display name is in nameAr
    QString nameEn;
    qint64 responses = 0;
    qint64 answers = 0;
    qint64 scoreSum = 0;
};

struct CommentCount
{
    qint64 total = 0;    // non-empty comments
    qint64 distinct = 0; // different texts among them
};

struct AnswerCount
{
    qint64 answerId = 0;
    QString question;
    QString sourceDocument;
    qint64 cases = 0;
};

class SurveySummaryQueries final
{
    Q_DECLARE_TR_FUNCTIONS(SurveySummaryQueries)

public:
    explicit SurveySummaryQueries(Database &db) : m_db(db) {}

    Result<SurveyCounts> counts(const TimeRange &r) const;
    // One row per question and score that occurs, by question position.
    Result<QVector<QuestionScoreCount>> scoreDistribution(const TimeRange &r) const;
    // By the case's service (inquiries have none), by the staff member who
    // received the case; most responses first.
    Result<QVector<GroupScores>> scoresByService(const TimeRange &r) const;
    Result<QVector<GroupScores>> scoresByStaff(const TimeRange &r) const;
    // The comments written (the same text counted together), most frequent
    // first, at most limit; and how many there are.
    Result<QVector<TextCount>> comments(const TimeRange &r, int limit) const;
    Result<CommentCount> commentCount(const TimeRange &r) const;
    // The approved answers given on the range's cases, most given first.
    Result<QVector<AnswerCount>> mostGivenAnswers(const TimeRange &r, int limit) const;
    Result<qint64> casesWithGivenAnswers(const TimeRange &r) const;

private:
    // join: "LEFT JOIN <table> n ON n.id = <idColumn>"; names: two columns of n.
    Result<QVector<GroupScores>> scoresBy(const QString &idColumn, const QString &join,
                                          const QString &names, const TimeRange &r) const;

    Database &m_db;
};
