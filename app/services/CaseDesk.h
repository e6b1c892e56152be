// The front desk's actions on a case (DESIGN.md section 2; issue 3): what the
// receptionist, and the program officer serving at the desk, do through the
// seven steps. Each action is one transaction over the shared DeskAction: the
// permission is checked first, then the case is loaded into a CaseContext,
// changed through the Workflow (which checks the rules), and saved with its
// step event, whatever else the action changes, and the audit. A refusal
// comes back in words and leaves nothing behind.
//
// CaseDesk itself moves a case along (advance, refer and resume, withdraw,
// not eligible) and holds the desks of each group of steps: reception()
// (step 1), information() (2), verification() (4 and 5), delivery() (6) and
// survey() (7). The program officer's own decisions are in OfficerDesk, the
// lists and the case screen's reads in DeskQueries.
#pragma once

#include "core/CaseContext.h"
#include "core/Result.h"
#include "services/DeliveryDesk.h"
#include "services/DeskAction.h"
#include "services/InformationDesk.h"
#include "services/ReceptionDesk.h"
#include "services/SurveyDesk.h"
#include "services/VerificationDesk.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

class Database;
class Session;

class CaseDesk final
{
    Q_DECLARE_TR_FUNCTIONS(CaseDesk)

public:
    CaseDesk(Database &db, const Session &session);
    CaseDesk(const CaseDesk &) = delete;
    CaseDesk &operator=(const CaseDesk &) = delete;

    ReceptionDesk &reception() { return m_reception; }
    InformationDesk &information() { return m_information; }
    VerificationDesk &verification() { return m_verification; }
    DeliveryDesk &delivery() { return m_delivery; }
    SurveyDesk &survey() { return m_survey; }

    // Moves the case to the next step (after a referral: back where it came
    // from), or closes it after the survey. Refused with what is missing.
    Result<Case> advance(qint64 caseId);

    // Step 3. Refers the case to the program officer with the question.
    Result<Referral> refer(qint64 caseId, const QString &question);
    // Picks up the officer's answer and returns to the step referred from.
    Result<Case> resumeAfterReferral(qint64 caseId);

    // Ends the case.
    Result<Case> withdraw(qint64 caseId, const QString &reason);
    // The program officer decides with reasons of their own; anyone else at
    // the desk only when the service's rules fail (and are not overridden),
    // and then the failing rules are the reasons.
    Result<Case> markNotEligible(qint64 caseId, const QStringList &reasons);

    // For tests: runs after each action's work (of every group), before its commit.
    void setFaultInjector(DeskAction::FaultInjector injector);

    // Runs several of the desk's actions as one transaction ("case.page"):
    // a page saved on leaving it (step 2: the beneficiary, the service and the
    // documents) is kept whole or not at all. Each action still checks its
    // own permission.
    Status together(const std::function<Status()> &actions);

private:
    DeskAction m_action;
    ReceptionDesk m_reception;
    InformationDesk m_information;
    VerificationDesk m_verification;
    DeliveryDesk m_delivery;
    SurveyDesk m_survey;
};
