#include <catch2/catch.hpp>

#include "ServicesTestSupport.h"

#include "services/FollowUpList.h"
#include "services/RestrictionDesk.h"
#include "storage/BeneficiaryRepository.h"
#include "storage/CaseRepository.h"
#include "storage/DeliveryRepository.h"
#include "storage/DocumentRepository.h"
#include "storage/ReferralRepository.h"

using ServicesTest::Fixture;
using ServicesTest::ok;

namespace {

struct Prepared
{
    qint64 activeBeneficiary = 0;
    qint64 dormantBeneficiary = 0;
    qint64 docSoon = 0, docLater = 0, docDormant = 0, docExpired = 0;
    qint64 pendingDelivery = 0, approvedDelivery = 0;
    qint64 owedCase = 0, closedCase = 0;
    qint64 answered = 0, pickedUp = 0, unanswered = 0;
};

Case makeCase(qint64 beneficiaryId, Step step, CaseStatus status, const QDateTime &arrival)
{
    Case c;
    c.beneficiaryId = beneficiaryId;
    c.purpose = Purpose::ServiceRequest;
    c.step = step;
    c.status = status;
    c.arrivalAt = arrival;
    c.serviceStartAt = arrival.addSecs(600);
    return c;
}

Prepared prepare(Fixture &f)
{
    Prepared p;
    BeneficiaryRepository people(f.db);
    CaseRepository cases(f.db);
    DocumentRepository documents(f.db);
    DeliveryRepository deliveries(f.db);
    ReferralRepository referrals(f.db);
    const QDateTime now = f.clock.nowUtc();
    const QDate today = f.clock.today();

    p.activeBeneficiary = people.create(ServicesTest::beneficiary(1), 0)->id;
    p.dormantBeneficiary =
        people.create(ServicesTest::beneficiary(2, QStringLiteral("سارة")), 0)->id;

    // The active beneficiary has an open case; the dormant one only an old, closed one.
    REQUIRE(cases.create(makeCase(p.activeBeneficiary, Step::Information, CaseStatus::Open, now), 0)
                .ok());
    REQUIRE(cases
                .create(makeCase(p.dormantBeneficiary, Step::Survey, CaseStatus::Closed,
                                 now.addDays(-400)),
                        0)
                .ok());

    auto doc = [&](qint64 who, const QString &type, const QDate &expiry) {
        Document d;
        d.beneficiaryId = who;
        d.typeCode = type;
        d.provided = true;
        d.expiry = expiry;
        return documents.save(d, 0)->id;
    };
    p.docSoon = doc(p.activeBeneficiary, QStringLiteral("id_card"), today.addDays(10));
    p.docLater = doc(p.activeBeneficiary, QStringLiteral("family_record"), today.addDays(45));
    p.docExpired = doc(p.activeBeneficiary, QStringLiteral("income_proof"), today.addDays(-3));
    p.docDormant = doc(p.dormantBeneficiary, QStringLiteral("id_card"), today.addDays(5));

    const qint64 served =
        cases
            .create(
                makeCase(p.activeBeneficiary, Step::Delivery, CaseStatus::Open, now.addDays(-6)), 0)
            ->id;
    Delivery pending;
    pending.caseId = served;
    pending.deliveredAt = now.addDays(-6);
    pending.quantity = 1;
    pending.awaitingApproval = true;
    p.pendingDelivery = deliveries.create(pending, 0)->id;
    Delivery approved = pending;
    approved.awaitingApproval = false;
    p.approvedDelivery = deliveries.create(approved, 0)->id;

    p.owedCase =
        cases
            .create(makeCase(p.activeBeneficiary, Step::Survey, CaseStatus::Open, now.addDays(-1)),
                    0)
            ->id;
    p.closedCase =
        cases
            .create(
                makeCase(p.activeBeneficiary, Step::Survey, CaseStatus::Closed, now.addDays(-1)), 0)
            ->id;

    const qint64 referred =
        cases
            .create(
                makeCase(p.activeBeneficiary, Step::Referral, CaseStatus::Open, now.addDays(-2)), 0)
            ->id;
    auto refer = [&](const QString &question) {
        Referral r;
        r.caseId = referred;
        r.question = question;
        r.referredAt = now.addDays(-2);
        return referrals.create(r, 0)->id;
    };
    p.answered = refer(QStringLiteral("q1"));
    REQUIRE(referrals.answer(p.answered, QStringLiteral("a1"), f.officer->userId()).ok());
    p.pickedUp = refer(QStringLiteral("q2"));
    REQUIRE(referrals.answer(p.pickedUp, QStringLiteral("a2"), f.officer->userId()).ok());
    REQUIRE(referrals.markPickedUp(p.pickedUp, f.desk->userId()).ok());
    p.unanswered = refer(QStringLiteral("q3"));
    return p;
}

bool contains(const QVector<FollowUp> &list, FollowUp::Kind kind, qint64 refId)
{
    return std::any_of(list.begin(), list.end(),
                       [&](const FollowUp &f) { return f.kind == kind && f.refId == refId; });
}

} // namespace

