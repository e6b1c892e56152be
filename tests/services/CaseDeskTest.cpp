#include "ServicesTestSupport.h"

#include "core/DeskText.h"
#include "core/Workflow.h"
#include "services/CaseBrowser.h"
#include "services/CaseDesk.h"
#include "services/CatalogueDesk.h"
#include "services/DeskQueries.h"
#include "services/OfficerDesk.h"
#include "storage/BeneficiaryRepository.h"
#include "storage/CaseRepository.h"

using namespace ServicesTest;

namespace {

// A food-basket case brought to the given step by the receptionist.
qint64 caseAt(Fixture &f, CaseDesk &desk, Step step, qint64 serial = 1)
{
    const Case c = ok(desk.reception().openCase(Channel::Interview, Purpose::ServiceRequest,
                                                QStringLiteral("سلة غذائية")));
    if (step == Step::Reception)
        return c.id;
    ok(desk.advance(c.id));
    ok(desk.information().registerBeneficiary(c.id, beneficiary(serial)));
    ok(desk.information().chooseService(c.id, f.serviceId(QStringLiteral("food_basket"))));
    ok(desk.information().saveDocuments(c.id, foodDocuments()));
    if (step == Step::Information)
        return c.id;
    ok(desk.advance(c.id));
    if (step == Step::Verification)
        return c.id;
    ok(desk.verification().markVerified(c.id, true));
    ok(desk.verification().recordDeclarationSigned(c.id));
    ok(desk.advance(c.id));
    if (step == Step::Registration)
        return c.id;
    ok(desk.verification().issueFileNumber(c.id));
    ok(desk.advance(c.id));
    if (step == Step::Delivery)
        return c.id;
    ok(desk.delivery().recordDelivery(c.id, 1, 0, QStringLiteral("سلة")));
    ok(desk.advance(c.id));
    return c.id;
}

QVector<SurveyAnswer> allFives(Fixture &f)
{
    QVector<SurveyAnswer> answers;
    for (const SurveyQuestion &q : f.questions())
        answers << SurveyAnswer{q.id, 5};
    return answers;
}

} // namespace

TEST_CASE("A service request goes from reception to the survey, every step kept",
          "[services][desk]")
{
    Fixture f;
    CaseDesk desk(f.db, *f.desk);
    DeskQueries queries(f.db, *f.desk);

    // Step 1: a walk-in gets the day's ticket; a phone call does not.
    const Case opened = ok(desk.reception().openCase(Channel::Interview, Purpose::ServiceRequest,
                                                     QStringLiteral("  تطلب سلة غذائية  ")));
    CHECK(opened.queueNumber == 1);
    CHECK(opened.step == Step::Reception);
    CHECK(opened.status == CaseStatus::Open);
    CHECK(opened.receivedBy == f.desk->userId());
    CHECK(opened.arrivalAt == deskMorning());
    CHECK(opened.inquiryText == QStringLiteral("تطلب سلة غذائية"));
    CHECK(ok(desk.reception().openCase(Channel::Interview, Purpose::Inquiry, QString()))
              .queueNumber == 2);
    CHECK(ok(desk.reception().openCase(Channel::PhoneCall, Purpose::Inquiry, QString()))
              .queueNumber == 0);
    const qint64 id = opened.id;

    f.clock.advanceSeconds(5 * 60);
    CHECK(ok(desk.advance(id)).step == Step::Information);

    // Step 2: register, choose the service, the documents.
    const Beneficiary b = ok(desk.information().registerBeneficiary(id, beneficiary(1)));
    CHECK(b.id > 0);
    CHECK(b.phone == QStringLiteral("+966550000001"));
    CHECK(b.nationality == QStringLiteral("SA"));
    const qint64 food = f.serviceId(QStringLiteral("food_basket"));
    CHECK(ok(desk.information().chooseService(id, food)).serviceId == food);

    const auto refused = desk.advance(id);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("has not been provided")));

    const QVector<Document> checklist = ok(desk.information().saveDocuments(id, foodDocuments()));
    CHECK(checklist.size() == 2);
    CHECK(ok(desk.advance(id)).step == Step::Verification);

    // Step 4: verified and signed, then eligibility is judged.
    const auto notYet = desk.advance(id);
    REQUIRE_FALSE(notYet.ok());
    CHECK(notYet.error().contains(QStringLiteral("not been marked as verified")));
    CHECK(notYet.error().contains(QStringLiteral("declaration")));
    CHECK(ok(desk.verification().markVerified(id, true)).dataVerified);
    const Case signedCase = ok(desk.verification().recordDeclarationSigned(id));
    CHECK(signedCase.declarationSignedAt == f.clock.nowUtc());
    CHECK(signedCase.declarationRecordedBy == f.desk->userId());
    CHECK(ok(desk.advance(id)).step == Step::Registration);

    // Step 5: the file number, Hijri year and sequence.
    const auto noNumber = desk.advance(id);
    REQUIRE_FALSE(noNumber.ok());
    CHECK(noNumber.error().contains(QStringLiteral("No file number")));
    CHECK(ok(desk.verification().issueFileNumber(id)) == QStringLiteral("1448-000001"));
    CHECK(ok(desk.verification().issueFileNumber(id)) ==
          QStringLiteral("1448-000001")); // kept, not reissued
    CHECK(ok(desk.advance(id)).step == Step::Delivery);

    // Step 6: delivered at once (the food basket needs no approval).
    const Delivery d =
        ok(desk.delivery().recordDelivery(id, 1, 0, QStringLiteral("سلة لشهر جمادى")));
    CHECK_FALSE(d.awaitingApproval);
    CHECK(d.serviceId == food);
    CHECK(d.deliveredBy == f.desk->userId());
    CHECK(ok(desk.advance(id)).step == Step::Survey);

    // Step 7: the survey closes the case.
    f.clock.advanceSeconds(10 * 60);
    const SurveyResponse survey =
        ok(desk.survey().recordSurvey(id, allFives(f), QStringLiteral("شكراً لحسن التعامل")));
    CHECK(survey.answers.size() == f.questions().size());
    const CaseContext ctx = ok(queries.loadContext(id));
    CHECK(ctx.theCase.status == CaseStatus::Closed);
    CHECK(ctx.theCase.step == Step::Survey);
    CHECK(ctx.theCase.endAt == f.clock.nowUtc());
    CHECK(ctx.theCase.serviceStartAt == deskMorning().addSecs(5 * 60));
    CHECK(ctx.beneficiary->fileNumber == QStringLiteral("1448-000001"));
    REQUIRE(ctx.survey);
    CHECK(ctx.survey->comment == QStringLiteral("شكراً لحسن التعامل"));
    CHECK(ctx.documentTypes.size() == 6);

    // Every transition, who and when.
    const QVector<StepEvent> events = ok(CaseBrowser(f.db, *f.desk).history(id));
    const QVector<QPair<Step, CaseStatus>> expected = {
        {Step::Information, CaseStatus::Open},  {Step::Verification, CaseStatus::Open},
        {Step::Registration, CaseStatus::Open}, {Step::Delivery, CaseStatus::Open},
        {Step::Survey, CaseStatus::Open},       {Step::Survey, CaseStatus::Closed}};
    REQUIRE(events.size() == expected.size());
    for (int i = 0; i < events.size(); ++i) {
        CHECK(events[i].toStep == expected[i].first);
        CHECK(events[i].toStatus == expected[i].second);
        CHECK(events[i].userId == f.desk->userId());
        if (i > 0)
            CHECK(events[i].fromStep == events[i - 1].toStep);
    }
    CHECK(events.first().fromStep == Step::Reception);
    CHECK(events.first().at == deskMorning().addSecs(5 * 60));

    // And the audit: who did what to the case.
    for (const char *action :
         {"case.create", "beneficiary.create", "case.beneficiary", "case.rules", "document.save",
          "case.verified", "case.declaration", "beneficiary.file_number", "case.file_number",
          "delivery.create", "survey.record"})
        CHECK(f.auditCount(QLatin1String(action)) >= 1);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'case.step' "
                                  "AND entity_id = %1 AND user_id = %2")
                       .arg(id)
                       .arg(f.desk->userId())) == 6);

    // The closed case has left the desk's list; the two other cases are there.
    const DeskListPage page = ok(queries.todaysCases());
    CHECK(page.rows.size() == 2);
    for (const DeskRow &row : page.rows)
        CHECK(row.theCase.id != id);
}

