#include "core/DefaultCatalogue.h"

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

EligibilityRule rule(EligibilityRule::Kind kind)
{
    EligibilityRule r;
    r.kind = kind;
    return r;
}

EligibilityRule incomeCeiling(qint64 riyals)
{
    EligibilityRule r = rule(EligibilityRule::Kind::IncomePerMemberCeiling);
    r.amount = riyals * 100;
    return r;
}

} // namespace

namespace DefaultCatalogue {

QVector<DocumentType> documentTypes()
{
    return {
        {0, QStringLiteral("id_card"), u("بطاقة الهوية الوطنية أو الإقامة"),
         QStringLiteral("National ID card or iqama"), true},
        {0, QStringLiteral("family_record"), u("سجل الأسرة"), QStringLiteral("Family record"),
         true},
        {0, QStringLiteral("income_proof"), u("إثبات الدخل"), QStringLiteral("Proof of income"),
         true},
        {0, QStringLiteral("lease"), u("عقد الإيجار"), QStringLiteral("Lease contract"), true},
        {0, QStringLiteral("bank_iban"), u("شهادة الآيبان البنكي"),
         QStringLiteral("Bank IBAN letter"), false},
        {0, QStringLiteral("medical_report"), u("تقرير طبي"), QStringLiteral("Medical report"),
         true},
    };
}

QVector<Service> services()
{
    QVector<Service> all;

    Service food;
    food.code = QStringLiteral("food_basket");
    food.nameAr = u("السلة الغذائية");
    food.nameEn = QStringLiteral("Food basket");
    food.requiredDocuments = {QStringLiteral("id_card"), QStringLiteral("family_record")};
    food.rules = {incomeCeiling(1200), rule(EligibilityRule::Kind::RequiredDocumentsValid)};
    all << food;

    Service monthly;
    monthly.code = QStringLiteral("monthly_support");
    monthly.nameAr = u("الإعانة الشهرية");
    monthly.nameEn = QStringLiteral("Monthly support");
    monthly.needsApproval = true;
    monthly.requiredDocuments = {QStringLiteral("id_card"), QStringLiteral("family_record"),
                                 QStringLiteral("income_proof"), QStringLiteral("bank_iban")};
    EligibilityRule saudi = rule(EligibilityRule::Kind::Nationality);
    saudi.values = {QStringLiteral("SA")};
    EligibilityRule family = rule(EligibilityRule::Kind::MinFamilySize);
    family.minimum = 2;
    monthly.rules = {incomeCeiling(900), saudi, family,
                     rule(EligibilityRule::Kind::RequiredDocumentsValid)};
    all << monthly;

    Service rent;
    rent.code = QStringLiteral("rent_aid");
    rent.nameAr = u("المساعدة في الإيجار");
    rent.nameEn = QStringLiteral("Rent assistance");
    rent.needsApproval = true;
    rent.requiredDocuments = {QStringLiteral("id_card"), QStringLiteral("lease"),
                              QStringLiteral("income_proof")};
    rent.rules = {incomeCeiling(1500), rule(EligibilityRule::Kind::RequiredDocumentsValid)};
    all << rent;

    Service training;
    training.code = QStringLiteral("training");
    training.nameAr = u("برنامج التدريب والتأهيل");
    training.nameEn = QStringLiteral("Training and qualification program");
    training.requiredDocuments = {QStringLiteral("id_card")};
    EligibilityRule age = rule(EligibilityRule::Kind::AgeRange);
    age.minimum = 18;
    age.maximum = 45;
    training.rules = {age, rule(EligibilityRule::Kind::RequiredDocumentsValid)};
    all << training;

    Service counselling;
    counselling.code = QStringLiteral("family_counselling");
    counselling.nameAr = u("الاستشارات الأسرية");
    counselling.nameEn = QStringLiteral("Family counselling");
    counselling.requiredDocuments = {};
    all << counselling;

    Service medical;
    medical.code = QStringLiteral("medical_aid");
    medical.nameAr = u("المساعدة العلاجية");
    medical.nameEn = QStringLiteral("Medical aid");
    medical.needsApproval = true;
    medical.requiredDocuments = {QStringLiteral("id_card"), QStringLiteral("medical_report")};
    medical.rules = {incomeCeiling(2000), rule(EligibilityRule::Kind::RequiredDocumentsValid)};
    all << medical;

    return all;
}

QVector<SurveyQuestion> surveyQuestions()
{
    return {
        {0, u("ما مدى رضاك عن سهولة الإجراءات ووضوحها؟"),
         QStringLiteral("How satisfied are you with how easy and clear the procedure was?"), 1,
         true},
        {0, u("ما مدى رضاك عن مدة الانتظار؟"),
         QStringLiteral("How satisfied are you with the waiting time?"), 2, true},
        {0, u("ما مدى رضاك عن تعامل الموظف ومساعدته لك؟"),
         QStringLiteral("How satisfied are you with how the staff member treated and helped you?"),
         3, true},
        {0, u("ما مدى رضاك عن الخدمة المقدمة؟"),
         QStringLiteral("How satisfied are you with the service you received?"), 4, true},
    };
}

} // namespace DefaultCatalogue
