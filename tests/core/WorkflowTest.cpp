#include <catch2/catch.hpp>

#include "core/DeskText.h"

#include "core/Workflow.h"

#include <QLocale>
#include <QTimeZone>

namespace {

using State = Workflow::StepState;

const QDate kDay(2024, 5, 12);
const qint64 kDesk = 11;    // receptionist
const qint64 kOfficer = 22; // program officer

QDateTime at(int minutes)
{
    return QDateTime(kDay, QTime(6, 0), QTimeZone::utc()).addSecs(minutes * 60);
}

struct EnglishLocale
{
    EnglishLocale() : saved(QLocale())
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    ~EnglishLocale() { QLocale::setDefault(saved); }
    QLocale saved;
};

Service foodBasket()
{
    Service s;
    s.id = 7;
    s.code = QStringLiteral("food_basket");
    s.requiredDocuments = {QStringLiteral("national_id_card")};
    EligibilityRule income;
    income.kind = EligibilityRule::Kind::IncomePerMemberCeiling;
    income.amount = 1000 * 100;
    EligibilityRule nationality;
    nationality.kind = EligibilityRule::Kind::Nationality;
    nationality.values = {QStringLiteral("SA")};
    EligibilityRule docs;
    docs.kind = EligibilityRule::Kind::RequiredDocumentsValid;
    s.rules = {income, nationality, docs};
    return s;
}

Beneficiary sara()
{
    Beneficiary b;
    b.id = 42;
    b.name = {QStringLiteral("سارة"), QStringLiteral("محمد"), QString(), QStringLiteral("الشهري")};
    b.idNumber = QStringLiteral("1000000008");
    b.familySize = 4;
    b.monthlyIncome = 3000 * 100;
    b.nationality = QStringLiteral("SA");
    b.city = QStringLiteral("Dammam");
    b.consentGiven = true;
    return b;
}

// A case at reception with everything a service request will need, so each
// test takes away what it checks.
CaseContext serviceRequest()
{
    CaseContext ctx;
    Case &c = ctx.theCase;
    c.id = 100;
    c.channel = Channel::Interview;
    c.purpose = Purpose::ServiceRequest;
    c.arrivalAt = at(0);
    c.receivedBy = kDesk;
    c.serviceId = 7;
    c.beneficiaryId = 42;
    ctx.beneficiary = sara();
    ctx.service = foodBasket();
    Document card;
    card.beneficiaryId = 42;
    card.typeCode = QStringLiteral("national_id_card");
    card.provided = true;
    card.expiry = QDate(2027, 1, 1);
    ctx.documents = {card};
    ctx.day = kDay;
    return ctx;
}

CaseContext inquiry()
{
    CaseContext ctx;
    ctx.theCase.id = 200;
    ctx.theCase.channel = Channel::PhoneCall;
    ctx.theCase.purpose = Purpose::Inquiry;
    ctx.theCase.inquiryText = QStringLiteral("متى يبدأ التسجيل في السلة الغذائية؟");
    ctx.theCase.arrivalAt = at(0);
    ctx.theCase.receivedBy = kDesk;
    ctx.day = kDay;
    return ctx;
}

// Fills in what steps 4 to 6 ask for.
void verify(CaseContext &ctx)
{
    ctx.theCase.dataVerified = true;
    ctx.theCase.declarationSignedAt = at(20);
    ctx.theCase.declarationRecordedBy = kDesk;
}

void issueFileNumber(CaseContext &ctx)
{
    ctx.beneficiary->fileNumber = QStringLiteral("1445-000123");
}

void deliver(CaseContext &ctx, bool awaitingApproval = false)
{
    Delivery d;
    d.caseId = ctx.theCase.id;
    d.serviceId = ctx.theCase.serviceId;
    d.deliveredAt = at(40);
    d.deliveredBy = kDesk;
    d.quantity = 1;
    d.awaitingApproval = awaitingApproval;
    ctx.deliveries << d;
}

void declineSurvey(CaseContext &ctx)
{
    SurveyResponse s;
    s.caseId = ctx.theCase.id;
    s.declined = true;
    s.takenAt = at(50);
    s.takenBy = kDesk;
    ctx.survey = s;
}

void moveTo(CaseContext &ctx, Step step)
{
    int minute = 1;
    while (ctx.theCase.step != step) {
        switch (ctx.theCase.step) {
        case Step::Information:
            break;
        case Step::Verification:
            verify(ctx);
            break;
        case Step::Registration:
            issueFileNumber(ctx);
            break;
        case Step::Delivery:
            deliver(ctx);
            break;
        default:
            break;
        }
        const auto r = Workflow::advance(ctx, kDesk, at(minute++));
        REQUIRE(r.ok());
    }
}

QString finishedText(const QString &statusLabel)
{
    return QStringLiteral("This case is already finished (%1); it can no longer change.")
        .arg(statusLabel);
}

} // namespace