TEST_CASE("Queue numbers start again each day", "[services][desk]")
{
    Fixture f;
    CaseDesk desk(f.db, *f.desk);
    CHECK(ok(desk.reception().openCase(Channel::Interview, Purpose::ServiceRequest, QString()))
              .queueNumber == 1);
    CHECK(ok(desk.reception().openCase(Channel::Interview, Purpose::ServiceRequest, QString()))
              .queueNumber == 2);
    f.clock.advanceSeconds(24 * 3600);
    CHECK(ok(desk.reception().openCase(Channel::Interview, Purpose::ServiceRequest, QString()))
              .queueNumber == 1);
    DeskQueries queries(f.db, *f.desk);
    CHECK(ok(queries.todaysCases()).rows.size() == 1);
    CHECK(ok(queries.openCases(QDate())).rows.size() == 3);
}

TEST_CASE("An inquiry answered at the desk goes straight to the survey", "[services][desk]")
{
    Fixture f;
    CaseDesk desk(f.db, *f.desk);
    DeskQueries queries(f.db, *f.desk);
    const Case c = ok(desk.reception().openCase(Channel::PhoneCall, Purpose::Inquiry,
                                                QStringLiteral("ما مواعيد استقبال الطلبات؟")));

    const auto empty = desk.reception().answerInquiryAtDesk(c.id, QStringLiteral("  "));
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().contains(QStringLiteral("Write the answer")));

    const Case answered =
        ok(desk.reception().answerInquiryAtDesk(c.id, QStringLiteral("من الأحد إلى الخميس صباحاً")));
    CHECK(answered.step == Step::Survey);
    CHECK(answered.status == CaseStatus::Open);
    CHECK(answered.answerText == QStringLiteral("من الأحد إلى الخميس صباحاً"));

    ok(desk.survey().declineSurvey(c.id, true));
    const CaseContext ctx = ok(queries.loadContext(c.id));
    CHECK(ctx.theCase.status == CaseStatus::InquiryAnswered);
    REQUIRE(ctx.survey);
    CHECK(ctx.survey->declined);
    CHECK(ctx.survey->byPhone);
    CHECK(Workflow::stepState(ctx, Step::Information) == Workflow::StepState::Skipped);

    const QVector<StepEvent> events = ok(CaseBrowser(f.db, *f.desk).history(c.id));
    REQUIRE(events.size() == 2);
    CHECK(events[0].fromStep == Step::Reception);
    CHECK(events[0].toStep == Step::Survey);
    CHECK(events[0].note == QStringLiteral("من الأحد إلى الخميس صباحاً"));
    CHECK(events[1].toStatus == CaseStatus::InquiryAnswered);

    // A finished case refuses further changes, in words.
    const auto again = desk.survey().recordSurvey(c.id, allFives(f), QString());
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().contains(QStringLiteral("already finished")));
}

