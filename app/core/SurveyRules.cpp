#include "core/SurveyRules.h"

#include <QSet>

Status SurveyRules::check(const SurveyResponse &response, const QVector<SurveyQuestion> &questions)
{
    if (response.declined)
        return Status::success();
    QSet<qint64> active;
    for (const SurveyQuestion &q : questions) {
        if (q.active)
            active.insert(q.id);
    }
    QSet<qint64> answered;
    for (const SurveyAnswer &a : response.answers) {
        if (!active.contains(a.questionId))
            return Status::failure(
                tr("Survey question number %1 is not one of the active questions.")
                    .arg(a.questionId));
        if (!isScore(a.score))
            return Status::failure(
                tr("Each answer is a score from 1 to 5; %1 is not.").arg(a.score));
        if (answered.contains(a.questionId))
            return Status::failure(
                tr("Survey question number %1 is answered twice.").arg(a.questionId));
        answered.insert(a.questionId);
    }
    if (response.answers.isEmpty() && response.comment.trimmed().isEmpty())
        return Status::failure(tr("Give at least one answer or a comment, or record that the "
                                  "beneficiary declined the survey."));
    return Status::success();
}
