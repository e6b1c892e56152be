// The satisfaction survey: the manager's questions and a beneficiary's answers.
#pragma once

#include <QDateTime>
#include <QString>
#include <QVector>

struct SurveyQuestion
{
    qint64 id = 0;
    QString textAr;
    QString textEn;
    int order = 0;
    bool active = true;
};

struct SurveyAnswer
{
    qint64 questionId = 0;
    int score = 0; // 1..5
};

struct SurveyResponse
{
    qint64 id = 0;
    qint64 caseId = 0;
    QDateTime takenAt;
    qint64 takenBy = 0;
    bool declined = false;
    bool byPhone = false;
    QString comment;
    QVector<SurveyAnswer> answers;
};