TEST_CASE("A referred case waits for the officer, is answered and resumes", "[services][desk]")
{
    Fixture f;
    CaseDesk desk(f.db, *f.desk);
    OfficerDesk officer(f.db, *f.officer);
    DeskQueries queries(f.db, *f.desk);
    const qint64 id = caseAt(f, desk, Step::Information);

    const auto blank = desk.refer(id, QString());
    REQUIRE_FALSE(blank.ok());
    CHECK(blank.error().contains(QStringLiteral("Write the question")));

    f.clock.advanceSeconds(60);
    const Referral r =
        ok(desk.refer(id, QStringLiteral("الأسرة تسكن خارج الرياض مؤقتاً، هل تستحق السلة؟")));
    CHECK(r.id > 0);
    CHECK(r.fromStep == Step::Information);
    CHECK(r.referredBy == f.desk->userId());
    CHECK(ok(queries.loadContext(id)).theCase.status == CaseStatus::WaitingReferral);

    // The case waits: the desk cannot move it.
    const auto waiting = desk.advance(id);
    REQUIRE_FALSE(waiting.ok());
    CHECK(waiting.error().contains(QStringLiteral("waiting for the program officer")));

    // The officer's queue holds it, with the waiting time.
    f.clock.advanceSeconds(30 * 60);
    const QVector<ReferralQueueItem> queue = ok(queries.referralQueue());
    REQUIRE(queue.size() == 1);
    CHECK(queue.first().referral.id == r.id);
    CHECK(queue.first().theCase.id == id);
    CHECK(queue.first().beneficiaryName.startsWith(QStringLiteral("فاطمة")));
    CHECK(queue.first().waitingSeconds == 30 * 60);

    // Only the officer answers.
    const auto byDesk = desk.advance(id);
    CHECK_FALSE(byDesk.ok());
    OfficerDesk asReceptionist(f.db, *f.desk);
    const auto refused = asReceptionist.answerReferral(id, QStringLiteral("نعم"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error() ==
          QStringLiteral("A receptionist may not answer a referral; ask the program officer."));

    const Referral answered =
        ok(officer.answerReferral(id, QStringLiteral("نعم، ما دام عنوانه الدائم في الرياض")));
    CHECK(answered.answeredBy == f.officer->userId());
    CHECK(answered.answeredAt == f.clock.nowUtc());
    CHECK(ok(queries.referralQueue()).isEmpty());
    const auto twice = officer.answerReferral(id, QStringLiteral("مرة أخرى"));
    CHECK_FALSE(twice.ok());

    // The desk sees the answer waiting, then picks it up.
    const DeskListPage page = ok(queries.todaysCases());
    REQUIRE(page.rows.size() == 1);
    CHECK(page.rows.first().answerToPickUp);
    CHECK(page.rows.first().serviceName == QStringLiteral("السلة الغذائية"));

    const Case resumed = ok(desk.resumeAfterReferral(id));
    CHECK(resumed.step == Step::Information);
    CHECK(resumed.status == CaseStatus::Open);
    const CaseContext ctx = ok(queries.loadContext(id));
    REQUIRE(ctx.referrals.size() == 1);
    CHECK(ctx.referrals.first().pickedUpAt == f.clock.nowUtc());
    CHECK_FALSE(ok(queries.todaysCases()).rows.first().answerToPickUp);

    const QVector<StepEvent> events = ok(CaseBrowser(f.db, *f.desk).history(id));
    REQUIRE(events.size() >= 3);
    const StepEvent &toReferral = events[events.size() - 3];
    CHECK(toReferral.toStep == Step::Referral);
    CHECK(toReferral.toStatus == CaseStatus::WaitingReferral);
    CHECK(events[events.size() - 2].userId == f.officer->userId());
    CHECK(events[events.size() - 2].fromStatus == CaseStatus::WaitingReferral);
    CHECK(events.last().toStep == Step::Information);
    CHECK(f.auditCount(QStringLiteral("referral.create")) == 1);
    CHECK(f.auditCount(QStringLiteral("referral.answer")) == 1);
    CHECK(f.auditCount(QStringLiteral("referral.pickup")) == 1);

    // The case then goes on as before.
    CHECK(ok(desk.advance(id)).step == Step::Verification);
}

TEST_CASE("A refused advance lists what is missing, in words", "[services][desk]")
{
    Fixture f;
    CaseDesk desk(f.db, *f.desk);
    const Case c =
        ok(desk.reception().openCase(Channel::Letter, Purpose::ServiceRequest, QString()));
    ok(desk.advance(c.id));
    const auto before = f.snapshot();
    const auto refused = desk.advance(c.id);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("Information and matching")));
    CHECK(refused.error().contains(QStringLiteral("No beneficiary has been found or registered")));
    CHECK(refused.error().contains(QStringLiteral("No service has been chosen")));
    CHECK(f.snapshot() == before);

    // Wrong steps are refused too, naming them.
    const auto early = desk.verification().markVerified(c.id, true);
    REQUIRE_FALSE(early.ok());
    CHECK(early.error() == QStringLiteral("This is done at the Verification and declaration step; "
                                          "this case is at the Information and matching step."));
    const auto delivery = desk.delivery().recordDelivery(c.id, 1, 0, QString());
    CHECK_FALSE(delivery.ok());
    const auto file = desk.verification().issueFileNumber(c.id);
    CHECK_FALSE(file.ok());
    CHECK(f.snapshot() == before);
}