TEST_CASE("Reception: leaving needs arrival time and who received", "[core][workflow]")
{
    CaseContext ctx = serviceRequest();
    ctx.theCase.arrivalAt = QDateTime();
    ctx.theCase.receivedBy = 0;
    const QStringList missing = Workflow::canAdvance(ctx);
    CHECK(missing == QStringList({QStringLiteral("The arrival time is not recorded."),
                                  QStringLiteral("Who received the visitor is not recorded.")}));

    const auto r = Workflow::advance(ctx, kDesk, at(5));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error() ==
          QStringLiteral("The case cannot leave the Reception step yet:\nThe arrival time is not "
                         "recorded.\nWho received the visitor is not recorded."));
    CHECK(ctx.theCase.step == Step::Reception);
    CHECK_FALSE(ctx.theCase.serviceStartAt.isValid());

    ctx.theCase.channel = static_cast<Channel>(99);
    ctx.theCase.purpose = static_cast<Purpose>(99);
    CHECK(Workflow::canAdvance(ctx).mid(0, 2) ==
          QStringList({QStringLiteral("The contact channel is not recorded."),
                       QStringLiteral("The purpose of the visit is not recorded.")}));
}

TEST_CASE("A service request walks 1, 2, 4, 5, 6, 7 and closes", "[core][workflow]")
{
    CaseContext ctx = serviceRequest();
    CHECK(Workflow::canAdvance(ctx).isEmpty());

    auto e = Workflow::advance(ctx, kDesk, at(3));
    REQUIRE(e.ok());
    CHECK(e->caseId == 100);
    CHECK(e->fromStep == Step::Reception);
    CHECK(e->fromStatus == CaseStatus::Open);
    CHECK(e->toStep == Step::Information);
    CHECK(e->toStatus == CaseStatus::Open);
    CHECK(e->userId == kDesk);
    CHECK(e->at == at(3));
    CHECK(ctx.theCase.serviceStartAt == at(3));

    e = Workflow::advance(ctx, kDesk, at(8));
    REQUIRE(e.ok());
    CHECK(e->fromStep == Step::Information);
    CHECK(e->toStep == Step::Verification); // no referral: step 3 skipped

    CHECK(Workflow::canAdvance(ctx) ==
          QStringList(
              {QStringLiteral("The beneficiary's data has not been marked as verified."),
               QStringLiteral("The beneficiary's signed declaration has not been recorded.")}));
    verify(ctx);
    e = Workflow::advance(ctx, kDesk, at(21));
    REQUIRE(e.ok());
    CHECK(e->toStep == Step::Registration);

    CHECK(Workflow::canAdvance(ctx) ==
          QStringList{QStringLiteral("No file number has been issued.")});
    issueFileNumber(ctx);
    e = Workflow::advance(ctx, kDesk, at(22));
    REQUIRE(e.ok());
    CHECK(e->toStep == Step::Delivery);

    CHECK(Workflow::canAdvance(ctx) ==
          QStringList{QStringLiteral("No delivery of the service has been recorded.")});
    deliver(ctx);
    e = Workflow::advance(ctx, kDesk, at(41));
    REQUIRE(e.ok());
    CHECK(e->toStep == Step::Survey);

    CHECK(Workflow::canAdvance(ctx) ==
          QStringList{
              QStringLiteral("The satisfaction survey has been neither taken nor declined.")});
    SurveyResponse s;
    s.answers = {{1, 5}, {2, 4}};
    ctx.survey = s;
    CHECK(Workflow::nextStep(ctx) == Step::Survey);
    e = Workflow::advance(ctx, kDesk, at(55));
    REQUIRE(e.ok());
    CHECK(e->fromStep == Step::Survey);
    CHECK(e->toStep == Step::Survey);
    CHECK(e->toStatus == CaseStatus::Closed);
    CHECK(ctx.theCase.status == CaseStatus::Closed);
    CHECK(ctx.theCase.endAt == at(55));
    CHECK(ctx.theCase.serviceStartAt == at(3)); // kept from leaving reception

    CHECK(Workflow::stepStates(ctx) ==
          QVector<State>({State::Done, State::Done, State::Skipped, State::Done, State::Done,
                          State::Done, State::Done}));
}

TEST_CASE("Information: a linked, saved beneficiary with consent, name and ID", "[core][workflow]")
{
    CaseContext ctx = serviceRequest();
    moveTo(ctx, Step::Information);
    CHECK(Workflow::canAdvance(ctx).isEmpty());

    CaseContext none = ctx;
    none.beneficiary.reset();
    CHECK(
        Workflow::canAdvance(none) ==
        QStringList{QStringLiteral("No beneficiary has been found or registered for this case.")});

    CaseContext unsaved = ctx;
    unsaved.beneficiary->id = 0;
    CHECK(Workflow::canAdvance(unsaved).contains(
        QStringLiteral("The beneficiary's record has not been saved yet.")));

    CaseContext unlinked = ctx;
    unlinked.theCase.beneficiaryId = 0;
    CHECK(Workflow::canAdvance(unlinked) ==
          QStringList{QStringLiteral("The beneficiary's record is not linked to this case.")});

    CaseContext incomplete = ctx;
    incomplete.beneficiary->name.family.clear();
    incomplete.beneficiary->idNumber.clear();
    incomplete.beneficiary->consentGiven = false;
    CHECK(
        Workflow::canAdvance(incomplete) ==
        QStringList({QStringLiteral("The beneficiary's first and family names are required."),
                     QStringLiteral("The beneficiary's ID number is not recorded."),
                     QStringLiteral(
                         "The beneficiary's consent to the use of their data is not recorded.")}));

    const auto r = Workflow::advance(incomplete, kDesk, at(9));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().startsWith(
        QStringLiteral("The case cannot leave the Information and matching step yet:\n")));
    CHECK(incomplete.theCase.step == Step::Information);
}

