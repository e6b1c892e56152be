#include <catch2/catch.hpp>

#include "ServicesTestSupport.h"

#include "core/ProgramRequestFlow.h"
#include "services/OrganisationDirectory.h"
#include "services/ProgramKindCatalogue.h"
#include "services/ProgramRequestDesk.h"
#include "services/RestrictionDesk.h"
#include "storage/AuditRepository.h"
#include "storage/BeneficiaryRepository.h"

using ServicesTest::Fixture;
using ServicesTest::ok;
using State = ProgramRequest::State;

namespace {

Organisation mosque(const QString &name = QStringLiteral("جامع الإمام تركي بن عبدالله"))
{
    Organisation o;
    o.name = name;
    o.kind = OrganisationKind::Mosque;
    o.contactPerson = QStringLiteral("الشيخ عبدالرحمن");
    o.contactPhone = QStringLiteral("0501234567");
    return o;
}

ProgramRequest lectures(Fixture &f, qint64 organisationId)
{
    ProgramRequest r;
    r.organisationId = organisationId;
    r.channel = Channel::Letter;
    r.programKindId = ok(ProgramKindCatalogue(f.db, *f.desk).list()).first().id;
    r.audience = QStringLiteral("جماعة المسجد");
    r.expectedParticipants = 150;
    r.place = QStringLiteral("الجامع");
    r.proposedFrom = f.clock.today().addDays(30);
    r.proposedTo = f.clock.today().addDays(59);
    r.letterNumber = QStringLiteral("1447/12");
    r.letterDate = f.clock.today().addDays(-4);
    r.attachments = {{QStringLiteral("خطاب الطلب"), true}};
    return r;
}

QStringList auditActions(Fixture &f, const QString &entity, qint64 id)
{
    AuditQuery q;
    q.entity = entity;
    q.entityId = id;
    QStringList out;
    for (const AuditEntry &e : ok(AuditRepository(f.db).query(q)))
        out << e.action;
    return out;
}

} // namespace

TEST_CASE("The desk adds an organisation once, found again by any spelling", "[services][programs]")
{
    Fixture f;
    OrganisationDirectory directory(f.db, *f.desk);
    const Organisation added = ok(directory.add(mosque()));
    CHECK(added.contactPhone == QStringLiteral("+966501234567"));
    CHECK(auditActions(f, QStringLiteral("organisation"), added.id) ==
          QStringList{QStringLiteral("organisation.create")});

    const auto found = ok(directory.find(QStringLiteral("جامع الامام تركي")));
    REQUIRE(found.size() == 1);
    CHECK(found.first().organisation.id == added.id);
    // The manager finds it too, to decide on its requests.
    CHECK(ok(OrganisationDirectory(f.db, *f.manager).find(QStringLiteral("تركي"))).size() == 1);

    // The same name in another spelling is the same organisation.
    const auto again = directory.add(mosque(QStringLiteral("جامع الامام  تركى بن عبد الله")));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error() == QStringLiteral("\"جامع الإمام تركي بن عبدالله\" is already recorded as "
                                          "organisation %1 (Mosque); choose it rather than adding "
                                          "it again.")
                               .arg(added.id));

    Organisation corrected = added;
    corrected.contactPhone = QStringLiteral("12");
    CHECK(directory.edit(corrected).error().startsWith(QStringLiteral("The contact phone: ")));
    corrected.contactPhone = QStringLiteral("+966 11 234 5678");
    const Organisation saved = ok(directory.edit(corrected));
    CHECK(saved.contactPhone == QStringLiteral("+966112345678"));
    CHECK(saved.version == 2);
}

TEST_CASE("Only the desk and the program officer add organisations, the admin finds none",
          "[services][programs]")
{
    Fixture f;
    CHECK(OrganisationDirectory(f.db, *f.manager).add(mosque()).error() ==
          QStringLiteral("A manager may not receive a program request or record its requester; "
                         "ask the receptionist or the program officer."));
    CHECK_FALSE(OrganisationDirectory(f.db, *f.admin).find(QStringLiteral("جامع")).ok());
    CHECK(ok(OrganisationDirectory(f.db, *f.officer).add(mosque())).id > 0);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM organisations")) == 1);
}