TEST_CASE("The file number waits until every requirement is met", "[services][desk]")
{
    Fixture f;
    CaseDesk desk(f.db, *f.desk);
    const qint64 id = caseAt(f, desk, Step::Registration);
    // The family record expires before the number is issued the next day.
    const Beneficiary b = *ok(DeskQueries(f.db, *f.desk).loadContext(id)).beneficiary;
    Document expired = foodDocuments().last();
    expired.expiry = QDate(2026, 11, 22);
    ok(desk.information().saveDocuments(id, {expired}));
    f.clock.advanceSeconds(24 * 3600);
    const auto refused = desk.verification().issueFileNumber(id);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("every requirement")));
    CHECK(refused.error().contains(
        QStringLiteral("expired on %1").arg(DeskText::date(QDate(2026, 11, 22)))));
    CHECK(ok(BeneficiaryRepository(f.db).get(b.id)).fileNumber.isEmpty());

    ok(desk.information().saveDocuments(id, foodDocuments()));
    CHECK(ok(desk.verification().issueFileNumber(id)) == QStringLiteral("1448-000001"));
    const qint64 second = caseAt(f, desk, Step::Registration, 2);
    CHECK(ok(desk.verification().issueFileNumber(second)) == QStringLiteral("1448-000002"));
}

TEST_CASE("A service that needs approval waits for the program officer", "[services][desk]")
{
    Fixture f;
    CaseDesk desk(f.db, *f.desk);
    OfficerDesk officer(f.db, *f.officer);
    DeskQueries queries(f.db, *f.officer);

    // Counselling has no rules or documents; make it need approval.
    ServiceRepository services(f.db);
    Service counselling = *ok(services.findByCode(QStringLiteral("family_counselling")));
    counselling.needsApproval = true;
    ok(services.update(counselling, f.manager->userId()));

    const Case c =
        ok(desk.reception().openCase(Channel::Interview, Purpose::ServiceRequest, QString()));
    ok(desk.advance(c.id));
    ok(desk.information().registerBeneficiary(c.id, beneficiary(3)));
    ok(desk.information().chooseService(c.id, counselling.id));
    ok(desk.advance(c.id));
    ok(desk.verification().markVerified(c.id, true));
    ok(desk.verification().recordDeclarationSigned(c.id));
    ok(desk.advance(c.id));
    ok(desk.verification().issueFileNumber(c.id));
    ok(desk.advance(c.id));

    const Delivery d = ok(desk.delivery().recordDelivery(c.id, 1, 0, QStringLiteral("جلسة أولى")));
    CHECK(d.awaitingApproval);
    const auto waiting = desk.advance(c.id);
    REQUIRE_FALSE(waiting.ok());
    CHECK(waiting.error().contains(QStringLiteral("waiting for the program officer's approval")));

    const QVector<ApprovalQueueItem> queue = ok(queries.approvalQueue());
    REQUIRE(queue.size() == 1);
    CHECK(queue.first().delivery.id == d.id);

    OfficerDesk asReceptionist(f.db, *f.desk);
    const auto refused = asReceptionist.approveDelivery(d.id);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error() == QStringLiteral("A receptionist may not approve a service delivery; "
                                            "ask the program officer."));

    const Delivery approved = ok(officer.approveDelivery(d.id));
    CHECK(approved.approvedBy == f.officer->userId());
    CHECK(ok(queries.approvalQueue()).isEmpty());
    CHECK(ok(desk.advance(c.id)).step == Step::Survey);
}

