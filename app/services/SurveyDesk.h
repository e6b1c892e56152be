// Step 7 at the front desk: the satisfaction survey, taken at the desk or by
// phone, or declined; either closes the case. One transaction over DeskAction:
// the step event first, then the answers.
#pragma once

#include "core/Result.h"
#include "core/Survey.h"
#include "services/DeskAction.h"

#include <QCoreApplication>
#include <QVector>

class SurveyDesk final
{
    Q_DECLARE_TR_FUNCTIONS(SurveyDesk)

public:
    SurveyDesk(Database &db, const Session &session) : m_action(db, session) {}

    // Scores 1-5 for active questions and a comment (SurveyRules).
    Result<SurveyResponse> recordSurvey(qint64 caseId, const QVector<SurveyAnswer> &answers,
                                        const QString &comment, bool byPhone = false);
    Result<SurveyResponse> declineSurvey(qint64 caseId, bool byPhone = false);

    void setFaultInjector(DeskAction::FaultInjector injector)
    {
        m_action.setFaultInjector(std::move(injector));
    }

private:
    Result<SurveyResponse> take(const SurveyResponse &response);

    DeskAction m_action;
};
