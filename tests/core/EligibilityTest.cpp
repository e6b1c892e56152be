#include <catch2/catch.hpp>

#include "core/DeskText.h"
#include "core/Eligibility.h"

#include <QLocale>
#include <QRegularExpression>

namespace {

// A day as reasons show it: both calendars, in the language's digits.
QString shown(const QDate &day)
{
    return DeskText::date(day);
}

// Amounts are formatted in the default locale; fix it for exact texts.
struct EnglishLocale
{
    EnglishLocale() : saved(QLocale())
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    ~EnglishLocale() { QLocale::setDefault(saved); }
    QLocale saved;
};

const QDate kDay(2024, 5, 12);

EligibilityRule incomeCeiling(qint64 riyals)
{
    EligibilityRule r;
    r.kind = EligibilityRule::Kind::IncomePerMemberCeiling;
    r.amount = riyals * 100;
    return r;
}

EligibilityRule listRule(EligibilityRule::Kind kind, QStringList values)
{
    EligibilityRule r;
    r.kind = kind;
    r.values = std::move(values);
    return r;
}

EligibilityRule ageRange(int minimum, int maximum)
{
    EligibilityRule r;
    r.kind = EligibilityRule::Kind::AgeRange;
    r.minimum = minimum;
    r.maximum = maximum;
    return r;
}

EligibilityRule minFamily(int minimum)
{
    EligibilityRule r;
    r.kind = EligibilityRule::Kind::MinFamilySize;
    r.minimum = minimum;
    return r;
}

EligibilityRule documentsRule(QStringList values = {})
{
    return listRule(EligibilityRule::Kind::RequiredDocumentsValid, std::move(values));
}

Beneficiary person()
{
    Beneficiary b;
    b.id = 1;
    b.name = {QStringLiteral("سارة"), QStringLiteral("محمد"), QString(), QStringLiteral("الشهري")};
    b.idNumber = QStringLiteral("1000000008");
    b.familySize = 4;
    b.monthlyIncome = 4000 * 100;
    b.nationality = QStringLiteral("SA");
    b.city = QStringLiteral("Al Khobar");
    b.birthDate = QDate(1990, 6, 1);
    return b;
}

Document doc(const QString &code, QDate expiry, bool provided = true)
{
    Document d;
    d.typeCode = code;
    d.provided = provided;
    d.expiry = expiry;
    return d;
}

RuleResult judge(const EligibilityRule &rule, const Beneficiary &b,
                 const QVector<Document> &docs = {}, const Service &service = Service(),
                 const DocumentChecklist &checklist = DocumentChecklist())
{
    return Eligibility::evaluateRule(rule, service, b, docs, kDay, checklist);
}

} // namespace

TEST_CASE("Income per member: over the ceiling fails with both figures", "[core][eligibility]")
{
    EnglishLocale english;
    Beneficiary b = person();
    b.monthlyIncome = 5000 * 100;
    const RuleResult r = judge(incomeCeiling(1000), b);
    CHECK_FALSE(r.passed);
    CHECK(r.reason ==
          QStringLiteral("Income per family member is 1,250 SAR; the ceiling is 1,000 SAR."));
    CHECK(r.rule.kind == EligibilityRule::Kind::IncomePerMemberCeiling);
}

TEST_CASE("Income per member: under or exactly at the ceiling passes", "[core][eligibility]")
{
    EnglishLocale english;
    Beneficiary b = person(); // 4,000 SAR for 4 members
    const RuleResult at = judge(incomeCeiling(1000), b);
    CHECK(at.passed);
    CHECK(
        at.reason ==
        QStringLiteral("Income per family member is 1,000 SAR, within the ceiling of 1,000 SAR."));

    b.monthlyIncome = 0;
    CHECK(judge(incomeCeiling(1000), b).passed);
}

TEST_CASE("Income per member: a halala over is shown rounded up, never hidden",
          "[core][eligibility]")
{
    EnglishLocale english;
    Beneficiary b = person();
    b.familySize = 1;
    b.monthlyIncome = 1000 * 100 + 1;
    const RuleResult r = judge(incomeCeiling(1000), b);
    CHECK_FALSE(r.passed);
    CHECK(r.reason ==
          QStringLiteral("Income per family member is 1,000.01 SAR; the ceiling is 1,000 SAR."));

    b.familySize = 3;
    b.monthlyIncome = 3000 * 100 + 1; // 1,000.0033... per member
    const RuleResult three = judge(incomeCeiling(1000), b);
    CHECK_FALSE(three.passed);
    CHECK(three.reason.startsWith(QStringLiteral("Income per family member is 1,000.01 SAR")));
}

