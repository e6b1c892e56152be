#include "ServicesTestSupport.h"

#include "services/DeskQueries.h"
#include "storage/BeneficiaryRepository.h"
#include "storage/CaseRepository.h"
#include "storage/DeliveryRepository.h"
#include "storage/ReferralRepository.h"

#include <QLocale>

using namespace ServicesTest;

namespace {

// Three open cases: Fatima's for a food basket, Salma's for monthly support,
// and a walk-in with neither beneficiary nor service yet.
struct Queues
{
    Fixture f;
    qint64 food = f.serviceId(QStringLiteral("food_basket"));
    qint64 monthly = f.serviceId(QStringLiteral("monthly_support"));
    qint64 fatimaCase = 0;
    qint64 salmaCase = 0;
    qint64 walkInCase = 0;

    Queues()
    {
        BeneficiaryRepository people(f.db);
        const qint64 fatima = ok(people.create(beneficiary(1), f.desk->userId())).id;
        const qint64 salma =
            ok(people.create(beneficiary(2, QStringLiteral("سلمى"), QStringLiteral("الدوسري")),
                             f.desk->userId()))
                .id;
        fatimaCase = openCase(fatima, food);
        salmaCase = openCase(salma, monthly);
        walkInCase = openCase(0, 0);
    }

    qint64 openCase(qint64 beneficiaryId, qint64 serviceId)
    {
        Case c;
        c.beneficiaryId = beneficiaryId;
        c.serviceId = serviceId;
        c.arrivalAt = f.clock.nowUtc().addSecs(-3 * 3600);
        c.inquiryText = QStringLiteral("طلب مساعدة");
        return ok(CaseRepository(f.db).create(c, f.desk->userId())).id;
    }

    QDateTime minutesAgo(int minutes) const { return f.clock.nowUtc().addSecs(-60 * minutes); }

    qint64 refer(qint64 caseId, int minutes)
    {
        Referral r;
        r.caseId = caseId;
        r.question = QStringLiteral("هل تستحق الأسرة الخدمة؟");
        r.referredAt = minutesAgo(minutes);
        return ok(ReferralRepository(f.db).create(r, f.desk->userId())).id;
    }

    qint64 deliver(qint64 caseId, qint64 serviceId, int minutes, bool awaitingApproval = true)
    {
        Delivery d;
        d.caseId = caseId;
        d.serviceId = serviceId;
        d.deliveredAt = minutesAgo(minutes);
        d.quantity = 1;
        d.awaitingApproval = awaitingApproval;
        return ok(DeliveryRepository(f.db).create(d, f.desk->userId())).id;
    }
};

// Sets the default locale for one scope (the service names follow it).
struct DefaultLocale
{
    QLocale before;
    explicit DefaultLocale(const QLocale &locale) { QLocale::setDefault(locale); }
    ~DefaultLocale() { QLocale::setDefault(before); }
};

const QString kFatima = QStringLiteral("فاطمة عبدالله سعد القحطاني");
const QString kSalma = QStringLiteral("سلمى عبدالله سعد الدوسري");

} // namespace