TEST_CASE("Information: the service and the fields its rules read", "[core][workflow]")
{
    CaseContext ctx = serviceRequest();
    moveTo(ctx, Step::Information);

    CaseContext noService = ctx;
    noService.theCase.serviceId = 0;
    noService.service.reset();
    CHECK(Workflow::canAdvance(noService) ==
          QStringList{QStringLiteral("No service has been chosen.")});

    // Other purposes may go on without a service.
    noService.theCase.purpose = Purpose::FollowUp;
    CHECK(Workflow::canAdvance(noService).isEmpty());

    CaseContext notLoaded = ctx;
    notLoaded.service->id = 8;
    CHECK(Workflow::canAdvance(notLoaded) ==
          QStringList{QStringLiteral("The details of the chosen service are not available.")});

    CaseContext inactive = ctx;
    inactive.service->active = false;
    CHECK(Workflow::canAdvance(inactive) ==
          QStringList{QStringLiteral("The chosen service is no longer offered; choose another.")});

    CaseContext missingFields = ctx;
    EligibilityRule age;
    age.kind = EligibilityRule::Kind::AgeRange;
    age.minimum = 18;
    EligibilityRule city;
    city.kind = EligibilityRule::Kind::City;
    city.values = {QStringLiteral("Dammam")};
    missingFields.service->rules << age << city;
    missingFields.beneficiary->monthlyIncome.reset();
    missingFields.beneficiary->familySize = 0;
    missingFields.beneficiary->nationality.clear();
    missingFields.beneficiary->city.clear();
    CHECK(
        Workflow::canAdvance(missingFields) ==
        QStringList(
            {QStringLiteral("The monthly income is not recorded. The chosen service requires it."),
             QStringLiteral("The family size is not recorded. The chosen service requires it."),
             QStringLiteral("The nationality is not recorded. The chosen service requires it."),
             QStringLiteral("The city is not recorded. The chosen service requires it."),
             QStringLiteral("The birth date is not recorded. The chosen service requires it.")}));

    // A field no rule reads is not required (PDPL minimum).
    CaseContext lean = ctx;
    lean.beneficiary->city.clear();
    lean.beneficiary->birthDate = QDate();
    CHECK(Workflow::canAdvance(lean).isEmpty());
}

TEST_CASE("Information: a document expiring today is valid, yesterday is not", "[core][workflow]")
{
    CaseContext ctx = serviceRequest();
    moveTo(ctx, Step::Information);
    ctx.documentName = [](const QString &code) {
        return code == QLatin1String("national_id_card") ? QStringLiteral("National ID card")
                                                         : QString();
    };

    ctx.documents[0].expiry = kDay;
    CHECK(Workflow::canAdvance(ctx).isEmpty());

    ctx.documents[0].expiry = kDay.addDays(-1);
    CHECK(Workflow::canAdvance(ctx) == QStringList{QStringLiteral("National ID card expired on %1.")
                                                       .arg(DeskText::date(QDate(2024, 5, 11)))});
    const auto r = Workflow::advance(ctx, kDesk, at(9));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().endsWith(
        QStringLiteral("National ID card expired on %1.").arg(DeskText::date(QDate(2024, 5, 11)))));

    ctx.documents[0].provided = false;
    CHECK(Workflow::canAdvance(ctx) ==
          QStringList{QStringLiteral("National ID card has not been provided.")});

    ctx.documents.clear();
    CHECK(Workflow::canAdvance(ctx) ==
          QStringList{QStringLiteral("National ID card has not been provided.")});

    // The catalogue says the card expires: a card without a date is not checked.
    ctx.documents = serviceRequest().documents;
    ctx.documents[0].expiry = QDate();
    DocumentType card;
    card.code = QStringLiteral("national_id_card");
    card.hasExpiry = true;
    ctx.documentTypes = {card};
    CHECK(Workflow::canAdvance(ctx) ==
          QStringList{QStringLiteral("The expiry date of National ID card is not recorded.")});
}

TEST_CASE("Without a day, the desk's date of the change is used", "[core][workflow]")
{
    CaseContext ctx = serviceRequest();
    moveTo(ctx, Step::Information);
    ctx.day = QDate();
    ctx.documents[0].expiry = kDay;
    CHECK(Workflow::canAdvance(ctx) ==
          QStringList{QStringLiteral(
              "The day the case is handled is not set, so expiry dates cannot be checked.")});

    // 22:00 UTC on the 12th is already the 13th in Riyadh: the card expired.
    CaseContext late = ctx;
    const auto refused =
        Workflow::advance(late, kDesk, QDateTime(kDay, QTime(22, 0), QTimeZone::utc()));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().endsWith(
        QStringLiteral("national_id_card expired on %1.").arg(DeskText::date(QDate(2024, 5, 12)))));

    CaseContext early = ctx;
    REQUIRE(Workflow::advance(early, kDesk, QDateTime(kDay, QTime(20, 59), QTimeZone::utc())).ok());
    CHECK(early.day == kDay);
}

