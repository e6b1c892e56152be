#include "ServicesTestSupport.h"

#include "services/CaseDesk.h"
#include "services/EligibilityReview.h"
#include "services/OfficerDesk.h"

using namespace ServicesTest;

namespace {

// A food-basket case at verification; an income of 9,000 SAR for five is
// 1,800 a member, over the basket's 1,200.
qint64 atVerification(Fixture &f, CaseDesk &desk, qint64 serial, qint64 incomeRiyals)
{
    const Case c =
        ok(desk.reception().openCase(Channel::Interview, Purpose::ServiceRequest, QString()));
    ok(desk.advance(c.id));
    Beneficiary b = beneficiary(serial);
    b.monthlyIncome = incomeRiyals * 100;
    ok(desk.information().registerBeneficiary(c.id, b));
    ok(desk.information().chooseService(c.id, f.serviceId(QStringLiteral("food_basket"))));
    Document card;
    card.typeCode = QStringLiteral("id_card");
    card.provided = true;
    card.expiry = QDate(2027, 11, 1);
    Document family = card;
    family.typeCode = QStringLiteral("family_record");
    ok(desk.information().saveDocuments(c.id, {card, family}));
    ok(desk.advance(c.id));
    return c.id;
}

} // namespace

TEST_CASE("The eligibility review lists cases at verification whose rules fail, not overridden",
          "[services][eligibility]")
{
    Fixture f;
    CaseDesk desk(f.db, *f.desk);
    const qint64 blocked = atVerification(f, desk, 1, 9000);
    f.clock.advanceSeconds(60);
    const qint64 passing = atVerification(f, desk, 2, 3000);
    f.clock.advanceSeconds(60);
    const qint64 overridden = atVerification(f, desk, 3, 9000);
    ok(OfficerDesk(f.db, *f.officer).overrideEligibility(overridden, QStringLiteral("ظروف خاصة")));
    f.clock.advanceSeconds(60);
    const qint64 later = atVerification(f, desk, 4, 9000);
    // Still at information: not the review's business.
    const Case early =
        ok(desk.reception().openCase(Channel::Interview, Purpose::ServiceRequest, QString()));

    EligibilityReview review(f.db, *f.officer);
    const EligibilityReviewPage all = ok(review.blocked());
    REQUIRE(all.items.size() == 2);
    CHECK(all.items.at(0).theCase.id == blocked);
    CHECK(all.items.at(1).theCase.id == later);
    CHECK_FALSE(all.next.has_value());
    const EligibilityReviewItem &item = all.items.first();
    CHECK(item.beneficiaryName.startsWith(QStringLiteral("فاطمة")));
    CHECK(item.rulesVersion == 1);
    REQUIRE(item.failed.size() == 1);
    CHECK(item.failed.first().rule.kind == EligibilityRule::Kind::IncomePerMemberCeiling);
    CHECK_FALSE(item.failed.first().reason.isEmpty());
    for (const EligibilityReviewItem &i : all.items) {
        CHECK(i.theCase.id != passing);
        CHECK(i.theCase.id != overridden);
        CHECK(i.theCase.id != early.id);
    }

    // Page by page, going on where the last page stopped.
    const EligibilityReviewPage first = ok(review.blocked(1));
    REQUIRE(first.items.size() == 1);
    CHECK(first.items.first().theCase.id == blocked);
    REQUIRE(first.next.has_value());
    const EligibilityReviewPage second = ok(review.blocked(1, first.next));
    REQUIRE(second.items.size() == 1);
    CHECK(second.items.first().theCase.id == later);

    // Reading needs the right to see cases.
    const auto refused = EligibilityReview(f.db, *f.admin).blocked();
    CHECK_FALSE(refused.ok());
}