TEST_CASE("Failed eligibility: the officer overrides with a reason, kept and audited",
          "[services][desk]")
{
    Fixture f;
    CaseDesk desk(f.db, *f.desk);
    OfficerDesk officer(f.db, *f.officer);
    DeskQueries queries(f.db, *f.desk);

    const Case c =
        ok(desk.reception().openCase(Channel::Interview, Purpose::ServiceRequest, QString()));
    ok(desk.advance(c.id));
    Beneficiary rich = beneficiary(4);
    rich.monthlyIncome = 9000 * 100; // 1,800 SAR a member: over the food basket's 1,200
    ok(desk.information().registerBeneficiary(c.id, rich));
    ok(desk.information().chooseService(c.id, f.serviceId(QStringLiteral("food_basket"))));
    ok(desk.information().saveDocuments(c.id, foodDocuments()));
    ok(desk.advance(c.id));
    ok(desk.verification().markVerified(c.id, true));
    ok(desk.verification().recordDeclarationSigned(c.id));

    const auto blocked = desk.advance(c.id);
    REQUIRE_FALSE(blocked.ok());
    CHECK(blocked.error().contains(QStringLiteral("a program officer may override")));
    CHECK(blocked.error().contains(QStringLiteral("Income per family member")));

    const EligibilityView view = ok(queries.eligibility(c.id));
    CHECK(view.applicable);
    CHECK_FALSE(view.result.passed());
    CHECK(view.rulesVersion == 1);
    CHECK_FALSE(view.overridden);

    // The receptionist may not override.
    OfficerDesk asReceptionist(f.db, *f.desk);
    const auto refused = asReceptionist.overrideEligibility(c.id, QStringLiteral("ظروف خاصة"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error() == QStringLiteral("A receptionist may not override an eligibility rule; "
                                            "ask the program officer."));

    const auto noReason = officer.overrideEligibility(c.id, QStringLiteral("   "));
    CHECK_FALSE(noReason.ok());

    f.clock.advanceSeconds(600);
    const EligibilityOverride o =
        ok(officer.overrideEligibility(c.id, QStringLiteral("الأسرة تعيل أقارب مرضى")));
    CHECK(o.overriddenBy == f.officer->userId());
    CHECK(o.overriddenAt == f.clock.nowUtc());
    CHECK(o.rulesVersion == 1);
    REQUIRE(o.failedRules.size() == 1);
    CHECK(o.failedRules.first().contains(QStringLiteral("Income per family member")));
    CHECK(f.auditCount(QStringLiteral("case.eligibility_override")) == 1);
    CHECK_FALSE(officer.overrideEligibility(c.id, QStringLiteral("مرة ثانية")).ok());

    const EligibilityView after = ok(queries.eligibility(c.id));
    CHECK(after.overridden);
    REQUIRE(after.overrides.size() == 1);
    CHECK(after.overrides.first().reason == QStringLiteral("الأسرة تعيل أقارب مرضى"));

    CHECK(ok(desk.advance(c.id)).step == Step::Registration);

    // The override is kept forever: the database refuses to change it.
    QSqlQuery q(f.db.connection());
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM eligibility_overrides")));
}

TEST_CASE("Not eligible: the officer decides, the desk only when the rules fail",
          "[services][desk]")
{
    Fixture f;
    CaseDesk desk(f.db, *f.desk);
    CaseDesk officerDesk(f.db, *f.officer);

    // Rules met: the receptionist may not end the case as not eligible.
    const qint64 met = caseAt(f, desk, Step::Verification, 5);
    const auto refused = desk.markNotEligible(met, {QStringLiteral("لا يبدو محتاجاً")});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("Only the program officer")));
    const Case decided = ok(officerDesk.markNotEligible(met, {QStringLiteral("دخل غير مصرح به")}));
    CHECK(decided.status == CaseStatus::NotEligible);
    CHECK(decided.closingReason == QStringLiteral("دخل غير مصرح به"));

    // Rules failing: the receptionist may, and the rules are the reasons.
    const Case c =
        ok(desk.reception().openCase(Channel::Interview, Purpose::ServiceRequest, QString()));
    ok(desk.advance(c.id));
    Beneficiary rich = beneficiary(6);
    rich.monthlyIncome = 9000 * 100;
    ok(desk.information().registerBeneficiary(c.id, rich));
    ok(desk.information().chooseService(c.id, f.serviceId(QStringLiteral("food_basket"))));
    const Case ended = ok(desk.markNotEligible(c.id, {}));
    CHECK(ended.status == CaseStatus::NotEligible);
    CHECK(ended.closingReason.contains(QStringLiteral("Income per family member")));
    CHECK(f.auditCount(QStringLiteral("case.not_eligible")) == 2);

    // A manager may do neither.
    CaseDesk managerDesk(f.db, *f.manager);
    const auto manager = managerDesk.markNotEligible(met, {QStringLiteral("x")});
    REQUIRE_FALSE(manager.ok());
    CHECK(manager.error() == QStringLiteral("A manager may not decide that a beneficiary is not "
                                            "eligible; ask the program officer."));
}

TEST_CASE("A case keeps the rules version of its service when the rules change", "[services][desk]")
{
    Fixture f;
    CaseDesk desk(f.db, *f.desk);
    DeskQueries queries(f.db, *f.desk);
    const qint64 id = caseAt(f, desk, Step::Verification, 7);
    CHECK(ok(queries.eligibility(id)).result.passed());

    // The manager lowers the ceiling to 500 SAR a member: version 2.
    ServiceRepository services(f.db);
    Service food = *ok(services.findByCode(QStringLiteral("food_basket")));
    food.rules.first().amount = 500 * 100;
    CHECK(ok(services.update(food, f.manager->userId())).rulesVersion == 2);

    const CaseContext ctx = ok(queries.loadContext(id));
    REQUIRE(ctx.service);
    CHECK(ctx.service->rulesVersion == 1);
    CHECK(ctx.service->rules.first().amount == 1200 * 100);
    CHECK(ok(queries.eligibility(id)).result.passed());

    // A new case is judged by the new rules.
    const qint64 newer = caseAt(f, desk, Step::Information, 8);
    const EligibilityView view = ok(queries.eligibility(newer));
    CHECK(view.rulesVersion == 2);
    CHECK_FALSE(view.result.passed());
}

