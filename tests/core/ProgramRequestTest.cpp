#include "CatchQt.h"

#include "core/Organisation.h"
#include "core/ProgramKind.h"
#include "core/ProgramRequestFlow.h"
#include "core/ProgramRequestRules.h"

namespace {

using State = ProgramRequest::State;
using Decision = ProgramRequest::Decision;

const QDate kToday(2026, 11, 22);

ProgramRequest valid()
{
    ProgramRequest r;
    r.organisationId = 4;
    r.channel = Channel::Letter;
    r.programKindId = 1;
    r.audience = QStringLiteral("  جماعة المسجد \u202E ");
    r.expectedParticipants = 80;
    r.place = QStringLiteral("جامع النور");
    r.proposedFrom = kToday.addDays(20);
    r.proposedTo = kToday.addDays(24);
    r.letterNumber = QStringLiteral("45/ب");
    r.letterDate = kToday.addDays(-3);
    r.attachments = {{QStringLiteral("خطاب الطلب"), true}, {QStringLiteral("برنامج مقترح"), false}};
    return r;
}

User with(Role role)
{
    User u;
    u.id = 3;
    u.username = QStringLiteral("someone");
    u.roles = {role};
    return u;
}

QString refusal(ProgramRequest r)
{
    const Status s = ProgramRequestRules::check(r, kToday);
    return s.ok() ? QString() : s.error();
}

} // namespace

TEST_CASE("A valid program request passes, its texts cleaned", "[core][programs]")
{
    ProgramRequest r = valid();
    const Status s = ProgramRequestRules::check(r, kToday);
    INFO(s.error().toStdString());
    REQUIRE(s.ok());
    CHECK(r.audience == QStringLiteral("جماعة المسجد"));

    ProgramRequest person = valid();
    person.organisationId = 0;
    person.beneficiaryId = 9;
    person.programKindId = 0;
    person.programText = QStringLiteral("دورة في التجويد");
    person.proposedFrom = {};
    person.proposedTo = {};
    person.letterNumber.clear();
    person.letterDate = {};
    CHECK(ProgramRequestRules::check(person, kToday).ok());
}

TEST_CASE("Each wrong field of a program request is refused in words", "[core][programs]")
{
    ProgramRequest r = valid();
    r.organisationId = 0;
    CHECK(refusal(r) == QStringLiteral("Choose who asks: an organisation or a person."));
    r.beneficiaryId = 5;
    r.organisationId = 4;
    CHECK(refusal(r).contains(QStringLiteral("not both")));

    r = valid();
    r.programKindId = 0;
    CHECK(refusal(r).contains(QStringLiteral("describe it in words")));
    r.programText = QString(151, QChar(0x0645));
    CHECK(
        refusal(r) ==
        QStringLiteral("The program asked for: at most 150 characters are allowed; this has 151."));

    r = valid();
    r.audience = QStringLiteral(" \u200F ");
    CHECK(refusal(r) == QStringLiteral("The audience: this is required; fill it in."));

    r = valid();
    r.expectedParticipants = 100001;
    CHECK(refusal(r).contains(QStringLiteral("between 0 (not stated) and 100000")));
    r.expectedParticipants = -1;
    CHECK_FALSE(refusal(r).isEmpty());

    r = valid();
    r.proposedFrom = kToday.addDays(-1);
    CHECK(refusal(r).contains(QStringLiteral("before the request was received")));
    r.proposedFrom = kToday.addDays(10);
    r.proposedTo = kToday.addDays(5);
    CHECK(refusal(r).contains(QStringLiteral("is before the first")));
    r.proposedTo = kToday.addDays(800);
    CHECK(refusal(r).contains(QStringLiteral("more than two years ahead")));
    r.proposedFrom = {};
    r.proposedTo = kToday;
    CHECK(refusal(r).contains(QStringLiteral("first proposed day")));

    r = valid();
    r.letterDate = kToday.addDays(1);
    CHECK(refusal(r).contains(QStringLiteral("cannot be dated after today")));
    r.letterDate = kToday.addDays(-731);
    CHECK(refusal(r).contains(QStringLiteral("more than two years ago")));
    r.letterDate = {};
    CHECK(refusal(r).contains(QStringLiteral("Enter the date of letter")));
    r.letterNumber = QString(31, QLatin1Char('7'));
    CHECK(refusal(r).startsWith(QStringLiteral("The letter's number: at most 30")));

    r = valid();
    r.attachments << ProgramRequestAttachment{QStringLiteral(" خطاب  الطلب "), false};
    CHECK(refusal(r).contains(QStringLiteral("is listed twice")));
    r.attachments = {{QString(), false}};
    CHECK(refusal(r).startsWith(QStringLiteral("An attachment's name: this is required")));
    r.attachments.clear();
    for (int i = 0; i < 21; ++i)
        r.attachments << ProgramRequestAttachment{QString::number(i), false};
    CHECK(refusal(r).contains(QStringLiteral("At most 20 attachments")));

    r = valid();
    r.channel = static_cast<Channel>(99);
    CHECK(refusal(r) == QStringLiteral("Choose how the request was received."));
}