TEST_CASE("Income per member: unknown income or family size fails as not recorded",
          "[core][eligibility]")
{
    Beneficiary noIncome = person();
    noIncome.monthlyIncome.reset();
    RuleResult r = judge(incomeCeiling(1000), noIncome);
    CHECK_FALSE(r.passed);
    CHECK(r.reason == QStringLiteral("The monthly income is not recorded."));

    Beneficiary noSize = person();
    noSize.familySize = 0;
    r = judge(incomeCeiling(1000), noSize);
    CHECK_FALSE(r.passed);
    CHECK(r.reason == QStringLiteral("The family size is not recorded."));

    noSize.monthlyIncome.reset();
    r = judge(incomeCeiling(1000), noSize);
    CHECK(r.reason ==
          QStringLiteral("The monthly income is not recorded. The family size is not recorded."));
}

TEST_CASE("Nationality: allowed list, case-insensitive, unknown fails", "[core][eligibility]")
{
    const auto saudiOnly = listRule(EligibilityRule::Kind::Nationality, {QStringLiteral("SA")});
    Beneficiary b = person();
    RuleResult r = judge(saudiOnly, b);
    CHECK(r.passed);
    CHECK(r.reason == QStringLiteral("Nationality SA is accepted."));

    b.nationality = QStringLiteral(" sa ");
    CHECK(judge(saudiOnly, b).passed);

    b.nationality = QStringLiteral("YE");
    r = judge(
        listRule(EligibilityRule::Kind::Nationality, {QStringLiteral("SA"), QStringLiteral("BH")}),
        b);
    CHECK_FALSE(r.passed);
    CHECK(r.reason ==
          QStringLiteral("Nationality YE is not among those the service accepts: SA, BH."));

    b.nationality.clear();
    r = judge(saudiOnly, b);
    CHECK_FALSE(r.passed);
    CHECK(r.reason == QStringLiteral("The nationality is not recorded."));

    r = judge(listRule(EligibilityRule::Kind::Nationality, {}), b);
    CHECK(r.passed);
    CHECK(r.reason == QStringLiteral("The service accepts any nationality."));
}

TEST_CASE("City: compared ignoring case and spaces", "[core][eligibility]")
{
    const auto eastern =
        listRule(EligibilityRule::Kind::City,
                 {QStringLiteral("Dammam"), QStringLiteral("al khobar"), QStringLiteral("الخبر")});
    Beneficiary b = person();
    b.city = QStringLiteral("  AL   Khobar ");
    RuleResult r = judge(eastern, b);
    CHECK(r.passed);
    CHECK(r.reason == QStringLiteral("The city AL Khobar is covered by the service."));

    b.city = QStringLiteral("ALKHOBAR");
    CHECK(judge(eastern, b).passed);

    b.city = QStringLiteral(" الخبر\u200F");
    CHECK(judge(eastern, b).passed);

    b.city = QStringLiteral("Riyadh");
    r = judge(eastern, b);
    CHECK_FALSE(r.passed);
    CHECK(r.reason ==
          QStringLiteral("The city Riyadh is not among those the service covers: Dammam, al "
                         "khobar, الخبر."));

    b.city = QStringLiteral("   ");
    r = judge(eastern, b);
    CHECK_FALSE(r.passed);
    CHECK(r.reason == QStringLiteral("The city is not recorded."));

    CHECK(judge(listRule(EligibilityRule::Kind::City, {}), b).passed);
}

TEST_CASE("Age range: completed years on the day", "[core][eligibility]")
{
    Beneficiary b = person();
    b.birthDate = kDay.addYears(-18); // eighteenth birthday today
    RuleResult r = judge(ageRange(18, 45), b);
    CHECK(r.passed);
    CHECK(r.reason == QStringLiteral("Age on %1 is 18, within the service's age range.")
                          .arg(shown(QDate(2024, 5, 12))));

    b.birthDate = kDay.addYears(-18).addDays(1); // turns 18 tomorrow
    r = judge(ageRange(18, 45), b);
    CHECK_FALSE(r.passed);
    CHECK(r.reason == QStringLiteral("Age on %1 is 17; the service is for ages 18 to 45.")
                          .arg(shown(QDate(2024, 5, 12))));

    b.birthDate = QDate(1970, 1, 1);
    r = judge(ageRange(18, 45), b);
    CHECK_FALSE(r.passed);
    CHECK(r.reason == QStringLiteral("Age on %1 is 54; the service is for ages 18 to 45.")
                          .arg(shown(QDate(2024, 5, 12))));

    r = judge(ageRange(60, 0), b);
    CHECK_FALSE(r.passed);
    CHECK(r.reason == QStringLiteral("Age on %1 is 54; the service is for ages 60 and over.")
                          .arg(shown(QDate(2024, 5, 12))));
    CHECK(judge(ageRange(18, 0), b).passed);

    r = judge(ageRange(0, 12), b);
    CHECK_FALSE(r.passed);
    CHECK(r.reason == QStringLiteral("Age on %1 is 54; the service is for ages up to 12.")
                          .arg(shown(QDate(2024, 5, 12))));
}

