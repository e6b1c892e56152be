// Step 6 at the front desk: what the beneficiary received, recorded in one
// transaction over DeskAction. A delivery of a service that needs approval
// waits for the program officer (OfficerDesk::approveDelivery).
#pragma once

#include "core/Case.h"
#include "core/Result.h"
#include "services/DeskAction.h"

class DeliveryDesk final
{
public:
    DeliveryDesk(Database &db, const Session &session) : m_action(db, session) {}

    // A quantity, an amount (in halalas) or a note, as DeliveryRules admits.
    Result<Delivery> recordDelivery(qint64 caseId, double quantity, qint64 amountHalalas,
                                    const QString &notes);

    void setFaultInjector(DeskAction::FaultInjector injector)
    {
        m_action.setFaultInjector(std::move(injector));
    }

private:
    DeskAction m_action;
};
