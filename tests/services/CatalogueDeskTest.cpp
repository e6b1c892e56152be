#include "ServicesTestSupport.h"

#include "services/CaseDesk.h"
#include "services/CatalogueDesk.h"
#include "services/DeskQueries.h"
#include "storage/ApprovedAnswerRepository.h"

using namespace ServicesTest;

namespace {

Service serviceByCode(CatalogueDesk &editor, const QString &code)
{
    for (const Service &s : ok(editor.services())) {
        if (s.code == code)
            return s;
    }
    FAIL("no service " << code.toStdString());
    return {};
}

EligibilityRule ruleOf(EligibilityRule::Kind kind)
{
    EligibilityRule r;
    r.kind = kind;
    return r;
}

// A food-basket case at verification, judged by the rules of the day.
qint64 foodCaseAtVerification(Fixture &f, CaseDesk &desk, qint64 serial)
{
    const Case c =
        ok(desk.reception().openCase(Channel::Interview, Purpose::ServiceRequest, QString()));
    ok(desk.advance(c.id));
    ok(desk.information().registerBeneficiary(c.id, beneficiary(serial)));
    ok(desk.information().chooseService(c.id, f.serviceId(QStringLiteral("food_basket"))));
    ok(desk.information().saveDocuments(c.id, foodDocuments()));
    ok(desk.advance(c.id));
    return c.id;
}

} // namespace

TEST_CASE("A receptionist cannot change the catalogue, even calling the service directly",
          "[services][catalogue]")
{
    Fixture f;
    CatalogueDesk asDesk(f.db, *f.desk);
    const auto before = f.snapshot();
    const qint64 servicesBefore = f.scalar(QStringLiteral("SELECT COUNT(*) FROM services"));
    const QString refusal = QStringLiteral(
        "A receptionist may not change the services, rules, documents or survey questions; ask "
        "the manager.");

    Service food = *ok(ServiceRepository(f.db).findByCode(QStringLiteral("food_basket")));
    food.rules.first().amount = 1;
    CHECK(asDesk.saveService(food).error() == refusal);
    Service added;
    added.nameAr = QStringLiteral("كسوة الشتاء");
    CHECK(asDesk.saveService(added).error() == refusal);
    CHECK(asDesk.services().error() == refusal);
    CHECK(asDesk.rulesAt(food.id, 1).error() == refusal);

    DocumentType type;
    type.nameAr = QStringLiteral("صك ملكية");
    CHECK(asDesk.saveDocumentType(type).error() == refusal);
    CHECK(asDesk.documentTypes().error() == refusal);

    SurveyQuestion question;
    question.textAr = QStringLiteral("هل وجدت ما تحتاج؟");
    CHECK(asDesk.saveSurveyQuestion(question).error() == refusal);
    CHECK(asDesk.moveSurveyQuestion(f.questions().first().id, 1).error() == refusal);
    CHECK(asDesk.surveyQuestions().error() == refusal);

    ApprovedAnswer answer;
    answer.question = QStringLiteral("متى يصرف الدعم؟");
    answer.answer = QStringLiteral("في الأسبوع الأول من كل شهر.");
    answer.sourceDocument = QStringLiteral("دليل سياسة الدعم");
    CHECK(asDesk.saveApprovedAnswer(answer).error() == refusal);
    CHECK(asDesk.approvedAnswers().error() == refusal);

    // Nor may the program officer or the administrator.
    CHECK_FALSE(CatalogueDesk(f.db, *f.officer).saveService(food).ok());
    CHECK(CatalogueDesk(f.db, *f.admin).saveService(food).error() ==
          QStringLiteral("An administrator may not change the services, rules, documents or "
                         "survey questions; ask the manager."));

    CHECK(f.snapshot() == before);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM services")) == servicesBefore);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM approved_answers")) == 0);
    CHECK(ok(ServiceRepository(f.db).findByCode(QStringLiteral("food_basket")))->rulesVersion == 1);
}

