#include "ServicesTestSupport.h"

#include "services/CaseDesk.h"

using namespace ServicesTest;

TEST_CASE("Reception details can be corrected while the case is at reception", "[services][desk]")
{
    Fixture f;
    CaseDesk desk(f.db, *f.desk);
    const auto opened =
        desk.reception().openCase(Channel::Interview, Purpose::ServiceRequest, QString());
    REQUIRE(opened.ok());
    const qint64 id = opened->id;

    const auto corrected = desk.reception().updateReception(
        id, Channel::Interview, Purpose::Inquiry, QStringLiteral(" موعد "));
    INFO(corrected.error().toStdString());
    REQUIRE(corrected.ok());
    CHECK(corrected->purpose == Purpose::Inquiry);
    CHECK(corrected->inquiryText == QStringLiteral("موعد"));
    CHECK(corrected->queueNumber == opened->queueNumber);
    CHECK(corrected->arrivalAt == opened->arrivalAt);
    CHECK(f.auditCount(QStringLiteral("case.reception")) == 1);

    // Nothing changed: nothing written.
    REQUIRE(desk.reception()
                .updateReception(id, Channel::Interview, Purpose::Inquiry, QStringLiteral("موعد"))
                .ok());
    CHECK(f.auditCount(QStringLiteral("case.reception")) == 1);

    // Past reception it is refused in words.
    REQUIRE(desk.advance(id).ok());
    const auto late =
        desk.reception().updateReception(id, Channel::Letter, Purpose::Inquiry, QString());
    REQUIRE_FALSE(late.ok());
    CHECK(late.error().contains(QStringLiteral("Reception")));

    // A session that may not edit cases is refused.
    CaseDesk managerDesk(f.db, *f.manager);
    CHECK_FALSE(managerDesk.reception()
                    .updateReception(id, Channel::Letter, Purpose::Inquiry, QString())
                    .ok());
}
