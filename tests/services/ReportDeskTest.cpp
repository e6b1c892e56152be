// ReportDesk: the manager's reporting actions, checked against the session's
// permissions before anything is read or written.
#include "ServicesTestSupport.h"

#include "services/ReportDesk.h"

using namespace ServicesTest;

TEST_CASE("Only the manager writes the month's recommendations", "[services][reports]")
{
    Fixture f;
    const ReportPeriod march = *ReportPeriod::gregorian(2025, 3);
    REQUIRE(ReportDesk(f.db, *f.manager).saveRecommendations(march, QStringLiteral("نص")).ok());
    CHECK(*ReportDesk(f.db, *f.manager).recommendations(march) == QStringLiteral("نص"));
    for (const Session *other : {f.desk.get(), f.officer.get()}) {
        const auto refused =
            ReportDesk(f.db, *other).saveRecommendations(march, QStringLiteral("x"));
        CHECK_FALSE(refused.ok());
    }
    CHECK(*ReportDesk(f.db, *f.manager).recommendations(march) == QStringLiteral("نص"));
}