TEST_CASE("The manager's rule change never alters a case already judged", "[services][catalogue]")
{
    Fixture f;
    CaseDesk desk(f.db, *f.desk);
    DeskQueries queries(f.db, *f.desk);
    CatalogueDesk editor(f.db, *f.manager);

    // 3,000 SAR for five people: 600 a member, under the food basket's 1,200.
    const qint64 judged = foodCaseAtVerification(f, desk, 11);
    REQUIRE(ok(queries.eligibility(judged)).rulesVersion == 1);
    REQUIRE(ok(queries.eligibility(judged)).result.passed());

    // The manager lowers the ceiling to 500 SAR and asks for a family of six.
    Service food = serviceByCode(editor, QStringLiteral("food_basket"));
    REQUIRE(food.rules.first().kind == EligibilityRule::Kind::IncomePerMemberCeiling);
    food.rules.first().amount = 500 * 100;
    EligibilityRule family = ruleOf(EligibilityRule::Kind::MinFamilySize);
    family.minimum = 6;
    food.rules << family;
    const Service saved = ok(editor.saveService(food));
    CHECK(saved.rulesVersion == 2);
    CHECK(saved.rules.size() == 3);

    // Version 1 is kept as it was; the case is still judged by it.
    const QVector<EligibilityRule> v1 = ok(editor.rulesAt(food.id, 1));
    REQUIRE(v1.size() == 2);
    CHECK(v1.first().amount == 1200 * 100);
    const EligibilityView view = ok(queries.eligibility(judged));
    CHECK(view.rulesVersion == 1);
    CHECK(view.result.passed());
    CHECK(ok(queries.loadContext(judged)).service->rules.size() == 2);

    // A new case is judged by version 2 and fails both changed rules.
    const qint64 newer = foodCaseAtVerification(f, desk, 12);
    const EligibilityView now = ok(queries.eligibility(newer));
    CHECK(now.rulesVersion == 2);
    CHECK(now.result.failures().size() == 2);

    // Renaming alone keeps the version.
    Service renamed = saved;
    renamed.nameEn = QStringLiteral("Food basket (monthly)");
    CHECK(ok(editor.saveService(renamed)).rulesVersion == 2);
    CHECK(f.auditCount(QStringLiteral("service.update")) == 2);
}

TEST_CASE("Rules that cannot be judged are refused in words", "[services][catalogue]")
{
    Fixture f;
    CatalogueDesk editor(f.db, *f.manager);
    Service s;
    s.nameAr = QStringLiteral("خدمة تجريبية");
    s.nameEn = QStringLiteral("Trial service");

    const auto refusedWith = [&](const EligibilityRule &rule, const QString &words) {
        Service withRule = s;
        withRule.rules = {rule};
        const auto saved = editor.saveService(withRule);
        INFO(saved.error().toStdString());
        REQUIRE_FALSE(saved.ok());
        CHECK(saved.error().contains(words));
    };
    refusedWith(ruleOf(EligibilityRule::Kind::IncomePerMemberCeiling),
                QStringLiteral("above zero"));
    refusedWith(ruleOf(EligibilityRule::Kind::Nationality), QStringLiteral("nationality"));
    EligibilityRule wrongCode = ruleOf(EligibilityRule::Kind::Nationality);
    wrongCode.values = {QStringLiteral("Saudi")};
    refusedWith(wrongCode, QStringLiteral("two letters"));
    refusedWith(ruleOf(EligibilityRule::Kind::City), QStringLiteral("city"));
    EligibilityRule upsideDown = ruleOf(EligibilityRule::Kind::AgeRange);
    upsideDown.minimum = 40;
    upsideDown.maximum = 18;
    refusedWith(upsideDown, QStringLiteral("below the lowest"));
    refusedWith(ruleOf(EligibilityRule::Kind::AgeRange), QStringLiteral("lowest or a highest"));
    refusedWith(ruleOf(EligibilityRule::Kind::MinFamilySize), QStringLiteral("1 to 50"));
    refusedWith(ruleOf(EligibilityRule::Kind::RequiredDocumentsValid),
                QStringLiteral("requires no documents"));
    EligibilityRule unknownDocument = ruleOf(EligibilityRule::Kind::RequiredDocumentsValid);
    unknownDocument.values = {QStringLiteral("passport_scan")};
    refusedWith(unknownDocument, QStringLiteral("passport_scan"));

    Service twice = s;
    EligibilityRule city = ruleOf(EligibilityRule::Kind::City);
    city.values = {QStringLiteral("الرياض")};
    twice.rules = {city, city};
    CHECK(editor.saveService(twice).error().contains(QStringLiteral("twice")));

    Service nameless = s;
    nameless.nameAr = QStringLiteral("  ");
    CHECK(editor.saveService(nameless).error() == QStringLiteral("Write the service's name in "
                                                                 "Arabic."));
    CHECK(f.auditCount(QStringLiteral("service.create")) == 6); // the default catalogue only
}

