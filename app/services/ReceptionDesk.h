// Step 1 at the front desk: a case opened for whoever arrives, call or letter,
// its reception details corrected, the catalogue's approved answer given, and
// an inquiry answered on the spot (straight to the survey). Each action is one
// transaction over DeskAction: the permission first, then the work, the step
// event and the audit, or nothing at all.
#pragma once

#include "core/ApprovedAnswer.h"
#include "core/Case.h"
#include "core/Result.h"
#include "services/DeskAction.h"

#include <QCoreApplication>

class ReceptionDesk final
{
    Q_DECLARE_TR_FUNCTIONS(ReceptionDesk)

public:
    ReceptionDesk(Database &db, const Session &session);

    // A new case received now by the session's user; a walk-in (interview)
    // gets the day's next queue number.
    Result<Case> openCase(Channel channel, Purpose purpose, const QString &inquiryText);
    // Corrects the channel, purpose and inquiry text while the case is still
    // at reception; the arrival time and any queue number are kept.
    Result<Case> updateReception(qint64 caseId, Channel channel, Purpose purpose,
                                 const QString &inquiryText);
    // Records, at reception or whenever the visitor asks, that the approved
    // answer was given on the case (once per case), so the monthly report can
    // count the most asked questions. The answer must be one the catalogue offers.
    Result<ApprovedAnswer> giveApprovedAnswer(qint64 caseId, qint64 answerId);
    // An inquiry answered at reception: straight to the survey.
    Result<Case> answerInquiryAtDesk(qint64 caseId, const QString &answer);

    void setFaultInjector(DeskAction::FaultInjector injector)
    {
        m_action.setFaultInjector(std::move(injector));
    }

private:
    DeskAction m_action;
};