TEST_CASE("Each role is refused the others' work by the services themselves", "[services][desk]")
{
    Fixture f;
    CaseDesk desk(f.db, *f.desk);
    const qint64 id = caseAt(f, desk, Step::Information);
    const auto before = f.snapshot();

    OfficerDesk asReceptionist(f.db, *f.desk);
    CHECK(asReceptionist.answerReferral(id, QStringLiteral("x")).error() ==
          QStringLiteral("A receptionist may not answer a referral; ask the program officer."));
    CHECK(asReceptionist.overrideEligibility(id, QStringLiteral("x")).error() ==
          QStringLiteral("A receptionist may not override an eligibility rule; ask the "
                         "program officer."));
    CHECK(asReceptionist.approveDelivery(1).error() ==
          QStringLiteral("A receptionist may not approve a service delivery; ask the program "
                         "officer."));

    CaseDesk asManager(f.db, *f.manager);
    CHECK(asManager.reception().openCase(Channel::Interview, Purpose::Inquiry, QString()).error() ==
          QStringLiteral("A manager may not open a case; ask the receptionist."));
    CHECK(asManager.advance(id).error() ==
          QStringLiteral("A manager may not move a case to another step; ask the "
                         "receptionist."));
    CHECK(asManager.information().registerBeneficiary(0, beneficiary(9)).error() ==
          QStringLiteral("A manager may not register or change a beneficiary's record; ask "
                         "the receptionist."));

    CaseDesk asAdmin(f.db, *f.admin);
    CHECK(asAdmin.survey().recordSurvey(id, {}, QStringLiteral("x")).error() ==
          QStringLiteral("An administrator may not record a satisfaction survey; ask the "
                         "receptionist."));
    DeskQueries adminReads(f.db, *f.admin);
    CHECK(adminReads.loadContext(id).error() ==
          QStringLiteral("An administrator may not see the beneficiaries' cases; ask the "
                         "receptionist or the program officer."));
    CHECK(adminReads.referralQueue().error().startsWith(QStringLiteral("An administrator")));

    CHECK(f.snapshot() == before);
}

TEST_CASE("One action is one transaction: a failure part-way leaves nothing", "[services][desk]")
{
    Fixture f;
    CaseDesk desk(f.db, *f.desk);
    OfficerDesk officer(f.db, *f.officer);
    const qint64 survey = caseAt(f, desk, Step::Survey);

    SECTION("an answer to an unknown question is refused in words before anything is kept")
    {
        const auto before = f.snapshot();
        QVector<SurveyAnswer> answers = allFives(f);
        answers << SurveyAnswer{9999, 4};
        const auto refused = desk.survey().recordSurvey(survey, answers, QStringLiteral("تعليق"));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error() ==
              QStringLiteral("Survey question number 9999 is not one of the active questions."));
        CHECK(f.snapshot() == before);
        const auto score = desk.survey().recordSurvey(
            survey, {SurveyAnswer{f.questions().first().id, 6}}, QString());
        CHECK(score.error() == QStringLiteral("Each answer is a score from 1 to 5; 6 is not."));
        CHECK(f.snapshot() == before);
    }

    SECTION("a failure after every write of the action rolls all of them back")
    {
        QStringList failedAt;
        const auto failAfterWork = [&failedAt](const QString &action) {
            failedAt << action;
            return Status::failure(QStringLiteral("injected failure in %1").arg(action));
        };
        desk.setFaultInjector(failAfterWork);
        officer.setFaultInjector(failAfterWork);

        const auto before = f.snapshot();
        // The survey: the case closed, its step event, the response, its
        // answers and their audit rows.
        const auto surveyed =
            desk.survey().recordSurvey(survey, allFives(f), QStringLiteral("ممتاز"));
        REQUIRE_FALSE(surveyed.ok());
        CHECK(surveyed.error().contains(QStringLiteral("injected failure in case.survey")));
        CHECK(f.snapshot() == before);
        CHECK(ok(CaseRepository(f.db).get(survey)).status == CaseStatus::Open);

        const auto opened =
            desk.reception().openCase(Channel::Interview, Purpose::Inquiry, QString());
        CHECK_FALSE(opened.ok());
        CHECK(f.snapshot() == before);

        desk.setFaultInjector({});
        officer.setFaultInjector({});
        const qint64 info = caseAt(f, desk, Step::Information, 2);
        const qint64 registration = caseAt(f, desk, Step::Registration, 3);
        const Case fresh =
            ok(desk.reception().openCase(Channel::Interview, Purpose::ServiceRequest, QString()));
        ok(desk.advance(fresh.id));
        desk.setFaultInjector(failAfterWork);
        officer.setFaultInjector(failAfterWork);
        const auto middle = f.snapshot();

        CHECK_FALSE(desk.information().registerBeneficiary(fresh.id, beneficiary(4)).ok());
        CHECK_FALSE(desk.refer(info, QStringLiteral("سؤال")).ok());
        CHECK_FALSE(desk.advance(info).ok());
        CHECK_FALSE(desk.verification().issueFileNumber(registration).ok());
        CHECK_FALSE(desk.withdraw(info, QStringLiteral("سافر")).ok());
        CHECK(f.snapshot() == middle);

        desk.setFaultInjector({});
        ok(desk.refer(info, QStringLiteral("سؤال")));
        const auto referred = f.snapshot();
        CHECK_FALSE(officer.answerReferral(info, QStringLiteral("جواب")).ok());
        CHECK(f.snapshot() == referred);
        CHECK(failedAt.contains(QStringLiteral("referral.answer")));
        CHECK(failedAt.contains(QStringLiteral("case.file_number")));
    }
}

