#include "core/DeliveryRules.h"

Status DeliveryRules::check(const Delivery &delivery)
{
    if (delivery.quantity < 0 || delivery.amount < 0)
        return Status::failure(tr("A quantity or an amount cannot be negative."));
    if (delivery.quantity == 0 && delivery.amount == 0 && delivery.notes.trimmed().isEmpty())
        return Status::failure(tr("Record what was delivered: a quantity, an amount or a note."));
    return Status::success();
}
