// What a beneficiary's survey response must be to be recorded (step 7): each
// answer a score from 1 to 5 to an active question, no question answered
// twice, and at least an answer or a comment unless the survey was declined.
#pragma once

#include "core/Result.h"
#include "core/Survey.h"

#include <QCoreApplication>
#include <QVector>

class SurveyRules final
{
    Q_DECLARE_TR_FUNCTIONS(SurveyRules)

public:
    // An answer's score: 1 (least satisfied) to 5 (most).
    static bool isScore(int score) { return score >= 1 && score <= 5; }

    // The response judged against the manager's questions (only the active
    // ones may be answered); the first rule broken, in words.
    static Status check(const SurveyResponse &response, const QVector<SurveyQuestion> &questions);
};