TEST_CASE("Beneficiaries: validated, duplicates refused, stale saves refused with who and when",
          "[services][desk]")
{
    Fixture f;
    CaseDesk desk(f.db, *f.desk);
    CaseDesk officerDesk(f.db, *f.officer);
    DeskQueries queries(f.db, *f.desk);

    Beneficiary bad = beneficiary(1);
    bad.idNumber = QStringLiteral("1000000000");
    const auto checksum = desk.information().registerBeneficiary(0, bad);
    REQUIRE_FALSE(checksum.ok());
    CHECK(checksum.error().contains(QStringLiteral("check digit")));

    Beneficiary noConsent = beneficiary(1);
    noConsent.consentGiven = false;
    CHECK(desk.information()
              .registerBeneficiary(0, noConsent)
              .error()
              .contains(QStringLiteral("consent")));

    Beneficiary badPhone = beneficiary(1);
    badPhone.phone = QStringLiteral("12345");
    CHECK_FALSE(desk.information().registerBeneficiary(0, badPhone).ok());

    // Arabic-Indic digits and an iqama number typed as a national ID.
    Beneficiary resident = beneficiary(2);
    resident.idNumber = idNumber(2, '2');
    resident.nationality = QStringLiteral("ye");
    resident.phone = QStringLiteral("٠٥٥٠٠٠٠٠٠٢");
    const Beneficiary stored = ok(desk.information().registerBeneficiary(0, resident));
    CHECK(stored.idType == IdType::Iqama);
    CHECK(stored.nationality == QStringLiteral("YE"));
    CHECK(stored.phone == QStringLiteral("+966550000002"));

    const Beneficiary first = ok(desk.information().registerBeneficiary(0, beneficiary(1)));
    Beneficiary again = beneficiary(1, QStringLiteral("فاطمه"));
    const auto duplicate = desk.information().registerBeneficiary(0, again);
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().contains(first.name.full()));
    CHECK(duplicate.error().contains(QStringLiteral("already registered with this ID number")));

    Beneficiary samePhone = beneficiary(10, QStringLiteral("سارة"), QStringLiteral("الدوسري"));
    samePhone.phone = first.phone;
    const QVector<BeneficiaryMatch> matches = ok(queries.possibleDuplicates(samePhone));
    REQUIRE(matches.size() == 1);
    CHECK(matches.first().id == first.id);

    // Two desks open the same record; the second save is refused.
    Beneficiary mine = first;
    Beneficiary theirs = first;
    f.clock.advanceSeconds(15 * 60);
    theirs.familySize = 6;
    const Beneficiary saved = ok(officerDesk.information().updateBeneficiary(theirs));
    CHECK(saved.version == first.version + 1);
    mine.city = QStringLiteral("الخرج");
    const auto before = f.snapshot();
    const auto stale = desk.information().updateBeneficiary(mine);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error() == QStringLiteral("خالد البرامج saved this beneficiary's record at "
                                          "2026-11-22 09:15, after you opened it. Reload the "
                                          "record and make your changes again."));
    CHECK(stale.isStale());
    CHECK(f.snapshot() == before);

    Beneficiary reloaded = ok(BeneficiaryRepository(f.db).get(first.id));
    reloaded.city = QStringLiteral("الخرج");
    const Beneficiary fixed = ok(desk.information().updateBeneficiary(reloaded));
    CHECK(fixed.city == QStringLiteral("الخرج"));
    CHECK(fixed.familySize == 6);
}

TEST_CASE("The default catalogue is put in once", "[services][catalogue]")
{
    Fixture f; // already ran ensureDefaults once
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM services")) == 6);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM document_types")) == 6);
    const qint64 questions = f.scalar(QStringLiteral("SELECT COUNT(*) FROM survey_questions"));
    CHECK(questions >= 3);
    const auto before = f.snapshot();
    CatalogueSetupReport second;
    REQUIRE(CatalogueSetup::ensureDefaults(f.db, 0, &second).ok());
    CHECK_FALSE(second.addedAnything());
    CHECK(f.snapshot() == before);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM services")) == 6);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM survey_questions")) == questions);
}

TEST_CASE("The default catalogue adds only the document types that are missing",
          "[services][catalogue]")
{
    TestDb::Fresh fresh;
    Database db;
    REQUIRE(db.open(fresh.location()).ok());
    DocumentType own;
    own.code = QStringLiteral("id_card");
    own.nameAr = QStringLiteral("الهوية");
    REQUIRE(ServiceRepository(db).createDocumentType(own, 0).ok());
    CatalogueSetupReport report;
    REQUIRE(CatalogueSetup::ensureDefaults(db, 0, &report).ok());
    CHECK(report.documentTypes == 5);
    CHECK(report.services == 6);
    CHECK(report.surveyQuestions > 0);
    const auto types = ok(ServiceRepository(db).documentTypes());
    CHECK(types.first().nameAr == QStringLiteral("الهوية"));
}

