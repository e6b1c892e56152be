// What waits for someone (issue 14, the window bar's counts and the desk's
// first rows): answers the desk has not picked up, referrals the program
// officer has not answered, and the case list split by whether an answer waits.
#include "ServicesTestSupport.h"

#include "services/CaseBrowser.h"
#include "services/CaseDesk.h"
#include "services/DeskQueries.h"
#include "services/OfficerDesk.h"

using namespace ServicesTest;

namespace {

qint64 referred(Fixture &f, qint64 serial)
{
    CaseDesk desk(f.db, *f.desk);
    const auto opened =
        desk.reception().openCase(Channel::Interview, Purpose::ServiceRequest, QString());
    REQUIRE(opened.ok());
    REQUIRE(desk.advance(opened->id).ok());
    REQUIRE(desk.information().registerBeneficiary(opened->id, beneficiary(serial)).ok());
    REQUIRE(desk.refer(opened->id, QStringLiteral("هل تستحق؟")).ok());
    return opened->id;
}

QVector<qint64> ids(const Result<CaseListPage> &page)
{
    REQUIRE(page.ok());
    QVector<qint64> out;
    for (const Case &c : page->cases)
        out << c.id;
    return out;
}

} // namespace

TEST_CASE("Answers and referrals waiting are counted, and the cases split by answer waiting",
          "[services][reads]")
{
    Fixture f;
    const DeskQueries queries(f.db, *f.desk);
    CHECK(queries.waitingWork()->answersToPickUp == 0);
    CHECK(queries.waitingWork()->referralsToAnswer == 0);

    const qint64 first = referred(f, 1);
    const qint64 second = referred(f, 2);
    const qint64 third = referred(f, 3);
    CHECK(queries.waitingWork()->referralsToAnswer == 3);
    CHECK(queries.waitingWork()->answersToPickUp == 0);

    REQUIRE(OfficerDesk(f.db, *f.officer).answerReferral(second, QStringLiteral("نعم")).ok());
    REQUIRE(OfficerDesk(f.db, *f.officer).answerReferral(third, QStringLiteral("لا")).ok());
    CHECK(queries.waitingWork()->referralsToAnswer == 1);
    CHECK(queries.waitingWork()->answersToPickUp == 2);

    const CaseBrowser cases(f.db, *f.desk);
    CaseFilter open;
    open.statuses = {CaseStatus::Open, CaseStatus::WaitingReferral};
    CaseFilter answered = open;
    answered.answerToPickUp = true;
    CaseFilter others = open;
    others.answerToPickUp = false;
    CHECK(ids(cases.page(answered, CasePageRequest())) == QVector<qint64>{second, third});
    CHECK(ids(cases.page(others, CasePageRequest())) == QVector<qint64>{first});
    CHECK(*cases.count(answered) == 2);
    CHECK(*cases.count(others) == 1);
    CHECK(*cases.count(open) == 3);

    // Picked up (the desk resumes the case): no longer waiting.
    REQUIRE(CaseDesk(f.db, *f.desk).advance(second).ok());
    CHECK(queries.waitingWork()->answersToPickUp == 1);
    CHECK(ids(cases.page(answered, CasePageRequest())) == QVector<qint64>{third});

    // Only for who may see cases.
    const Session nobody{User()};
    CHECK_FALSE(DeskQueries(f.db, nobody).waitingWork().ok());
}
