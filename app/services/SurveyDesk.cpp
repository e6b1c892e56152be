#include "services/SurveyDesk.h"

#include "core/StepRequirements.h"
#include "core/SurveyRules.h"
#include "core/Workflow.h"
#include "storage/SurveyRepository.h"

Result<SurveyResponse> SurveyDesk::recordSurvey(qint64 caseId, const QVector<SurveyAnswer> &answers,
                                                const QString &comment, bool byPhone)
{
    SurveyResponse response;
    response.caseId = caseId;
    response.answers = answers;
    response.comment = comment.trimmed();
    response.byPhone = byPhone;
    return take(response);
}

Result<SurveyResponse> SurveyDesk::declineSurvey(qint64 caseId, bool byPhone)
{
    SurveyResponse response;
    response.caseId = caseId;
    response.declined = true;
    response.byPhone = byPhone;
    return take(response);
}

Result<SurveyResponse> SurveyDesk::take(const SurveyResponse &input)
{
    const QString name =
        input.declined ? QStringLiteral("case.survey_declined") : QStringLiteral("case.survey");
    return m_action.onCaseMaking<SurveyResponse>(
        Action::RecordSurvey, name, input.caseId, [&](CaseContext &ctx) -> Result<SurveyResponse> {
            if (Status s = DeskAction::checkAtStep(ctx, {Step::Survey}); !s)
                return s;
            if (StepRequirements::surveyDone(ctx))
                return Status::failure(tr("The survey of this case was already recorded."));
            SurveyRepository surveys(m_action.db());
            if (!input.declined) {
                const auto questions = surveys.questions(true);
                if (!questions)
                    return questions.status();
                if (Status s = SurveyRules::check(input, *questions); !s)
                    return s;
            }
            SurveyResponse response = input;
            response.takenAt = DeskAction::now();
            response.takenBy = m_action.actor();
            // The survey closes the case: the step event first, then the answers.
            ctx.survey = response;
            if (Status s = m_action.move(ctx, &Workflow::advance); !s)
                return s;
            return surveys.record(response, m_action.actor());
        });
}