TEST_CASE("Approved answers are found in any spelling and recorded once on the case",
          "[services][desk]")
{
    Fixture f;
    ApprovedAnswer support;
    support.question = QStringLiteral("متى يصرف الدعم الشهري؟");
    support.answer = QStringLiteral("في الأسبوع الأول من كل شهر هجري.");
    support.sourceDocument = QStringLiteral("دليل سياسة الدعم");
    support = ok(CatalogueDesk(f.db, *f.manager).saveApprovedAnswer(support));
    ApprovedAnswer hours;
    hours.question = QStringLiteral("ما مواعيد الاستقبال؟");
    hours.answer = QStringLiteral("من الأحد إلى الخميس، ٨ صباحًا حتى ٢ ظهرًا.");
    hours.sourceDocument = QStringLiteral("دليل الإجراءات");
    hours = ok(CatalogueDesk(f.db, *f.manager).saveApprovedAnswer(hours));

    DeskQueries queries(f.db, *f.desk);
    // Alef with hamza, taa marbuta and a partly typed last word all match.
    const QVector<ApprovedAnswer> found =
        ok(queries.approvedAnswers(QStringLiteral("متي يصرف الدعم الشهر")));
    REQUIRE(found.size() == 1);
    CHECK(found.first().id == support.id);
    CHECK(ok(queries.approvedAnswers(QStringLiteral("مواعيد"))).first().id == hours.id);
    CHECK(ok(queries.approvedAnswers(QStringLiteral("  "))).isEmpty());
    CHECK(ok(queries.approvedAnswers(QStringLiteral("تأشيرة"))).isEmpty());

    CaseDesk desk(f.db, *f.desk);
    const qint64 id = caseAt(f, desk, Step::Reception);
    CHECK(ok(desk.reception().giveApprovedAnswer(id, support.id)).answer == support.answer);
    ok(desk.reception().giveApprovedAnswer(id, support.id)); // given again: kept once
    ok(desk.reception().giveApprovedAnswer(id, hours.id));
    const QVector<ApprovedAnswer> given = ok(queries.answersGiven(id));
    REQUIRE(given.size() == 2);
    CHECK(given[0].id == support.id);
    CHECK(given[1].id == hours.id);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                  "'case.answer_given' AND entity_id = %1")
                       .arg(id)) == 2);

    // Refused, and nothing kept: an answer the catalogue no longer offers, one
    // that does not exist, a finished case, and a role that does not serve.
    ApprovedAnswer retired = hours;
    retired.active = false;
    ok(CatalogueDesk(f.db, *f.manager).saveApprovedAnswer(retired));
    const qint64 other = caseAt(f, desk, Step::Reception);
    const auto before = f.snapshot();
    CHECK(desk.reception()
              .giveApprovedAnswer(other, hours.id)
              .error()
              .contains(QStringLiteral("no longer")));
    CHECK_FALSE(desk.reception().giveApprovedAnswer(other, 999).ok());
    CHECK(CaseDesk(f.db, *f.manager)
              .reception()
              .giveApprovedAnswer(other, support.id)
              .error()
              .startsWith(QStringLiteral("A manager may not")));
    CHECK(f.snapshot() == before);
    ok(desk.withdraw(other, QStringLiteral("غادر قبل دوره")));
    const auto withdrawn = f.snapshot();
    CHECK(desk.reception()
              .giveApprovedAnswer(other, support.id)
              .error()
              .contains(QStringLiteral("finished")));
    CHECK(f.snapshot() == withdrawn);
    CHECK(ok(queries.answersGiven(other)).isEmpty());
}

TEST_CASE("A page's actions saved together are kept whole or not at all", "[services][desk]")
{
    Fixture f;
    CaseDesk desk(f.db, *f.desk);
    const qint64 id = caseAt(f, desk, Step::Reception);
    ok(desk.advance(id));
    const auto before = f.snapshot();
    const auto stepTwo = [&]() -> Status {
        if (Status s = desk.information().registerBeneficiary(id, beneficiary(7)).status(); !s)
            return s;
        if (Status s = desk.information()
                           .chooseService(id, f.serviceId(QStringLiteral("food_basket")))
                           .status();
            !s)
            return s;
        return desk.information().saveDocuments(id, foodDocuments()).status();
    };

    // The last of the three fails: the record and the service go with it.
    desk.setFaultInjector([](const QString &action) {
        return action == QLatin1String("case.page")
                   ? Status::failure(QStringLiteral("the connection dropped"))
                   : Status::success();
    });
    CHECK(desk.together(stepTwo).error() == QStringLiteral("the connection dropped"));
    CHECK(f.snapshot() == before);
    CHECK(ok(CaseRepository(f.db).get(id)).beneficiaryId == 0);

    // A refusal part-way (a document type the catalogue does not know) too.
    desk.setFaultInjector({});
    Document unknown;
    unknown.typeCode = QStringLiteral("no_such_document");
    unknown.provided = true;
    CHECK_FALSE(desk.together([&]() -> Status {
                        if (Status s =
                                desk.information().registerBeneficiary(id, beneficiary(7)).status();
                            !s)
                            return s;
                        return desk.information().saveDocuments(id, {unknown}).status();
                    })
                    .ok());
    CHECK(f.snapshot() == before);

    // Saved together, all three are there.
    REQUIRE(desk.together(stepTwo).ok());
    const Case saved = ok(CaseRepository(f.db).get(id));
    CHECK(saved.beneficiaryId != 0);
    CHECK(saved.serviceId == f.serviceId(QStringLiteral("food_basket")));
}