TEST_CASE("Verification: failed eligibility blocks unless overridden", "[core][workflow]")
{
    EnglishLocale english;
    CaseContext ctx = serviceRequest();
    ctx.beneficiary->monthlyIncome = 5000 * 100; // 1,250 SAR per member
    moveTo(ctx, Step::Verification);
    verify(ctx);

    CHECK(
        Workflow::canAdvance(ctx) ==
        QStringList(
            {QStringLiteral("The service's eligibility rules are not met; a program officer "
                            "may override them with a written reason:"),
             QStringLiteral("Income per family member is 1,250 SAR; the ceiling is 1,000 SAR.")}));
    const auto blocked = Workflow::advance(ctx, kDesk, at(30));
    REQUIRE_FALSE(blocked.ok());
    CHECK(blocked.error().contains(QStringLiteral("Income per family member is 1,250 SAR")));
    CHECK(ctx.theCase.step == Step::Verification);

    // A document that expired since step 2 also fails the rule.
    ctx.documents[0].expiry = kDay.addDays(-1);
    CHECK(Workflow::canAdvance(ctx).contains(
        QStringLiteral("national_id_card expired on %1.").arg(DeskText::date(QDate(2024, 5, 11)))));

    ctx.eligibilityOverridden = true;
    CHECK(Workflow::canAdvance(ctx).isEmpty());
    const auto e = Workflow::advance(ctx, kOfficer, at(31));
    REQUIRE(e.ok());
    CHECK(e->toStep == Step::Registration);
    CHECK(e->userId == kOfficer);
}

TEST_CASE("Verification: data, declaration and the beneficiary are all needed", "[core][workflow]")
{
    CaseContext ctx = serviceRequest();
    moveTo(ctx, Step::Verification);
    ctx.theCase.declarationSignedAt = at(20);
    CHECK(Workflow::canAdvance(ctx) ==
          QStringList{QStringLiteral("The beneficiary's data has not been marked as verified.")});
    ctx.theCase.dataVerified = true;
    ctx.theCase.declarationSignedAt = QDateTime();
    CHECK(
        Workflow::canAdvance(ctx) ==
        QStringList{QStringLiteral("The beneficiary's signed declaration has not been recorded.")});
    ctx.theCase.declarationSignedAt = at(20);
    ctx.beneficiary.reset();
    CHECK(
        Workflow::canAdvance(ctx) ==
        QStringList{QStringLiteral("No beneficiary has been found or registered for this case.")});
}

TEST_CASE("Delivery: waiting for approval holds the case at step 6", "[core][workflow]")
{
    CaseContext ctx = serviceRequest();
    moveTo(ctx, Step::Delivery);
    CHECK(Workflow::stepState(ctx, Step::Delivery) == State::Current);

    deliver(ctx, true);
    CHECK(
        Workflow::canAdvance(ctx) ==
        QStringList{QStringLiteral("The delivery is waiting for the program officer's approval.")});
    CHECK(Workflow::stepState(ctx, Step::Delivery) == State::Waiting);
    REQUIRE_FALSE(Workflow::advance(ctx, kDesk, at(45)).ok());

    ctx.deliveries[0].approvedBy = kOfficer;
    ctx.deliveries[0].approvedAt = at(46);
    CHECK(Workflow::canAdvance(ctx).isEmpty());
    CHECK(Workflow::stepState(ctx, Step::Delivery) == State::Current);

    // A delivery of another service does not count.
    ctx.deliveries[0].serviceId = 9;
    CHECK(Workflow::canAdvance(ctx) ==
          QStringList{QStringLiteral("No delivery of the service has been recorded.")});
}

TEST_CASE("Survey: taken, commented or declined lets the case close", "[core][workflow]")
{
    CaseContext ctx = serviceRequest();
    moveTo(ctx, Step::Survey);
    ctx.survey = SurveyResponse();
    CHECK_FALSE(Workflow::canAdvance(ctx).isEmpty());
    ctx.survey->comment = QStringLiteral("خدمة ممتازة");
    CHECK(Workflow::canAdvance(ctx).isEmpty());
    ctx.survey = SurveyResponse();
    ctx.survey->declined = true;
    CHECK(Workflow::canAdvance(ctx).isEmpty());
}

TEST_CASE("Inquiry answered at the desk goes from 1 to 7 and ends as answered", "[core][workflow]")
{
    CaseContext ctx = inquiry();
    auto e = Workflow::answerInquiryAtDesk(
        ctx, QStringLiteral("  يبدأ التسجيل أول الشهر القادم.  "), kDesk, at(4));
    REQUIRE(e.ok());
    CHECK(e->fromStep == Step::Reception);
    CHECK(e->toStep == Step::Survey);
    CHECK(e->toStatus == CaseStatus::Open);
    CHECK(e->note == QStringLiteral("يبدأ التسجيل أول الشهر القادم."));
    CHECK(ctx.theCase.answerText == QStringLiteral("يبدأ التسجيل أول الشهر القادم."));
    CHECK(ctx.theCase.serviceStartAt == at(4));
    CHECK(Workflow::answeredAtDesk(ctx.theCase));
    CHECK(Workflow::stepStates(ctx) ==
          QVector<State>({State::Done, State::Skipped, State::Skipped, State::Skipped,
                          State::Skipped, State::Skipped, State::Current}));

    REQUIRE_FALSE(Workflow::advance(ctx, kDesk, at(5)).ok());
    declineSurvey(ctx);
    e = Workflow::advance(ctx, kDesk, at(6));
    REQUIRE(e.ok());
    CHECK(e->toStatus == CaseStatus::InquiryAnswered);
    CHECK(ctx.theCase.status == CaseStatus::InquiryAnswered);
    CHECK(ctx.theCase.endAt == at(6));
    CHECK(Workflow::stepState(ctx, Step::Survey) == State::Done);
}

