// The catalogue of common inquiries with their approved answers (seed 001 goal
// 3; seed 000's tools: the bylaws, the guides and procedures, the support
// policy), and the record that an answer was given on a case, so the monthly
// report can count the most asked questions.
#pragma once

#include <QDateTime>
#include <QString>

struct ApprovedAnswer
{
    qint64 id = 0;
    QString question;       // the inquiry as people ask it
    QString answer;         // the approved answer
    QString sourceDocument; // where the answer comes from, e.g. "دليل سياسة الدعم"
    bool active = true;     // inactive answers are kept for history, not offered
    QDateTime updatedAt;
    int version = 0;
};

// One approved answer given at reception on a case.
struct GivenAnswer
{
    qint64 caseId = 0;
    qint64 answerId = 0;
    QDateTime givenAt; // UTC
    qint64 givenBy = 0;
};