TEST_CASE("The follow-up list holds each kind when due and not otherwise", "[services][followups]")
{
    Fixture f;
    const Prepared p = prepare(f);
    FollowUpList list(f.db, *f.desk);
    const auto due = list.due(f.clock.today());
    REQUIRE(due.ok());

    using K = FollowUp::Kind;
    CHECK(contains(*due, K::DocumentExpiring, p.docSoon));
    CHECK(contains(*due, K::DocumentExpiring, p.docExpired));
    CHECK_FALSE(contains(*due, K::DocumentExpiring, p.docLater));   // beyond 30 days
    CHECK_FALSE(contains(*due, K::DocumentExpiring, p.docDormant)); // no open or recent service
    CHECK(contains(*due, K::ApprovalPending, p.pendingDelivery));
    CHECK_FALSE(contains(*due, K::ApprovalPending, p.approvedDelivery));
    CHECK(contains(*due, K::SurveyOwed, p.owedCase));
    CHECK_FALSE(contains(*due, K::SurveyOwed, p.closedCase));
    CHECK(contains(*due, K::ReferralAnswer, p.answered));
    CHECK_FALSE(contains(*due, K::ReferralAnswer, p.pickedUp));
    CHECK_FALSE(contains(*due, K::ReferralAnswer, p.unanswered));
    CHECK(due->size() == 5);

    // Overdue first: the approval due two working days after a delivery on
    // Monday 16 November (so Wednesday 18), then the document that expired on
    // Thursday 19.
    REQUIRE(due->size() >= 2);
    CHECK(due->at(0).kind == K::ApprovalPending);
    CHECK(due->at(0).due == QDate(2026, 11, 18));
    CHECK(due->at(1).refId == p.docExpired);
    CHECK(FollowUpList::isOverdue(due->at(1), f.clock.today()));
    for (int i = 1; i < due->size(); ++i)
        CHECK(due->at(i - 1).due <= due->at(i).due);
    const auto approval = std::find_if(
        due->begin(), due->end(), [](const FollowUp &x) { return x.kind == K::ApprovalPending; });
    CHECK(approval->due < f.clock.today());
}

TEST_CASE("A follow-up marked done with a note leaves the list and is audited",
          "[services][followups]")
{
    Fixture f;
    const Prepared p = prepare(f);
    FollowUpList list(f.db, *f.desk);
    auto due = list.due(f.clock.today());
    REQUIRE(due.ok());
    const auto owed = std::find_if(due->begin(), due->end(), [&](const FollowUp &x) {
        return x.kind == FollowUp::Kind::SurveyOwed && x.refId == p.owedCase;
    });
    REQUIRE(owed != due->end());

    CHECK(
        list.markDone(*owed, QStringLiteral("  ")).error().contains(QStringLiteral("Write what")));
    REQUIRE(list.markDone(*owed, QString::fromUtf8("اتصلنا ولم يرد")).ok());
    CHECK_FALSE(list.markDone(*owed, QStringLiteral("again")).ok());
    CHECK(f.auditCount(QStringLiteral("followup.done")) == 1);

    due = list.due(f.clock.today());
    REQUIRE(due.ok());
    CHECK_FALSE(contains(*due, FollowUp::Kind::SurveyOwed, p.owedCase));
    CHECK(due->size() == 4);

    // The administrator handles data requests, not the desk's cases: their
    // list holds none of the desk's items.
    FollowUpList byAdmin(f.db, *f.admin);
    CHECK(ok(byAdmin.due(f.clock.today())).isEmpty());
}

TEST_CASE("A restricted person is not followed up until the restriction is lifted",
          "[services][followups][restriction]")
{
    Fixture f;
    const Prepared p = prepare(f);
    FollowUpList list(f.db, *f.desk);
    REQUIRE(ok(list.due(f.clock.today())).size() == 5);

    // Every item of the list is the active beneficiary's: none is left while
    // their processing is restricted, and all come back when it is lifted.
    RestrictionDesk restrictions(f.db, *f.manager);
    ok(restrictions.restrict(p.activeBeneficiary, QStringLiteral("يعترض على بياناته")));
    CHECK(ok(list.due(f.clock.today())).isEmpty());
    ok(restrictions.lift(p.activeBeneficiary, QStringLiteral("سُوّي الاعتراض")));
    CHECK(ok(list.due(f.clock.today())).size() == 5);
}