TEST_CASE("Answering at the desk: refusals in words", "[core][workflow]")
{
    CaseContext request = serviceRequest();
    auto r = Workflow::answerInquiryAtDesk(request, QStringLiteral("..."), kDesk, at(4));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error() == QStringLiteral("Only an inquiry can be answered at the desk; this case's "
                                      "purpose is: Service request."));

    CaseContext ctx = inquiry();
    r = Workflow::answerInquiryAtDesk(ctx, QStringLiteral("   "), kDesk, at(4));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error() == QStringLiteral("Write the answer given to the visitor."));

    CaseContext noReceiver = inquiry();
    noReceiver.theCase.receivedBy = 0;
    r = Workflow::answerInquiryAtDesk(noReceiver, QStringLiteral("نعم"), kDesk, at(4));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error() == QStringLiteral("The case cannot leave the Reception step yet:\nWho received "
                                      "the visitor is not recorded."));

    REQUIRE(Workflow::advance(ctx, kDesk, at(5)).ok()); // the inquiry goes on to step 2
    r = Workflow::answerInquiryAtDesk(ctx, QStringLiteral("نعم"), kDesk, at(6));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error() == QStringLiteral("An inquiry can be answered at the desk only during "
                                      "reception; this case is at Information and matching."));
    CHECK(ctx.theCase.step == Step::Information);
}

TEST_CASE("An inquiry taken the long way also ends as answered", "[core][workflow]")
{
    CaseContext ctx = serviceRequest();
    ctx.theCase.purpose = Purpose::Inquiry;
    moveTo(ctx, Step::Survey);
    CHECK_FALSE(Workflow::answeredAtDesk(ctx.theCase));
    declineSurvey(ctx);
    const auto e = Workflow::advance(ctx, kDesk, at(60));
    REQUIRE(e.ok());
    CHECK(ctx.theCase.status == CaseStatus::InquiryAnswered);
}

TEST_CASE("Referral from step 2 suspends the case and returns it there", "[core][workflow]")
{
    CaseContext ctx = serviceRequest();
    moveTo(ctx, Step::Information);

    auto e = Workflow::refer(ctx, QStringLiteral("  هل تشمل الخدمة المقيمين؟ "), kDesk, at(10));
    REQUIRE(e.ok());
    CHECK(e->fromStep == Step::Information);
    CHECK(e->toStep == Step::Referral);
    CHECK(e->toStatus == CaseStatus::WaitingReferral);
    CHECK(e->note == QStringLiteral("هل تشمل الخدمة المقيمين؟"));
    REQUIRE(ctx.referrals.size() == 1);
    const Referral &made = ctx.referrals[0];
    CHECK(made.caseId == 100);
    CHECK(made.question == QStringLiteral("هل تشمل الخدمة المقيمين؟"));
    CHECK(made.fromStep == Step::Information);
    CHECK(made.referredBy == kDesk);
    CHECK(made.referredAt == at(10));
    CHECK_FALSE(made.isAnswered());
    CHECK(ctx.theCase.status == CaseStatus::WaitingReferral);
    CHECK(ctx.theCase.step == Step::Referral);

    // Waiting: nothing moves until the officer answers.
    const QString waiting =
        QStringLiteral("This case is waiting for the program officer to answer the referral.");
    CHECK(Workflow::canAdvance(ctx) == QStringList{waiting});
    auto refused = Workflow::advance(ctx, kDesk, at(11));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error() == waiting);
    refused = Workflow::resume(ctx, kDesk, at(11));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error() == waiting);
    refused = Workflow::refer(ctx, QStringLiteral("?"), kDesk, at(11));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error() == waiting);
    CHECK(Workflow::stepStates(ctx) ==
          QVector<State>({State::Done, State::Resumes, State::Waiting, State::NotReached,
                          State::NotReached, State::NotReached, State::NotReached}));

    refused = Workflow::referralAnswered(ctx, QStringLiteral(" "), kOfficer, at(30));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error() == QStringLiteral("Write the program officer's answer."));

    e = Workflow::referralAnswered(ctx, QStringLiteral("نعم، بشرط إقامة سارية."), kOfficer, at(30));
    REQUIRE(e.ok());
    CHECK(e->fromStatus == CaseStatus::WaitingReferral);
    CHECK(e->toStep == Step::Referral);
    CHECK(e->toStatus == CaseStatus::Open);
    CHECK(e->userId == kOfficer);
    CHECK(ctx.referrals[0].answer == QStringLiteral("نعم، بشرط إقامة سارية."));
    CHECK(ctx.referrals[0].answeredBy == kOfficer);
    CHECK(ctx.referrals[0].answeredAt == at(30));
    CHECK_FALSE(ctx.referrals[0].pickedUpAt.isValid());
    CHECK(Workflow::stepState(ctx, Step::Referral) == State::Current);
    CHECK(Workflow::canAdvance(ctx).isEmpty());
    CHECK(Workflow::nextStep(ctx) == Step::Information);

    refused = Workflow::referralAnswered(ctx, QStringLiteral("again"), kOfficer, at(31));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error() ==
          QStringLiteral("This case is not waiting for an answer from the program officer."));

    e = Workflow::resume(ctx, kDesk, at(35));
    REQUIRE(e.ok());
    CHECK(e->fromStep == Step::Referral);
    CHECK(e->toStep == Step::Information);
    CHECK(ctx.referrals[0].pickedUpAt == at(35));
    CHECK(ctx.theCase.status == CaseStatus::Open);
    CHECK(Workflow::stepStates(ctx) ==
          QVector<State>({State::Done, State::Current, State::Done, State::NotReached,
                          State::NotReached, State::NotReached, State::NotReached}));

    refused = Workflow::resume(ctx, kDesk, at(36));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error() ==
          QStringLiteral("This case is not at the referral step; there is nothing to resume."));

    // Back at step 2, the case goes on to step 4 as usual.
    e = Workflow::advance(ctx, kDesk, at(37));
    REQUIRE(e.ok());
    CHECK(e->toStep == Step::Verification);
}