TEST_CASE("Age range: unknown or impossible birth date fails with the reason",
          "[core][eligibility]")
{
    Beneficiary b = person();
    b.birthDate = QDate();
    RuleResult r = judge(ageRange(18, 45), b);
    CHECK_FALSE(r.passed);
    CHECK(r.reason == QStringLiteral("The birth date is not recorded."));

    b.birthDate = kDay.addDays(1);
    r = judge(ageRange(0, 0), b);
    CHECK_FALSE(r.passed);
    CHECK(r.reason == QStringLiteral("The recorded birth date %1 is after %2.")
                          .arg(shown(QDate(2024, 5, 13)), shown(QDate(2024, 5, 12))));

    b.birthDate = QDate(1990, 1, 1);
    r = Eligibility::evaluateRule(ageRange(18, 45), Service(), b, {}, QDate());
    CHECK_FALSE(r.passed);
    CHECK(r.reason == QStringLiteral("The day to judge the age on is not set."));
}

TEST_CASE("ageOn counts completed years, 29 February birthdays come on 1 March",
          "[core][eligibility]")
{
    CHECK(Eligibility::ageOn(QDate(2000, 5, 12), QDate(2024, 5, 12)) == 24);
    CHECK(Eligibility::ageOn(QDate(2000, 5, 13), QDate(2024, 5, 12)) == 23);
    CHECK(Eligibility::ageOn(QDate(2004, 2, 29), QDate(2022, 2, 28)) == 17);
    CHECK(Eligibility::ageOn(QDate(2004, 2, 29), QDate(2022, 3, 1)) == 18);
    CHECK(Eligibility::ageOn(QDate(2004, 2, 29), QDate(2024, 2, 29)) == 20);
    CHECK(Eligibility::ageOn(QDate(2024, 5, 13), QDate(2024, 5, 12)) == -1);
    CHECK(Eligibility::ageOn(QDate(), QDate(2024, 5, 12)) == -1);
}

TEST_CASE("Minimum family size", "[core][eligibility]")
{
    Beneficiary b = person();
    b.familySize = 2;
    RuleResult r = judge(minFamily(3), b);
    CHECK_FALSE(r.passed);
    CHECK(r.reason == QStringLiteral("The family size is 2; the service requires at least 3."));

    b.familySize = 3;
    r = judge(minFamily(3), b);
    CHECK(r.passed);
    CHECK(r.reason == QStringLiteral("The family size is 3, at least the 3 the service requires."));

    b.familySize = 0;
    r = judge(minFamily(3), b);
    CHECK_FALSE(r.passed);
    CHECK(r.reason == QStringLiteral("The family size is not recorded."));
}

TEST_CASE("Required documents: expiring today is valid, yesterday is expired",
          "[core][eligibility]")
{
    Service s;
    s.requiredDocuments = {QStringLiteral("national_id_card")};
    const Beneficiary b = person();

    RuleResult today =
        judge(documentsRule(), b, {doc(QStringLiteral("national_id_card"), kDay)}, s);
    CHECK(today.passed);
    CHECK(today.reason == QStringLiteral("All required documents are provided and valid on %1.")
                              .arg(shown(QDate(2024, 5, 12))));

    RuleResult yesterday =
        judge(documentsRule(), b, {doc(QStringLiteral("national_id_card"), kDay.addDays(-1))}, s);
    CHECK_FALSE(yesterday.passed);
    CHECK(yesterday.reason ==
          QStringLiteral("national_id_card expired on %1.").arg(shown(QDate(2024, 5, 11))));
}