TEST_CASE("A mosque's request is received, declared and listed by state", "[services][programs]")
{
    Fixture f;
    const Organisation org = ok(OrganisationDirectory(f.db, *f.desk).add(mosque()));
    ProgramRequestDesk desk(f.db, *f.desk);
    const ProgramRequest received = ok(desk.receive(lectures(f, org.id)));
    CHECK(received.state == State::Received);
    CHECK(received.receivedBy == f.desk->userId());
    CHECK(received.receivedAt == f.clock.nowUtc());

    // Declared on paper by the imam, recorded by the desk.
    const auto tooEarly =
        desk.recordDeclaration(received.id, received.version, QStringLiteral("الشيخ عبدالرحمن"),
                               f.clock.today().addDays(-1));
    CHECK(tooEarly.error().contains(QStringLiteral("before the request was received")));
    const ProgramRequest declared = ok(desk.recordDeclaration(
        received.id, received.version, QStringLiteral("الشيخ عبدالرحمن"), f.clock.today()));
    CHECK(declared.state == State::Declared);
    CHECK(declared.declarationRecordedBy == f.desk->userId());
    // A second declaration is not a step the request can take.
    CHECK(
        desk.recordDeclaration(declared.id, declared.version, QStringLiteral("س"), f.clock.today())
            .error()
            .contains(QStringLiteral("cannot become \"Declaration signed\"")));
    CHECK(auditActions(f, QStringLiteral("program_request"), received.id).size() == 2);

    ProgramRequestQuery query;
    query.states = {State::Declared};
    // The officer, who studies them next, and the manager read the list.
    for (const Session *reader : {f.officer.get(), f.manager.get()}) {
        const auto listed = ok(ProgramRequestDesk(f.db, *reader).list(query));
        REQUIRE(listed.size() == 1);
        CHECK(listed.first().requesterName == org.name);
    }
    query.states = {State::Received};
    CHECK(ok(desk.list(query)).isEmpty());
    CHECK(ProgramRequestDesk(f.db, *f.admin)
              .list(query)
              .error()
              .startsWith(QStringLiteral("An administrator may not receive a program request")));
}

TEST_CASE("A request is refused in words and nothing is kept", "[services][programs]")
{
    Fixture f;
    const Organisation org = ok(OrganisationDirectory(f.db, *f.desk).add(mosque()));
    ProgramRequestDesk desk(f.db, *f.desk);

    CHECK(ProgramRequestDesk(f.db, *f.manager).receive(lectures(f, org.id)).error() ==
          QStringLiteral("A manager may not receive a program request or record its requester; "
                         "ask the receptionist or the program officer."));
    ProgramRequest r = lectures(f, org.id + 50);
    CHECK(desk.receive(r).error() ==
          QStringLiteral("There is no organisation number %1.").arg(org.id + 50));
    r = lectures(f, org.id);
    r.audience.clear();
    CHECK(desk.receive(r).error() == QStringLiteral("The audience: this is required; fill it in."));
    r = lectures(f, org.id);
    r.letterDate = f.clock.today().addDays(2);
    CHECK(desk.receive(r).error().contains(QStringLiteral("cannot be dated after today")));

    // A kind the manager retired is no longer offered.
    ProgramKindCatalogue catalogue(f.db, *f.manager);
    ProgramKind visit = ok(catalogue.list()).at(3);
    visit.active = false;
    ok(catalogue.edit(visit));
    r = lectures(f, org.id);
    r.programKindId = visit.id;
    CHECK(desk.receive(r).error().contains(QStringLiteral("is no longer offered")));

    // A person whose processing is restricted cannot be made a requester.
    const qint64 person =
        ok(BeneficiaryRepository(f.db).create(ServicesTest::beneficiary(3), 0)).id;
    ok(RestrictionDesk(f.db, *f.manager).restrict(person, QStringLiteral("طلبت التقييد")));
    r = lectures(f, 0);
    r.beneficiaryId = person;
    CHECK_FALSE(desk.receive(r).ok());

    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM program_requests")) == 0);
}

TEST_CASE("A person may ask for a program, received by the program officer", "[services][programs]")
{
    Fixture f;
    const qint64 person =
        ok(BeneficiaryRepository(f.db).create(ServicesTest::beneficiary(8), 0)).id;
    ProgramRequest r;
    r.beneficiaryId = person;
    r.channel = Channel::Interview;
    r.programText = QStringLiteral("دورة في تعليم القرآن للنساء");
    r.audience = QStringLiteral("نساء الحي");
    const ProgramRequest made = ok(ProgramRequestDesk(f.db, *f.officer).receive(r));
    CHECK(made.beneficiaryId == person);
    CHECK(made.organisationId == 0);
    CHECK(ok(ProgramRequestDesk(f.db, *f.officer).get(made.id)).programText == r.programText);
}

TEST_CASE("The manager keeps the program kinds, the desk only reads them", "[services][programs]")
{
    Fixture f;
    ProgramKind seminar;
    seminar.nameAr = QStringLiteral("ندوة");
    seminar.nameEn = QStringLiteral("Seminar");
    CHECK(ProgramKindCatalogue(f.db, *f.desk)
              .add(seminar)
              .error()
              .startsWith(QStringLiteral("A receptionist may not change the services")));
    ProgramKindCatalogue catalogue(f.db, *f.manager);
    const ProgramKind added = ok(catalogue.add(seminar));
    CHECK(ok(ProgramKindCatalogue(f.db, *f.desk).list()).last().id == added.id);
    ProgramKind twin;
    twin.nameAr = QStringLiteral("محاضره");
    CHECK(catalogue.add(twin).error() ==
          QStringLiteral("Another program kind is already called \"محاضرة\"."));
}