TEST_CASE("Referral from step 4 returns to step 4 through advance", "[core][workflow]")
{
    CaseContext ctx = serviceRequest();
    moveTo(ctx, Step::Verification);
    REQUIRE(
        Workflow::refer(ctx, QStringLiteral("هل يقبل تعريف الراتب القديم؟"), kDesk, at(20)).ok());
    CHECK(ctx.referrals.last().fromStep == Step::Verification);
    CHECK(Workflow::stepState(ctx, Step::Information) == State::Done);
    CHECK(Workflow::stepState(ctx, Step::Verification) == State::Resumes);
    CHECK(Workflow::stepState(ctx, Step::Registration) == State::NotReached);
    REQUIRE(
        Workflow::referralAnswered(ctx, QStringLiteral("لا، يلزم تعريف حديث."), kOfficer, at(25))
            .ok());

    const auto e = Workflow::advance(ctx, kDesk, at(26)); // picks the answer up
    REQUIRE(e.ok());
    CHECK(e->fromStep == Step::Referral);
    CHECK(e->toStep == Step::Verification);
    CHECK(ctx.referrals.last().pickedUpAt == at(26));
}

TEST_CASE("Referral from reception, then the inquiry is answered at the desk", "[core][workflow]")
{
    CaseContext ctx = inquiry();
    REQUIRE(Workflow::refer(ctx, QStringLiteral("ما شروط برنامج التدريب؟"), kDesk, at(2)).ok());
    CHECK(ctx.theCase.serviceStartAt == at(2)); // left reception
    CHECK(Workflow::stepState(ctx, Step::Reception) == State::Resumes);
    REQUIRE(Workflow::referralAnswered(ctx, QStringLiteral("من ١٨ إلى ٤٥ سنة."), kOfficer, at(20))
                .ok());
    const auto back = Workflow::resume(ctx, kDesk, at(21));
    REQUIRE(back.ok());
    CHECK(back->toStep == Step::Reception);
    CHECK(ctx.theCase.serviceStartAt == at(2)); // not overwritten

    REQUIRE(Workflow::answerInquiryAtDesk(ctx, ctx.referrals[0].answer, kDesk, at(22)).ok());
    CHECK(Workflow::stepStates(ctx) ==
          QVector<State>({State::Done, State::Skipped, State::Done, State::Skipped, State::Skipped,
                          State::Skipped, State::Current}));
}

TEST_CASE("Referral: refusals in words", "[core][workflow]")
{
    CaseContext ctx = serviceRequest();
    moveTo(ctx, Step::Information);
    auto r = Workflow::refer(ctx, QStringLiteral("  "), kDesk, at(10));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error() == QStringLiteral("Write the question for the program officer."));
    CHECK(ctx.referrals.isEmpty());
    CHECK(ctx.theCase.status == CaseStatus::Open);

    moveTo(ctx, Step::Registration);
    r = Workflow::refer(ctx, QStringLiteral("?"), kDesk, at(10));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error() ==
          QStringLiteral("A case can be referred to the program officer only from reception, "
                         "information or verification; this case is at Registration complete."));

    r = Workflow::referralAnswered(ctx, QStringLiteral("answer"), kOfficer, at(11));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error() ==
          QStringLiteral("This case is not waiting for an answer from the program officer."));

    // At step 3 with no referral on record (inconsistent data): nothing to return from.
    CaseContext odd = serviceRequest();
    odd.theCase.step = Step::Referral;
    CHECK(Workflow::canAdvance(odd) ==
          QStringList{QStringLiteral("There is no referral to return from.")});
    r = Workflow::resume(odd, kDesk, at(12));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error() == QStringLiteral("There is no referral to return from."));

    // Open at step 3 but with an unanswered referral.
    Referral pending;
    pending.question = QStringLiteral("?");
    odd.referrals << pending;
    r = Workflow::resume(odd, kDesk, at(12));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error() == QStringLiteral("The program officer has not answered the referral yet."));
}

