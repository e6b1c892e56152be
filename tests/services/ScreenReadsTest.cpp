// The services the window reads through (issue 12: screens talk to services
// only): what a list, a person's file, the search and the history show comes
// from them, and each refuses a session that may not read it.
#include "ServicesTestSupport.h"

#include "services/BeneficiaryRecords.h"
#include "services/CaseBrowser.h"
#include "services/CaseDesk.h"
#include "services/StaffDirectory.h"
#include "storage/BeneficiaryRepository.h"

using namespace ServicesTest;

TEST_CASE("The window's reads go through services that check who reads", "[services][reads]")
{
    Fixture f;
    const auto person = BeneficiaryRepository(f.db).create(beneficiary(1), f.desk->userId());
    REQUIRE(person.ok());
    const auto opened = CaseDesk(f.db, *f.desk)
                            .reception()
                            .openCase(Channel::Interview, Purpose::Inquiry, QStringLiteral("سؤال"));
    REQUIRE(opened.ok());

    SECTION("the front desk reads them")
    {
        const CaseBrowser cases(f.db, *f.desk);
        const auto page = cases.page(CaseFilter(), CasePageRequest());
        REQUIRE(page.ok());
        REQUIRE(page->cases.size() == 1);
        CHECK(page->cases.first().id == opened->id);
        CHECK(*cases.count(CaseFilter()) == 1);
        CHECK(cases.history(opened->id).ok()); // no step taken yet
        CHECK(cases.referrals(opened->id)->isEmpty());
        CHECK(cases.beneficiaryNames({person->id})->value(person->id) == person->name.full());
        CHECK(cases.answersToPickUp({opened->id})->isEmpty());

        const BeneficiaryRecords people(f.db, *f.desk);
        CHECK(people.get(person->id)->id == person->id);
        CHECK(people.documents(person->id).ok());
        const auto found = people.find(person->name.first, 10);
        REQUIRE(found.ok());
        REQUIRE(found->size() == 1);
        CHECK(found->first().id == person->id);

        const StaffDirectory staff(f.db, *f.desk);
        CHECK(*staff.name(f.officer->userId()) == QStringLiteral("خالد البرامج"));
        CHECK(staff.names()->value(f.manager->userId()) == QStringLiteral("المدير"));
        CHECK(staff.name(0)->isEmpty());
    }

    SECTION("nobody signed in reads nothing")
    {
        const Session nobody{User()};
        const CaseBrowser cases(f.db, nobody);
        CHECK_FALSE(cases.page(CaseFilter(), CasePageRequest()).ok());
        CHECK_FALSE(cases.count(CaseFilter()).ok());
        CHECK_FALSE(cases.history(opened->id).ok());
        CHECK_FALSE(cases.referrals(opened->id).ok());
        CHECK_FALSE(cases.beneficiaryNames({person->id}).ok());
        CHECK_FALSE(cases.answersToPickUp({opened->id}).ok());
        const BeneficiaryRecords people(f.db, nobody);
        CHECK_FALSE(people.get(person->id).ok());
        CHECK_FALSE(people.documents(person->id).ok());
        CHECK_FALSE(people.find(person->name.first, 10).ok());
        const StaffDirectory staff(f.db, nobody);
        CHECK_FALSE(staff.name(f.officer->userId()).ok());
        CHECK_FALSE(staff.names().ok());
    }
}
