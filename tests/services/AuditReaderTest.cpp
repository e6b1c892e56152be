#include "ServicesTestSupport.h"

#include "services/AuditReader.h"
#include "services/CaseDesk.h"
#include "storage/AuditRepository.h"

using namespace ServicesTest;

TEST_CASE("The audit log is read by case, beneficiary, user and days", "[services][audit]")
{
    Fixture f;
    CaseDesk desk(f.db, *f.desk);
    // Two cases of two beneficiaries today, one yesterday.
    const Case first =
        ok(desk.reception().openCase(Channel::Interview, Purpose::ServiceRequest, QString()));
    const Beneficiary fatima =
        ok(desk.information().registerBeneficiary(first.id, beneficiary(21)));
    const Case second =
        ok(desk.reception().openCase(Channel::PhoneCall, Purpose::Inquiry, QString()));
    const Beneficiary other = ok(desk.information().registerBeneficiary(
        second.id, beneficiary(22, QStringLiteral("نورة"), QStringLiteral("العتيبي"))));
    f.clock.advanceSeconds(-24 * 3600);
    const Case yesterday =
        ok(desk.reception().openCase(Channel::Letter, Purpose::Inquiry, QString()));
    ok(desk.information().attachBeneficiary(yesterday.id, fatima.id));
    f.clock.advanceSeconds(24 * 3600);

    AuditReader reader(f.db, *f.manager);
    const auto all = ok(reader.page({}, 500, 0));
    REQUIRE(all.size() > 6);
    // Newest first.
    for (int i = 1; i < all.size(); ++i)
        CHECK(all.at(i - 1).at >= all.at(i).at);

    AuditFilter byCase;
    byCase.caseId = second.id;
    for (const AuditEntry &e : ok(reader.page(byCase, 100, 0))) {
        CHECK(e.entity == QStringLiteral("case"));
        CHECK(e.entityId == second.id);
    }
    CHECK_FALSE(ok(reader.page(byCase, 100, 0)).isEmpty());

    // The beneficiary's record and both of her cases, not the other's.
    AuditFilter byBeneficiary;
    byBeneficiary.beneficiaryId = fatima.id;
    QSet<qint64> cases;
    bool record = false;
    for (const AuditEntry &e : ok(reader.page(byBeneficiary, 100, 0))) {
        if (e.entity == QStringLiteral("case"))
            cases.insert(e.entityId);
        else if (e.entity == QStringLiteral("beneficiary") && e.entityId == fatima.id)
            record = true;
        CHECK_FALSE((e.entity == QStringLiteral("beneficiary") && e.entityId == other.id));
    }
    CHECK(record);
    CHECK(cases == QSet<qint64>{first.id, yesterday.id});

    AuditFilter byUser;
    byUser.userId = f.desk->userId();
    const auto mine = ok(reader.page(byUser, 100, 0));
    REQUIRE_FALSE(mine.isEmpty());
    for (const AuditEntry &e : mine)
        CHECK(e.userId == f.desk->userId());
    byUser.userId = f.officer->userId();
    CHECK(ok(reader.page(byUser, 100, 0)).isEmpty());

    // Yesterday at the desk only: the third case's opening.
    AuditFilter days;
    days.from = QDate(2026, 11, 21);
    days.to = QDate(2026, 11, 21);
    const auto onDay = ok(reader.page(days, 100, 0));
    REQUIRE_FALSE(onDay.isEmpty());
    for (const AuditEntry &e : onDay)
        CHECK(e.entityId == yesterday.id);
    days.to = QDate(2026, 11, 20);
    CHECK(reader.page(days, 100, 0).error().contains(QStringLiteral("before")));

    // Pages follow on without repeating.
    const auto page1 = ok(reader.page({}, 3, 0));
    const auto page2 = ok(reader.page({}, 3, 3));
    REQUIRE(page1.size() == 3);
    REQUIRE_FALSE(page2.isEmpty());
    CHECK(page2.first().id == all.at(3).id);

    CHECK(ok(reader.findBeneficiaries(beneficiary(21).idNumber)).first().id == fatima.id);
    CHECK(ok(reader.beneficiaryNames({fatima.id}))
              .value(fatima.id)
              .contains(QStringLiteral("فاطمة")));
    CHECK(ok(reader.users()).size() == 4);
    CHECK(ok(AuditReader(f.db, *f.admin).page({}, 1, 0)).size() == 1);
}

TEST_CASE("The desk and the program officer may not read the audit log", "[services][audit]")
{
    Fixture f;
    CHECK(AuditReader(f.db, *f.desk).page({}, 10, 0).error() ==
          QStringLiteral("A receptionist may not see the audit log; ask the manager or the "
                         "administrator."));
    CHECK(AuditReader(f.db, *f.desk).users().error().contains(QStringLiteral("audit log")));
    CHECK_FALSE(AuditReader(f.db, *f.desk).findBeneficiaries(QStringLiteral("فاطمة")).ok());
    CHECK(AuditReader(f.db, *f.officer).page({}, 10, 0).error() ==
          QStringLiteral("A program officer may not see the audit log; ask the manager or the "
                         "administrator."));
}