TEST_CASE("A case is referred from reception, information or verification while open",
          "[core][workflow]")
{
    const QVector<CaseStatus> statuses = {CaseStatus::Open,        CaseStatus::WaitingReferral,
                                          CaseStatus::Closed,      CaseStatus::InquiryAnswered,
                                          CaseStatus::NotEligible, CaseStatus::Withdrawn};
    int referable = 0;
    for (Step step : Domain::steps()) {
        for (CaseStatus status : statuses) {
            CaseContext ctx = serviceRequest();
            ctx.theCase.step = step;
            ctx.theCase.status = status;
            const bool expected = status == CaseStatus::Open &&
                                  (step == Step::Reception || step == Step::Information ||
                                   step == Step::Verification);
            INFO(Domain::code(step).toStdString() << " " << Domain::code(status).toStdString());
            CHECK(Workflow::canRefer(ctx.theCase) == expected);
            // refer() keeps the same rule: it refers exactly the cases canRefer admits.
            CHECK(Workflow::refer(ctx, QStringLiteral("?"), kDesk, at(10)).ok() == expected);
            CHECK((ctx.theCase.status == CaseStatus::WaitingReferral) ==
                  (expected || status == CaseStatus::WaitingReferral));
            referable += expected ? 1 : 0;
        }
    }
    CHECK(referable == 3);
}

TEST_CASE("Withdrawal needs a reason and ends the case where it stands", "[core][workflow]")
{
    CaseContext ctx = serviceRequest();
    moveTo(ctx, Step::Information);
    auto r = Workflow::withdraw(ctx, QStringLiteral(" "), kDesk, at(12));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error() == QStringLiteral("Write why the beneficiary withdrew."));

    r = Workflow::withdraw(ctx, QStringLiteral("غادر قبل استكمال البيانات"), kDesk, at(12));
    REQUIRE(r.ok());
    CHECK(r->fromStep == Step::Information);
    CHECK(r->toStep == Step::Information);
    CHECK(r->toStatus == CaseStatus::Withdrawn);
    CHECK(r->note == QStringLiteral("غادر قبل استكمال البيانات"));
    CHECK(ctx.theCase.status == CaseStatus::Withdrawn);
    CHECK(ctx.theCase.closingReason == QStringLiteral("غادر قبل استكمال البيانات"));
    CHECK(ctx.theCase.endAt == at(12));
    CHECK(Workflow::stepStates(ctx) ==
          QVector<State>({State::Done, State::Stopped, State::NotReached, State::NotReached,
                          State::NotReached, State::NotReached, State::NotReached}));
}

TEST_CASE("Withdrawal is possible while waiting for the officer and at reception",
          "[core][workflow]")
{
    CaseContext waiting = serviceRequest();
    moveTo(waiting, Step::Information);
    REQUIRE(Workflow::refer(waiting, QStringLiteral("?"), kDesk, at(10)).ok());
    REQUIRE(Workflow::withdraw(waiting, QStringLiteral("لم يرغب في الانتظار"), kDesk, at(15)).ok());
    CHECK(waiting.theCase.status == CaseStatus::Withdrawn);
    CHECK(Workflow::stepState(waiting, Step::Referral) == State::Stopped);

    CaseContext atDesk = serviceRequest();
    REQUIRE(Workflow::withdraw(atDesk, QStringLiteral("غادر قبل دوره"), kDesk, at(15)).ok());
    CHECK_FALSE(atDesk.theCase.serviceStartAt.isValid()); // never served
    CHECK(atDesk.theCase.endAt == at(15));
}

TEST_CASE("Not eligible needs reasons and is decided between steps 2 and 4", "[core][workflow]")
{
    CaseContext ctx = serviceRequest();
    auto r = Workflow::markNotEligible(ctx, {QStringLiteral("x")}, kDesk, at(2));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error() ==
          QStringLiteral("Eligibility is decided during information, referral or verification; "
                         "this case is at Reception."));

    moveTo(ctx, Step::Verification);
    r = Workflow::markNotEligible(ctx, {QStringLiteral(" "), QString()}, kOfficer, at(30));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error() ==
          QStringLiteral("Write at least one reason why the beneficiary is not eligible."));

    r = Workflow::markNotEligible(ctx,
                                  {QStringLiteral("الدخل يتجاوز الحد"), QStringLiteral(" "),
                                   QStringLiteral("خارج نطاق الخدمة ")},
                                  kOfficer, at(30));
    REQUIRE(r.ok());
    CHECK(r->fromStep == Step::Verification);
    CHECK(r->toStatus == CaseStatus::NotEligible);
    CHECK(r->userId == kOfficer);
    CHECK(ctx.theCase.status == CaseStatus::NotEligible);
    CHECK(ctx.theCase.closingReason == QStringLiteral("الدخل يتجاوز الحد\nخارج نطاق الخدمة"));
    CHECK(ctx.theCase.endAt == at(30));
    CHECK(Workflow::stepState(ctx, Step::Verification) == State::Stopped);

    CaseContext later = serviceRequest();
    moveTo(later, Step::Delivery);
    r = Workflow::markNotEligible(later, {QStringLiteral("x")}, kOfficer, at(50));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().endsWith(QStringLiteral("this case is at Service delivery.")));

    CaseContext waiting = serviceRequest();
    moveTo(waiting, Step::Information);
    REQUIRE(Workflow::refer(waiting, QStringLiteral("?"), kDesk, at(10)).ok());
    r = Workflow::markNotEligible(waiting, {QStringLiteral("x")}, kOfficer, at(11));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error() ==
          QStringLiteral("This case is waiting for the program officer to answer the referral."));
    REQUIRE(
        Workflow::referralAnswered(waiting, QStringLiteral("غير مشمول"), kOfficer, at(12)).ok());
    REQUIRE(
        Workflow::markNotEligible(waiting, {QStringLiteral("غير مشمول")}, kOfficer, at(13)).ok());
    CHECK(waiting.theCase.step == Step::Referral);
}