TEST_CASE("Required documents: each missing or expired one is named", "[core][eligibility]")
{
    Service s;
    s.requiredDocuments = {QStringLiteral("national_id_card"), QStringLiteral("income_proof"),
                           QStringLiteral("lease")};
    const QVector<Document> docs = {doc(QStringLiteral("national_id_card"), QDate(2023, 1, 1)),
                                    doc(QStringLiteral("income_proof"), QDate(), false)};
    const DocumentChecklist named([](const QString &code) {
        if (code == QLatin1String("national_id_card"))
            return QStringLiteral("National ID card");
        if (code == QLatin1String("income_proof"))
            return QStringLiteral("Proof of income");
        return QString(); // unknown: falls back to the code
    });
    const RuleResult r = judge(documentsRule(), person(), docs, s, named);
    CHECK_FALSE(r.passed);
    CHECK(r.reason == QStringLiteral("National ID card expired on %1. Proof of income has not been "
                                     "provided. lease has not been provided.")
                          .arg(shown(QDate(2023, 1, 1))));
}

TEST_CASE("Required documents: rule values name their own list, none required passes",
          "[core][eligibility]")
{
    Service s;
    s.requiredDocuments = {QStringLiteral("national_id_card")};
    const RuleResult own = judge(documentsRule({QStringLiteral("lease")}), person(),
                                 {doc(QStringLiteral("lease"), QDate())}, s);
    CHECK(own.passed);

    const RuleResult none = judge(documentsRule(), person(), {}, Service());
    CHECK(none.passed);
    CHECK(none.reason == QStringLiteral("The service requires no documents."));
}

TEST_CASE("DocumentChecklist: renewed copies, expiry required by the catalogue",
          "[core][eligibility]")
{
    DocumentType card;
    card.code = QStringLiteral("national_id_card");
    card.hasExpiry = true;
    DocumentType deed;
    deed.code = QStringLiteral("family_record");
    deed.hasExpiry = false;
    const DocumentChecklist checklist({}, {card, deed});
    const QStringList required = {card.code, deed.code, card.code};

    // An old expired card and its renewal: the renewal counts.
    auto findings = checklist.check(required,
                                    {doc(card.code, QDate(2020, 1, 1)),
                                     doc(card.code, QDate(2030, 1, 1)), doc(deed.code, QDate())},
                                    kDay);
    CHECK(findings.isEmpty());

    // The card's type expires, so a missing date is a problem; listed twice, reported once.
    findings = checklist.check(required, {doc(card.code, QDate()), doc(deed.code, QDate())}, kDay);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].problem == DocumentChecklist::Problem::NoExpiry);
    CHECK(findings[0].reason ==
          QStringLiteral("The expiry date of national_id_card is not recorded."));

    // Without the catalogue, a provided document without a date does not expire.
    CHECK(DocumentChecklist().check({card.code}, {doc(card.code, QDate())}, kDay).isEmpty());

    findings = checklist.check({card.code}, {doc(card.code, kDay.addDays(-1))}, kDay);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].problem == DocumentChecklist::Problem::Expired);
    CHECK(findings[0].expiry == kDay.addDays(-1));
}

TEST_CASE("Eligibility aggregates: passed, failures and their reasons", "[core][eligibility]")
{
    EnglishLocale english;
    Service s;
    s.requiredDocuments = {QStringLiteral("national_id_card")};
    s.rules = {incomeCeiling(1000),
               listRule(EligibilityRule::Kind::Nationality, {QStringLiteral("SA")}), minFamily(5),
               documentsRule()};
    Beneficiary b = person();
    const QVector<Document> docs = {doc(QStringLiteral("national_id_card"), kDay.addYears(1))};

    Eligibility e = Eligibility::evaluate(s, b, docs, kDay);
    REQUIRE(e.results().size() == 4);
    CHECK_FALSE(e.passed());
    REQUIRE(e.failures().size() == 1);
    CHECK(e.failures()[0].rule.kind == EligibilityRule::Kind::MinFamilySize);
    CHECK(e.failureReasons() ==
          QStringList{QStringLiteral("The family size is 4; the service requires at least 5.")});

    b.familySize = 5;
    b.monthlyIncome = 6000 * 100;
    b.nationality = QStringLiteral("EG");
    e = Eligibility::evaluate(s, b, {}, kDay);
    CHECK(e.failures().size() == 3);
    CHECK(e.failureReasons() ==
          QStringList(
              {QStringLiteral("Income per family member is 1,200 SAR; the ceiling is 1,000 SAR."),
               QStringLiteral("Nationality EG is not among those the service accepts: SA."),
               QStringLiteral("national_id_card has not been provided.")}));

    b = person();
    b.familySize = 5;
    e = Eligibility::evaluate(s, b, docs, kDay);
    CHECK(e.passed());
    CHECK(e.failures().isEmpty());

    const Eligibility noRules = Eligibility::evaluate(Service(), Beneficiary(), {}, kDay);
    CHECK(noRules.passed());
    CHECK(noRules.results().isEmpty());
}