TEST_CASE("The expected participants are read as typed, in any digits", "[core][programs]")
{
    CHECK(*ProgramRequestRules::participants(QStringLiteral("٣٠")) == 30);
    CHECK(*ProgramRequestRules::participants(QStringLiteral("1,200")) == 1200);
    CHECK(*ProgramRequestRules::participants(QStringLiteral("  ")) == 0);
    CHECK_FALSE(ProgramRequestRules::participants(QStringLiteral("ثلاثون")).ok());
    CHECK(ProgramRequestRules::participants(QStringLiteral("200000"))
              .error()
              .contains(QStringLiteral("100000")));
}

TEST_CASE("The declaration needs who signed it and a day from receipt to today", "[core][programs]")
{
    const QDate received = kToday.addDays(-2);
    QString name = QStringLiteral(" إمام  المسجد\u2066 ");
    CHECK(ProgramRequestRules::checkDeclaration(name, kToday, received, kToday).ok());
    CHECK(name == QStringLiteral("إمام المسجد"));
    QString none;
    CHECK(ProgramRequestRules::checkDeclaration(none, kToday, received, kToday)
              .error()
              .contains(QStringLiteral("this is required")));
    CHECK(ProgramRequestRules::checkDeclaration(name, QDate(), received, kToday).error() ==
          QStringLiteral("Enter the day the declaration was signed."));
    CHECK(ProgramRequestRules::checkDeclaration(name, kToday.addDays(1), received, kToday)
              .error()
              .contains(QStringLiteral("after today")));
    CHECK(ProgramRequestRules::checkDeclaration(name, received.addDays(-1), received, kToday)
              .error()
              .contains(QStringLiteral("before the request was received")));
}

TEST_CASE("A program request moves step by step, each step by its role", "[core][programs]")
{
    ProgramRequest r;
    r.id = 12;
    const QVector<std::pair<State, Role>> path = {
        {State::Declared, Role::Receptionist},      {State::UnderStudy, Role::ProgramOfficer},
        {State::Recommended, Role::ProgramOfficer}, {State::Decided, Role::Manager},
        {State::Informed, Role::ProgramOfficer},    {State::Running, Role::ProgramOfficer},
        {State::Closed, Role::ProgramOfficer}};
    for (const auto &[to, role] : path) {
        INFO(ProgramRequestFlow::code(to).toStdString());
        if (to == State::Informed) {
            CHECK(ProgramRequestFlow::check(r, to, with(role))
                      .error()
                      .contains(QStringLiteral("no decision recorded")));
            r.decision = Decision::Approved;
        }
        CHECK(ProgramRequestFlow::next(r) == QVector<State>{to});
        CHECK(ProgramRequestFlow::check(r, to, with(role)).ok());
        r.state = to;
    }
    CHECK(ProgramRequestFlow::next(r).isEmpty());
    CHECK(ProgramRequestFlow::check(r, State::Running, with(Role::ProgramOfficer)).error() ==
          QStringLiteral("Program request 12 is closed: it cannot become "
                         "\"Running\"."));

    // A rejected request is closed once its requester is informed.
    r.state = State::Informed;
    r.decision = Decision::Rejected;
    CHECK(ProgramRequestFlow::next(r) == QVector<State>{State::Closed});
    CHECK_FALSE(ProgramRequestFlow::check(r, State::Running, with(Role::ProgramOfficer)).ok());
}