TEST_CASE("Finished cases refuse every transition, in words", "[core][workflow]")
{
    const struct
    {
        CaseStatus status;
        const char *label;
    } finished[] = {{CaseStatus::Closed, "Closed"},
                    {CaseStatus::InquiryAnswered, "Inquiry answered"},
                    {CaseStatus::NotEligible, "Not eligible"},
                    {CaseStatus::Withdrawn, "Withdrawn"}};
    for (const auto &f : finished) {
        CaseContext ctx = serviceRequest();
        moveTo(ctx, Step::Verification);
        verify(ctx);
        ctx.theCase.status = f.status;
        const Case before = ctx.theCase;
        const QString text = finishedText(QString::fromLatin1(f.label));
        INFO(f.label);

        CHECK(Workflow::canAdvance(ctx) == QStringList{text});
        const QVector<Result<StepEvent>> attempts = {
            Workflow::advance(ctx, kDesk, at(40)),
            Workflow::refer(ctx, QStringLiteral("?"), kDesk, at(40)),
            Workflow::referralAnswered(ctx, QStringLiteral("!"), kOfficer, at(40)),
            Workflow::resume(ctx, kDesk, at(40)),
            Workflow::answerInquiryAtDesk(ctx, QStringLiteral("!"), kDesk, at(40)),
            Workflow::withdraw(ctx, QStringLiteral("!"), kDesk, at(40)),
            Workflow::markNotEligible(ctx, {QStringLiteral("!")}, kOfficer, at(40)),
        };
        for (const auto &a : attempts) {
            REQUIRE_FALSE(a.ok());
            CHECK(a.error() == text);
        }
        CHECK(ctx.theCase.status == before.status);
        CHECK(ctx.theCase.step == before.step);
        CHECK_FALSE(ctx.theCase.endAt.isValid());
        CHECK(ctx.referrals.isEmpty());
    }
}

TEST_CASE("A change needs who and when", "[core][workflow]")
{
    CaseContext ctx = serviceRequest();
    auto r = Workflow::advance(ctx, 0, at(1));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error() == QStringLiteral("Who is making this change is not known."));
    r = Workflow::withdraw(ctx, QStringLiteral("x"), kDesk, QDateTime());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error() == QStringLiteral("The time of this change is missing."));
    CHECK(ctx.theCase.status == CaseStatus::Open);
}

TEST_CASE("Events carry UTC times whatever zone the caller used", "[core][workflow]")
{
    CaseContext ctx = serviceRequest();
    const QDateTime riyadh(kDay, QTime(9, 3), QTimeZone(3 * 3600));
    const auto e = Workflow::advance(ctx, kDesk, riyadh);
    REQUIRE(e.ok());
    CHECK(e->at.timeSpec() == Qt::UTC);
    CHECK(e->at == at(3));
    CHECK(ctx.theCase.serviceStartAt.timeSpec() == Qt::UTC);
}

TEST_CASE("Step states and their labels", "[core][workflow]")
{
    CaseContext ctx = serviceRequest();
    CHECK(Workflow::stepStates(ctx) ==
          QVector<State>({State::Current, State::NotReached, State::NotReached, State::NotReached,
                          State::NotReached, State::NotReached, State::NotReached}));
    moveTo(ctx, Step::Registration);
    CHECK(Workflow::stepStates(ctx) ==
          QVector<State>({State::Done, State::Done, State::Skipped, State::Done, State::Current,
                          State::NotReached, State::NotReached}));
    CHECK(Workflow::label(State::Done) == QStringLiteral("Done"));
    CHECK(Workflow::label(State::Skipped) == QStringLiteral("Skipped"));
    CHECK(Workflow::label(State::Current) == QStringLiteral("Current step"));
    CHECK(Workflow::label(State::Waiting) == QStringLiteral("Waiting for the program officer"));
    CHECK(Workflow::label(State::Stopped) == QStringLiteral("The case ended here"));
    CHECK(Workflow::label(State::NotReached) == QStringLiteral("Not reached yet"));
}