TEST_CASE("Rules imply the beneficiary fields a service requires", "[core][eligibility]")
{
    using F = Eligibility::Field;
    Service s;
    s.rules = {ageRange(18, 45),
               incomeCeiling(1000),
               listRule(EligibilityRule::Kind::City, {QStringLiteral("Dammam")}),
               minFamily(2),
               listRule(EligibilityRule::Kind::Nationality, {}),
               documentsRule()};
    CHECK(Eligibility::requiredFields(s) ==
          QVector<F>({F::MonthlyIncome, F::FamilySize, F::City, F::BirthDate}));

    s.rules << listRule(EligibilityRule::Kind::Nationality, {QStringLiteral("SA")});
    CHECK(Eligibility::requiredFields(s).contains(F::Nationality));

    Beneficiary b;
    b.familySize = 3;
    b.city = QStringLiteral("Dammam");
    CHECK(Eligibility::missingFields(s, b) ==
          QVector<F>({F::MonthlyIncome, F::Nationality, F::BirthDate}));
    CHECK(Eligibility::missingFields(Service(), b).isEmpty());
    CHECK(Eligibility::fieldLabel(F::BirthDate) == QStringLiteral("Birth date"));
}

TEST_CASE("Rules described for people", "[core][eligibility]")
{
    EnglishLocale english;
    CHECK(Eligibility::describe(incomeCeiling(1000)) ==
          QStringLiteral("Income per family member at most 1,000 SAR"));
    CHECK(Eligibility::describe(listRule(EligibilityRule::Kind::Nationality,
                                         {QStringLiteral("SA"), QStringLiteral("BH")})) ==
          QStringLiteral("Nationality: SA, BH"));
    CHECK(Eligibility::describe(listRule(EligibilityRule::Kind::City, {})) ==
          QStringLiteral("Any city"));
    CHECK(Eligibility::describe(ageRange(18, 45)) == QStringLiteral("Age from 18 to 45"));
    CHECK(Eligibility::describe(ageRange(60, 0)) == QStringLiteral("Age 60 or over"));
    CHECK(Eligibility::describe(ageRange(0, 12)) == QStringLiteral("Age up to 12"));
    CHECK(Eligibility::describe(minFamily(3)) == QStringLiteral("Family size at least 3"));
    CHECK(Eligibility::describe(documentsRule()) ==
          QStringLiteral("Required documents provided and valid"));
    CHECK(Eligibility::formatAmount(12345) == QStringLiteral("123.45 SAR"));
}

TEST_CASE("In Arabic a rule and its reason use one digit system and the Hijri date first",
          "[core][eligibility]")
{
    // The rule column read "العمر من 18 إلى 45" beside "٩٠٠ ريال", and a reason
    // "سارية في 07-12-2026" beside Hijri dates (issue 14).
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Arabic, QLocale::SaudiArabia));
    const QRegularExpression latinDigit(QStringLiteral("[0-9]"));
    Service s;
    s.requiredDocuments = {QStringLiteral("national_id_card")};
    Beneficiary b = person();
    b.birthDate = QDate(1970, 1, 1);
    QStringList shownTexts;
    for (const EligibilityRule &rule : {ageRange(18, 45), ageRange(60, 0), ageRange(0, 12)}) {
        shownTexts << Eligibility::describe(rule) << judge(rule, b).reason;
    }
    const RuleResult documents =
        judge(documentsRule(), b, {doc(QStringLiteral("national_id_card"), kDay)}, s);
    shownTexts << Eligibility::describe(documentsRule()) << documents.reason;
    const RuleResult expired =
        judge(documentsRule(), b, {doc(QStringLiteral("national_id_card"), kDay.addDays(-1))}, s);
    shownTexts << expired.reason;
    QLocale::setDefault(before);
    for (const QString &text : shownTexts) {
        INFO(text.toStdString());
        CHECK_FALSE(text.contains(latinDigit));
    }
    // The day in both calendars, Hijri first: 4 Dhu al-Qa'dah 1445 = 12 May 2024.
    CHECK(documents.reason.contains(QString::fromUtf8("١٤٤٥")));
    CHECK(documents.reason.indexOf(QString::fromUtf8("١٤٤٥")) <
          documents.reason.indexOf(QString::fromUtf8("٢٠٢٤")));
}
