// The case screen shows a person's record: opening a case of a known person
// leaves one person.view row naming the case (issue 13), refreshing it none.
#include "CasePageTestSupport.h"

#include <QSqlQuery>

using namespace CaseTest;

TEST_CASE("Opening a person's case on the case screen records that their data was seen, once",
          "[gui][wholooked]")
{
    ScreenFixture f;
    const qint64 id = f.caseAtVerification({u8("هيفاء"), u8("محمد"), u8("علي"), u8("الغامدي")},
                                           UiTest::nationalId(41));
    const qint64 person = f.context(id).beneficiary->id;
    auto views = [&f]() {
        QSqlQuery q(f.db().connection());
        REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                      "'person.view'")));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    };
    CasePage &s = f.open();
    const qint64 before = views();
    REQUIRE(s.openCase(id));
    CHECK(views() == before + 1);
    QSqlQuery q(f.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT user_id, entity_id, details FROM audit_log WHERE action "
                                  "= 'person.view' ORDER BY id DESC")));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == f.workspace->session().userId());
    CHECK(q.value(1).toLongLong() == person);
    CHECK(q.value(2).toString().contains(QStringLiteral("\"case\":%1").arg(id)));

    s.reload();
    CHECK(views() == before + 1);
}