TEST_CASE("The referral queue lists the waiting referrals oldest first, each with its case, "
          "names and waiting time",
          "[services][officer]")
{
    Queues q;
    // Made out of time order: the queue follows when they were referred,
    // not the record numbers.
    const qint64 recent = q.refer(q.fatimaCase, 10);
    const qint64 oldest = q.refer(q.salmaCase, 45);
    const qint64 walkIn = q.refer(q.walkInCase, 20);
    const qint64 answered = q.refer(q.fatimaCase, 90);
    ok(ReferralRepository(q.f.db).answer(answered, QStringLiteral("نعم"), q.f.officer->userId()));

    const DefaultLocale arabic(QLocale(QLocale::Arabic, QLocale::SaudiArabia));
    const QVector<ReferralQueueItem> queue = ok(DeskQueries(q.f.db, *q.f.officer).referralQueue());
    REQUIRE(queue.size() == 3);

    CHECK(queue[0].referral.id == oldest);
    CHECK(queue[0].referral.caseId == q.salmaCase);
    CHECK(queue[0].theCase.id == q.salmaCase);
    CHECK(queue[0].theCase.serviceId == q.monthly);
    CHECK(queue[0].beneficiaryName == kSalma);
    CHECK(queue[0].serviceName == QStringLiteral("الإعانة الشهرية"));
    CHECK(queue[0].waitingSeconds == 45 * 60);

    CHECK(queue[1].referral.id == walkIn);
    CHECK(queue[1].theCase.id == q.walkInCase);
    CHECK(queue[1].beneficiaryName.isEmpty());
    CHECK(queue[1].serviceName.isEmpty());
    CHECK(queue[1].waitingSeconds == 20 * 60);

    CHECK(queue[2].referral.id == recent);
    CHECK(queue[2].referral.question == QStringLiteral("هل تستحق الأسرة الخدمة؟"));
    CHECK(queue[2].referral.referredBy == q.f.desk->userId());
    CHECK(queue[2].theCase.id == q.fatimaCase);
    CHECK(queue[2].beneficiaryName == kFatima);
    CHECK(queue[2].serviceName == QStringLiteral("السلة الغذائية"));
    CHECK(queue[2].waitingSeconds == 10 * 60);

    // A page of the queue.
    const QVector<ReferralQueueItem> page =
        ok(DeskQueries(q.f.db, *q.f.officer).referralQueue(1, 1));
    REQUIRE(page.size() == 1);
    CHECK(page[0].referral.id == walkIn);

    // On an English screen the service's English name.
    const DefaultLocale english(QLocale(QLocale::English, QLocale::UnitedStates));
    CHECK(ok(DeskQueries(q.f.db, *q.f.officer).referralQueue()).last().serviceName ==
          QStringLiteral("Food basket"));
}

TEST_CASE("The approval queue lists the deliveries waiting for approval oldest first, each with "
          "its case, the delivery's service and the waiting time",
          "[services][officer]")
{
    Queues q;
    const qint64 recent = q.deliver(q.fatimaCase, q.food, 5);
    // Delivered under another service than the case asked for: the
    // delivery's own is shown.
    const qint64 oldest = q.deliver(q.fatimaCase, q.monthly, 50);
    const qint64 salmas = q.deliver(q.salmaCase, q.monthly, 15);
    q.deliver(q.salmaCase, q.monthly, 70, false); // needs no approval

    const DefaultLocale arabic(QLocale(QLocale::Arabic, QLocale::SaudiArabia));
    const QVector<ApprovalQueueItem> queue = ok(DeskQueries(q.f.db, *q.f.officer).approvalQueue());
    REQUIRE(queue.size() == 3);

    CHECK(queue[0].delivery.id == oldest);
    CHECK(queue[0].delivery.serviceId == q.monthly);
    CHECK(queue[0].theCase.id == q.fatimaCase);
    CHECK(queue[0].theCase.serviceId == q.food);
    CHECK(queue[0].beneficiaryName == kFatima);
    CHECK(queue[0].serviceName == QStringLiteral("الإعانة الشهرية"));
    CHECK(queue[0].waitingSeconds == 50 * 60);

    CHECK(queue[1].delivery.id == salmas);
    CHECK(queue[1].theCase.id == q.salmaCase);
    CHECK(queue[1].beneficiaryName == kSalma);
    CHECK(queue[1].waitingSeconds == 15 * 60);

    CHECK(queue[2].delivery.id == recent);
    CHECK(queue[2].delivery.awaitingApproval);
    CHECK(queue[2].delivery.quantity == 1);
    CHECK(queue[2].delivery.deliveredBy == q.f.desk->userId());
    CHECK(queue[2].beneficiaryName == kFatima);
    CHECK(queue[2].serviceName == QStringLiteral("السلة الغذائية"));
    CHECK(queue[2].waitingSeconds == 5 * 60);

    const QVector<ApprovalQueueItem> page =
        ok(DeskQueries(q.f.db, *q.f.officer).approvalQueue(2, 1));
    REQUIRE(page.size() == 2);
    CHECK(page[0].delivery.id == salmas);
    CHECK(page[1].delivery.id == recent);
}

TEST_CASE("Reading the officer's queues needs the right to view cases", "[services][officer]")
{
    Queues q;
    q.refer(q.fatimaCase, 10);
    q.deliver(q.fatimaCase, q.food, 5);
    const auto referrals = DeskQueries(q.f.db, *q.f.admin).referralQueue();
    REQUIRE_FALSE(referrals.ok());
    CHECK(referrals.error().startsWith(QStringLiteral("An administrator")));
    const auto approvals = DeskQueries(q.f.db, *q.f.admin).approvalQueue();
    REQUIRE_FALSE(approvals.ok());
    CHECK(approvals.error().startsWith(QStringLiteral("An administrator")));
}
