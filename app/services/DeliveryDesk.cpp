#include "services/DeliveryDesk.h"

#include "core/DeliveryRules.h"
#include "storage/DeliveryRepository.h"

Result<Delivery> DeliveryDesk::recordDelivery(qint64 caseId, double quantity, qint64 amountHalalas,
                                              const QString &notes)
{
    return m_action.onCaseMaking<Delivery>(
        Action::RecordDelivery, QStringLiteral("case.delivery"), caseId,
        [&](CaseContext &ctx) -> Result<Delivery> {
            if (Status s = DeskAction::checkAtStep(ctx, {Step::Delivery}); !s)
                return s;
            Delivery d;
            d.caseId = caseId;
            d.serviceId = ctx.theCase.serviceId;
            d.deliveredAt = DeskAction::now();
            d.deliveredBy = m_action.actor();
            d.quantity = quantity;
            d.amount = amountHalalas;
            d.notes = notes.trimmed();
            d.awaitingApproval = ctx.service && ctx.service->needsApproval;
            if (Status s = DeliveryRules::check(d); !s)
                return s;
            return DeliveryRepository(m_action.db()).create(d, m_action.actor());
        });
}
