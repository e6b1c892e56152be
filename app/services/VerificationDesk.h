// Steps 4 and 5 at the front desk: the beneficiary's data verified, the signed
// declaration recorded, and then the file number issued once every requirement
// is met. Each action is one transaction over DeskAction.
#pragma once

#include "core/Case.h"
#include "core/Result.h"
#include "services/DeskAction.h"

#include <QCoreApplication>

class VerificationDesk final
{
    Q_DECLARE_TR_FUNCTIONS(VerificationDesk)

public:
    VerificationDesk(Database &db, const Session &session) : m_action(db, session) {}

    // Step 4.
    Result<Case> markVerified(qint64 caseId, bool verified);
    Result<Case> recordDeclarationSigned(qint64 caseId);

    // Step 5. Issues the beneficiary's file number (Hijri year of today and
    // sequence, e.g. 1448-000123) once every requirement is met; a
    // beneficiary who has one keeps it.
    Result<QString> issueFileNumber(qint64 caseId);

    void setFaultInjector(DeskAction::FaultInjector injector)
    {
        m_action.setFaultInjector(std::move(injector));
    }

private:
    DeskAction m_action;
};
