#include <catch2/catch.hpp>

#include "ServicesTestSupport.h"

#include "services/DataRequestDesk.h"
#include "services/FollowUpList.h"
#include "storage/AuditRepository.h"
#include "storage/BeneficiaryRepository.h"

using ServicesTest::Fixture;
using ServicesTest::ok;

namespace {

DataRequest request(qint64 beneficiaryId, const QDate &receivedOn,
                    DataRequest::Kind kind = DataRequest::Kind::Copy)
{
    DataRequest r;
    r.beneficiaryId = beneficiaryId;
    r.kind = kind;
    r.channel = Channel::PhoneCall;
    r.receivedOn = receivedOn;
    r.details = QString::fromUtf8("\u202Eتطلب نسخة من بياناتها  ");
    return r;
}

qint64 person(Fixture &f, qint64 serial = 1)
{
    return ok(BeneficiaryRepository(f.db).create(ServicesTest::beneficiary(serial), 0)).id;
}

std::optional<FollowUp> dataRequestItem(const QVector<FollowUp> &items, qint64 requestId)
{
    for (const FollowUp &i : items) {
        if (i.kind == FollowUp::Kind::DataRequestDue && i.refId == requestId)
            return i;
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("A data request is recorded with its due date and closed with what was done",
          "[services]")
{
    Fixture f;
    const qint64 who = person(f);
    DataRequestDesk desk(f.db, *f.manager);
    const QDate received = f.clock.today().addDays(-3);

    const DataRequest made = ok(desk.record(request(who, received)));
    CHECK(made.id > 0);
    CHECK(made.version == 1);
    CHECK(made.dueOn == received.addDays(30));
    CHECK(made.details == QString::fromUtf8("تطلب نسخة من بياناتها"));
    CHECK(made.recordedBy == f.manager->userId());
    CHECK(made.isOpen());

    const DataRequest stored = ok(desk.get(made.id));
    CHECK(stored.beneficiaryId == who);
    CHECK(stored.kind == DataRequest::Kind::Copy);
    CHECK(stored.channel == Channel::PhoneCall);
    CHECK(stored.receivedOn == received);
    CHECK(stored.dueOn == received.addDays(30));

    AuditQuery aboutIt;
    aboutIt.entity = QStringLiteral("data_request");
    aboutIt.entityId = made.id;
    const auto audit = ok(AuditRepository(f.db).query(aboutIt));
    REQUIRE(audit.size() == 1);
    CHECK(audit.first().action == QStringLiteral("data_request.create"));
    // Codes and dates only: nothing the person said.
    const QString details = audit.first().details;
    CHECK_FALSE(details.contains(QString::fromUtf8("نسخة")));
    CHECK(details.contains(QStringLiteral("copy")));

    SECTION("closing needs an outcome and the version read")
    {
        CHECK(desk.close(made.id, made.version, QStringLiteral("  \u200F "))
                  .error()
                  .contains(QStringLiteral("Write what was done")));
        CHECK(desk.close(made.id, made.version, QString(DataRequestDesk::maxTextLength + 1, 'x'))
                  .error()
                  .contains(QStringLiteral("too long")));
        CHECK(f.auditCount(QStringLiteral("data_request.close")) == 0);
        // A version other than the one stored is a stale copy.
        const auto stale = desk.close(made.id, made.version + 1, QStringLiteral("done"));
        CHECK(stale.status().code() == Status::Code::Stale);
        CHECK(stale.error().contains(QStringLiteral("Someone else changed")));
        CHECK(ok(desk.get(made.id)).isOpen());
        CHECK(f.auditCount(QStringLiteral("data_request.close")) == 0);

        const DataRequest closed =
            ok(desk.close(made.id, made.version, QString::fromUtf8("سُلّمت النسخة باليد")));
        CHECK_FALSE(closed.isOpen());
        CHECK(closed.closedBy == f.manager->userId());
        CHECK(closed.outcome == QString::fromUtf8("سُلّمت النسخة باليد"));
        CHECK(closed.version == 2);
        CHECK(f.auditCount(QStringLiteral("data_request.close")) == 1);

        // A second close from the same stale copy is refused, saying so.
        const auto again =
            DataRequestDesk(f.db, *f.admin).close(made.id, made.version, QStringLiteral("again"));
        CHECK(again.status().code() == Status::Code::Stale);
        CHECK(again.error().contains(QStringLiteral("already closed")));
        CHECK(ok(desk.get(made.id)).outcome == QString::fromUtf8("سُلّمت النسخة باليد"));
        CHECK(f.auditCount(QStringLiteral("data_request.close")) == 1);
    }
    SECTION("the lists: open, closed, all, by person, paged")
    {
        const qint64 other = person(f, 2);
        const DataRequest second =
            ok(desk.record(request(other, received.addDays(-1), DataRequest::Kind::Destruction)));
        const DataRequest third = ok(desk.record(request(who, received)));
        REQUIRE(desk.close(third.id, third.version, QStringLiteral("done")).ok());

        const auto open = ok(desk.list({}));
        REQUIRE(open.size() == 2);
        CHECK(open[0].request.id == second.id); // due first
        CHECK(open[1].request.id == made.id);
        CHECK(open[0].beneficiaryName.contains(QString::fromUtf8("فاطمة")));
        DataRequestQuery closedOnly;
        closedOnly.state = DataRequestQuery::State::Closed;
        const auto closed = ok(desk.list(closedOnly));
        REQUIRE(closed.size() == 1);
        CHECK(closed[0].request.id == third.id);
        DataRequestQuery all;
        all.state = DataRequestQuery::State::All;
        CHECK(ok(desk.list(all)).size() == 3);
        all.beneficiaryId = who;
        CHECK(ok(desk.list(all)).size() == 2);
        all.beneficiaryId = 0;
        all.limit = 2;
        all.offset = 2;
        const auto lastPage = ok(desk.list(all));
        REQUIRE(lastPage.size() == 1);
        CHECK(lastPage[0].request.id == third.id);
    }
}

TEST_CASE("A data request is refused in words and nothing is written", "[services]")
{
    Fixture f;
    const qint64 who = person(f);
    const QDate today = f.clock.today();
    DataRequestDesk desk(f.db, *f.admin);
    auto refused = [&](DataRequestDesk by, const DataRequest &r, const char *reason) {
        const auto before = f.scalar(QStringLiteral("SELECT COUNT(*) FROM data_requests"));
        const auto result = by.record(r);
        INFO(result.error().toStdString());
        CHECK_FALSE(result.ok());
        CHECK(result.error().contains(QString::fromUtf8(reason)));
        CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM data_requests")) == before);
    };

    refused(DataRequestDesk(f.db, *f.desk), request(who, today), "A receptionist");
    refused(DataRequestDesk(f.db, *f.officer), request(who, today), "A program officer");
    refused(desk, request(0, today), "Choose the person");
    refused(desk, request(who + 100, today), "no beneficiary");
    refused(desk, request(who, today.addDays(1)), "after today");
    refused(desk, request(who, today.addDays(-DataRequestDesk::oldestReceivedDays - 1)),
            "more than a year ago");
    refused(desk, request(who, QDate()), "Enter the day");
    DataRequest longDetails = request(who, today);
    longDetails.details = QString(DataRequestDesk::maxTextLength + 1, QChar(0x0628));
    refused(desk, longDetails, "too long");
    DataRequest badKind = request(who, today);
    badKind.kind = DataRequest::Kind(42);
    refused(desk, badKind, "Choose what");

    // Nothing of an anonymised person is left to answer about.
    QSqlQuery q(f.db.connection());
    REQUIRE(q.prepare(QStringLiteral("UPDATE beneficiaries SET anonymised_at = ? WHERE id = ?")));
    q.addBindValue(f.clock.nowUtc().addDays(-2).toMSecsSinceEpoch());
    q.addBindValue(who);
    REQUIRE(q.exec());
    refused(desk, request(who, today, DataRequest::Kind::Destruction), "was destroyed");

    // Reading and closing need the permission too.
    CHECK_FALSE(DataRequestDesk(f.db, *f.desk).list({}).ok());
    CHECK_FALSE(DataRequestDesk(f.db, *f.desk).close(1, 1, QStringLiteral("x")).ok());
    CHECK(f.auditCount(QStringLiteral("data_request.create")) == 0);
}

TEST_CASE("Requests fall due in follow-ups on the right day", "[services]")
{
    Fixture f;
    const qint64 who = person(f);
    const QDate received = f.clock.today(); // day D
    const DataRequest made = ok(DataRequestDesk(f.db, *f.manager).record(request(who, received)));
    const QDate due = received.addDays(DataRequest::answerDays);
    const QTime morning(6, 0);
    auto itemOn = [&](const Session &session, const QDate &day) {
        f.clock.set(QDateTime(day, morning, QTimeZone::utc()));
        return dataRequestItem(ok(FollowUpList(f.db, session).due(day)), made.id);
    };

    // Silent until a week before D+30, then due; overdue from D+31.
    const QDate firstDay = due.addDays(-FollowUp::dataRequestNoticeDays);
    CHECK_FALSE(itemOn(*f.manager, received));
    CHECK_FALSE(itemOn(*f.manager, firstDay.addDays(-1)));
    const auto shown = itemOn(*f.manager, firstDay);
    REQUIRE(shown);
    CHECK(shown->due == due);
    CHECK(shown->beneficiaryId == who);
    CHECK(shown->subject == QStringLiteral("copy"));
    CHECK_FALSE(FollowUpList::isOverdue(*shown, firstDay));
    const auto onTheDay = itemOn(*f.manager, due);
    REQUIRE(onTheDay);
    CHECK_FALSE(FollowUpList::isOverdue(*onTheDay, due));
    const auto late = itemOn(*f.admin, due.addDays(1));
    REQUIRE(late);
    CHECK(FollowUpList::isOverdue(*late, due.addDays(1)));

    // The desk does not handle data requests: not in its list.
    CHECK_FALSE(itemOn(*f.desk, due.addDays(1)));

    // Marking it done there closes the request, with the note as its outcome.
    FollowUpList list(f.db, *f.manager);
    CHECK(list.markDone(*late, QStringLiteral(" ")).error().contains(QStringLiteral("Write what")));
    CHECK_FALSE(FollowUpList(f.db, *f.desk).markDone(*late, QStringLiteral("x")).ok());
    REQUIRE(list.markDone(*late, QString::fromUtf8("أُرسلت النسخة")).ok());
    const DataRequest closed = ok(DataRequestDesk(f.db, *f.manager).get(made.id));
    CHECK_FALSE(closed.isOpen());
    CHECK(closed.outcome == QString::fromUtf8("أُرسلت النسخة"));
    CHECK(f.auditCount(QStringLiteral("data_request.close")) == 1);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM follow_ups_done")) == 0);
    CHECK_FALSE(itemOn(*f.manager, due.addDays(2)));
}