TEST_CASE("The manager adds a service with its rules, documents and a code of its own",
          "[services][catalogue]")
{
    Fixture f;
    CatalogueDesk editor(f.db, *f.manager);

    DocumentType deed;
    deed.nameAr = QStringLiteral("صك الملكية");
    deed.nameEn = QStringLiteral("Title deed");
    deed.hasExpiry = false;
    const DocumentType storedDeed = ok(editor.saveDocumentType(deed));
    CHECK(storedDeed.code == QStringLiteral("title_deed"));
    CHECK(storedDeed.id > 0);

    Service winter;
    winter.nameAr = QStringLiteral("كسوة الشتاء");
    winter.nameEn = QStringLiteral("Winter clothing");
    winter.needsApproval = true;
    winter.requiredDocuments = {QStringLiteral("id_card"), storedDeed.code};
    EligibilityRule nationality = ruleOf(EligibilityRule::Kind::Nationality);
    nationality.values = {QStringLiteral("sa"), QStringLiteral("YE")};
    EligibilityRule cities = ruleOf(EligibilityRule::Kind::City);
    cities.values = {QStringLiteral(" الرياض "), QStringLiteral("الخرج")};
    EligibilityRule age = ruleOf(EligibilityRule::Kind::AgeRange);
    age.minimum = 60;
    winter.rules = {nationality, cities, age,
                    ruleOf(EligibilityRule::Kind::RequiredDocumentsValid)};
    const Service saved = ok(editor.saveService(winter));
    CHECK(saved.code == QStringLiteral("winter_clothing"));
    CHECK(saved.rulesVersion == 1);
    CHECK(saved.needsApproval);
    CHECK(saved.requiredDocuments == QStringList{QStringLiteral("id_card"), storedDeed.code});
    CHECK(saved.rules.at(0).values == QStringList{QStringLiteral("SA"), QStringLiteral("YE")});
    CHECK(saved.rules.at(1).values.first() == QStringLiteral("الرياض"));

    Service same = winter;
    same.nameEn = QStringLiteral("Another");
    CHECK(editor.saveService(same).error().contains(QStringLiteral("already called")));

    // Made inactive, it is still listed for the manager.
    Service retired = saved;
    retired.active = false;
    CHECK_FALSE(ok(editor.saveService(retired)).active);
    CHECK(serviceByCode(editor, QStringLiteral("winter_clothing")).active == false);
}

TEST_CASE("Survey questions are added, reordered and made inactive", "[services][catalogue]")
{
    Fixture f;
    CatalogueDesk editor(f.db, *f.manager);
    const QVector<SurveyQuestion> start = ok(editor.surveyQuestions());
    REQUIRE(start.size() >= 3);

    SurveyQuestion extra;
    extra.textAr = QStringLiteral("هل تنصح غيرك بالجمعية؟");
    extra.textEn = QStringLiteral("Would you recommend the association?");
    const SurveyQuestion added = ok(editor.saveSurveyQuestion(extra));
    CHECK(added.order == start.last().order + 1);

    REQUIRE(editor.moveSurveyQuestion(added.id, -1).ok());
    QVector<SurveyQuestion> now = ok(editor.surveyQuestions());
    CHECK(now.at(now.size() - 2).id == added.id);
    CHECK(now.last().id == start.last().id);
    // The first cannot go higher: nothing changes.
    REQUIRE(editor.moveSurveyQuestion(now.first().id, -1).ok());
    CHECK(ok(editor.surveyQuestions()).first().id == now.first().id);

    SurveyQuestion retired = now.first();
    retired.active = false;
    ok(editor.saveSurveyQuestion(retired));
    CHECK(f.questions().size() == start.size()); // the active ones: one out, one in
    CHECK(ok(editor.surveyQuestions()).size() == start.size() + 1);
    CHECK(editor.saveSurveyQuestion(SurveyQuestion()).error() ==
          QStringLiteral("Write the question in Arabic."));
}

TEST_CASE("Approved answers are kept with the document they come from", "[services][catalogue]")
{
    Fixture f;
    CatalogueDesk editor(f.db, *f.manager);
    ApprovedAnswer a;
    a.question = QStringLiteral("متى يصرف الدعم الشهري؟");
    a.answer = QStringLiteral("يصرف في الأسبوع الأول من كل شهر هجري.");
    CHECK(editor.saveApprovedAnswer(a).error().contains(QStringLiteral("document")));
    a.sourceDocument = QStringLiteral("دليل سياسة الدعم");
    const ApprovedAnswer saved = ok(editor.saveApprovedAnswer(a));
    CHECK(saved.id > 0);

    ApprovedAnswer changed = saved;
    changed.answer = QStringLiteral("يصرف في الأسبوع الثاني من كل شهر هجري.");
    const ApprovedAnswer second = ok(editor.saveApprovedAnswer(changed));
    CHECK(second.version == saved.version + 1);
    // A save from the older copy is refused rather than lost.
    CHECK(editor.saveApprovedAnswer(changed).error().contains(QStringLiteral("Someone else")));

    ApprovedAnswer retired = second;
    retired.active = false;
    ok(editor.saveApprovedAnswer(retired));
    CHECK(ok(editor.approvedAnswers()).size() == 1);
    CHECK(ok(ApprovedAnswerRepository(f.db).list(true)).isEmpty());
}

TEST_CASE("Codes are made from names and never repeat", "[services][catalogue]")
{
    CHECK(CatalogueDesk::makeCode(QStringLiteral("Food basket"), QStringLiteral("service_1"), {}) ==
          QStringLiteral("food_basket"));
    CHECK(CatalogueDesk::makeCode(QStringLiteral("Food basket"), QStringLiteral("service_1"),
                                  {QStringLiteral("food_basket")}) ==
          QStringLiteral("food_basket_2"));
    CHECK(CatalogueDesk::makeCode(QStringLiteral("السلة"), QStringLiteral("service_7"), {}) ==
          QStringLiteral("service_7"));
    CHECK(CatalogueDesk::makeCode(QString(), QStringLiteral("service_7"),
                                  {QStringLiteral("service_7")}) == QStringLiteral("service_7_2"));
}
