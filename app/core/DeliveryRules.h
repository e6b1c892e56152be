// What a delivery must say to be recorded (step 6): no negative quantity or
// amount, and something delivered, whether a quantity, an amount or a note.
#pragma once

#include "core/Case.h"
#include "core/Result.h"

#include <QCoreApplication>

class DeliveryRules final
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryRules)

public:
    // The first rule the delivery breaks, in words; its notes are read trimmed.
    static Status check(const Delivery &delivery);
};
