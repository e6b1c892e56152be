#include <catch2/catch.hpp>

#include "core/DeliveryRules.h"

namespace {

Delivery delivered(double quantity, qint64 amountHalalas, const QString &notes = QString())
{
    Delivery d;
    d.caseId = 5;
    d.serviceId = 7;
    d.quantity = quantity;
    d.amount = amountHalalas;
    d.notes = notes;
    return d;
}

} // namespace

TEST_CASE("A delivery's quantity and amount are never negative", "[core][delivery]")
{
    const QString negative = QStringLiteral("A quantity or an amount cannot be negative.");
    Status s = DeliveryRules::check(delivered(-1, 0));
    REQUIRE_FALSE(s.ok());
    CHECK(s.error() == negative);
    s = DeliveryRules::check(delivered(2, -50, QStringLiteral("سلة")));
    REQUIRE_FALSE(s.ok());
    CHECK(s.error() == negative);
    s = DeliveryRules::check(delivered(-0.5, 100));
    REQUIRE_FALSE(s.ok());
    CHECK(s.error() == negative);
}

TEST_CASE("A delivery records a quantity, an amount or a note", "[core][delivery]")
{
    const QString nothing =
        QStringLiteral("Record what was delivered: a quantity, an amount or a note.");
    Status s = DeliveryRules::check(delivered(0, 0));
    REQUIRE_FALSE(s.ok());
    CHECK(s.error() == nothing);
    s = DeliveryRules::check(delivered(0, 0, QStringLiteral(" \t ")));
    REQUIRE_FALSE(s.ok());
    CHECK(s.error() == nothing);

    CHECK(DeliveryRules::check(delivered(1, 0)).ok());
    CHECK(DeliveryRules::check(delivered(0.25, 0)).ok());
    CHECK(DeliveryRules::check(delivered(0, 1)).ok());
    CHECK(DeliveryRules::check(delivered(0, 0, QStringLiteral("سلة غذائية"))).ok());
}
