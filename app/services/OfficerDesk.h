// The program officer's decisions (issue 4): answering referred cases,
// overriding a failed eligibility rule with a written reason, and approving
// deliveries of services that wait for approval. Each is one transaction,
// refused unless the session's user is a program officer. Deciding that a
// beneficiary is not eligible is CaseDesk::markNotEligible.
#pragma once

#include "core/Case.h"
#include "core/Result.h"
#include "services/DeskAction.h"

#include <QCoreApplication>

class Database;
class Session;

class OfficerDesk final
{
    Q_DECLARE_TR_FUNCTIONS(OfficerDesk)

public:
    OfficerDesk(Database &db, const Session &session);
    OfficerDesk(const OfficerDesk &) = delete;
    OfficerDesk &operator=(const OfficerDesk &) = delete;

    // Answers the case's waiting referral; the case returns to the desk
    // (still at the referral step, open) with the answer to pick up.
    Result<Referral> answerReferral(qint64 caseId, const QString &answer);

    // Lets the case go on although the service's rules fail for it, for the
    // written reason; kept with the failures overridden, who and when.
    Result<EligibilityOverride> overrideEligibility(qint64 caseId, const QString &reason);

    // Approves a delivery that waits for approval.
    Result<Delivery> approveDelivery(qint64 deliveryId);

    // For tests: runs after each action's work, before its commit.
    void setFaultInjector(DeskAction::FaultInjector injector);

private:
    Database &m_db;
    DeskAction m_action;
};