TEST_CASE("A program request cannot skip a step nor be moved by another role", "[core][programs]")
{
    ProgramRequest r;
    r.id = 7;
    CHECK(ProgramRequestFlow::check(r, State::Decided, with(Role::Manager)).error() ==
          QStringLiteral("Program request 7 is \"Received\": it cannot become \"Decided\" now; "
                         "its next step is \"Declaration signed\"."));
    CHECK(ProgramRequestFlow::check(r, State::Declared, with(Role::Manager)).error() ==
          QStringLiteral("A manager may not receive a program request or record its requester; "
                         "ask the receptionist or the program officer."));
    r.state = State::Recommended;
    CHECK(ProgramRequestFlow::check(r, State::Decided, with(Role::ProgramOfficer)).error() ==
          QStringLiteral("A program officer may not record the decision on a program request; "
                         "ask the manager."));
    r.state = State::Declared;
    CHECK(ProgramRequestFlow::check(r, State::UnderStudy, with(Role::Receptionist)).error() ==
          QStringLiteral("A receptionist may not study a program request or recommend on it; "
                         "ask the program officer."));
}

TEST_CASE("Codes of states and decisions read back", "[core][programs]")
{
    for (State s : ProgramRequestFlow::states()) {
        CHECK(ProgramRequestFlow::stateFromCode(ProgramRequestFlow::code(s)) == s);
        CHECK_FALSE(ProgramRequestFlow::label(s).isEmpty());
    }
    for (Decision d :
         {Decision::None, Decision::Approved, Decision::ApprovedWithChanges, Decision::Rejected})
        CHECK(ProgramRequestFlow::decisionFromCode(ProgramRequestFlow::code(d)) == d);
    CHECK_FALSE(ProgramRequestFlow::stateFromCode(QStringLiteral("approved")).has_value());
}

TEST_CASE("An organisation is checked and its phone kept in one form", "[core][programs]")
{
    Organisation o;
    o.name = QStringLiteral("  جامع \u202Bالنور ");
    o.kind = OrganisationKind::Mosque;
    o.contactPerson = QStringLiteral("الإمام");
    o.contactPhone = QStringLiteral("٠٥٠١٢٣٤٥٦٧");
    REQUIRE(OrganisationRules::check(o).ok());
    CHECK(o.name == QStringLiteral("جامع النور"));
    CHECK(o.contactPhone == QStringLiteral("+966501234567"));

    Organisation empty;
    CHECK(OrganisationRules::check(empty).error() ==
          QStringLiteral("The organisation's name: this is required; fill it in."));
    o.contactPhone = QStringLiteral("12345");
    CHECK(OrganisationRules::check(o).error().startsWith(QStringLiteral("The contact phone: ")));
    o.contactPhone.clear();
    o.supervising = true;
    CHECK(OrganisationRules::check(o).error().contains(QStringLiteral("Only a government body")));
    o.kind = OrganisationKind::GovernmentBody;
    CHECK(OrganisationRules::check(o).ok());
    o.name = QString(151, QChar(0x0646));
    CHECK(OrganisationRules::check(o).error().contains(QStringLiteral("at most 150")));
    for (OrganisationKind k : OrganisationKinds::all())
        CHECK(OrganisationKinds::fromCode(OrganisationKinds::code(k)) == k);
}

TEST_CASE("Program kinds start with five, and need an Arabic name", "[core][programs]")
{
    const QVector<ProgramKind> kinds = ProgramKinds::defaults();
    REQUIRE(kinds.size() == 5);
    CHECK(kinds.first().nameEn == QStringLiteral("Lecture"));
    CHECK(kinds.first().name(false) == QStringLiteral("محاضرة"));
    CHECK(kinds.last().nameEn == QStringLiteral("Other"));
    ProgramKind k;
    k.nameEn = QStringLiteral("Seminar");
    CHECK(ProgramKinds::check(k).error().contains(QStringLiteral("this is required")));
    k.nameAr = QStringLiteral("ندوة");
    CHECK(ProgramKinds::check(k).ok());
}
