#include <catch2/catch.hpp>

#include "core/BeneficiaryImport.h"
#include "core/Phone.h"

#include <QBuffer>

namespace {

const QDate kToday(2026, 11, 22);

ImportPlan planOf(const char *utf8, const std::function<bool(const QString &)> &exists = {})
{
    const auto records = CsvReader::parse(QByteArray(utf8));
    REQUIRE(records.ok());
    const auto plan = BeneficiaryImport::plan(*records, kToday, exists);
    REQUIRE(plan.ok());
    return *plan;
}

QString reasonAt(const ImportPlan &plan, int line)
{
    for (const RejectedRow &r : plan.rejected) {
        if (r.line == line)
            return r.reason;
    }
    return QStringLiteral("<accepted>");
}

} // namespace

TEST_CASE("Import accepts English and Arabic headers and every value form", "[core][import]")
{
    const auto plan = planOf(
        "\xEF\xBB\xBF"
        "رقم الهوية;الاسم الأول;اسم الأب;اسم الجد;اسم العائلة;الجنس;تاريخ الميلاد;الجوال;المدينة;"
        "عدد أفراد الأسرة;الدخل الشهري;ملاحظات\n"
        "١٠٠٠٠٠٠٠٠٨;مُحَمَّد;عبد الله;;الشهري;ذكر;1410/05/12;٠٥٠١٢٣٤٥٦٧;الرياض;٥;٣٬٢٠٠٫٥٠;x\n"
        "2000000006;فاطمة;;;القحطاني;F;1990-02-03;+966 50 123 4568;جدة;3;0;\n");
    REQUIRE(plan.rejected.isEmpty());
    REQUIRE(plan.accepted.size() == 2);
    CHECK(plan.ignoredColumns == QStringList{QString::fromUtf8("ملاحظات")});

    const Beneficiary &a = plan.accepted.at(0).beneficiary;
    CHECK(plan.accepted.at(0).line == 2);
    CHECK(a.idNumber == QStringLiteral("1000000008"));
    CHECK(a.idType == IdType::NationalId);
    CHECK(a.nationality == QStringLiteral("SA"));
    CHECK(a.name.father == QString::fromUtf8("عبد الله"));
    CHECK(a.gender == Gender::Male);
    CHECK(a.birthDate.year() == 1989); // 1410 AH
    // Kept as the file wrote it (DOMAIN.md 5.2a).
    CHECK(a.birthCalendar == WrittenDate::Calendar::Hijri);
    CHECK(a.birthHijri == HijriDate(1410, 5, 12));
    CHECK(a.phone == QStringLiteral("+966501234567"));
    CHECK(a.familySize == 5);
    REQUIRE(a.monthlyIncome.has_value());
    CHECK(*a.monthlyIncome == 320050);

    const Beneficiary &b = plan.accepted.at(1).beneficiary;
    CHECK(b.idType == IdType::Iqama);
    CHECK(b.gender == Gender::Female);
    CHECK(b.birthDate == QDate(1990, 2, 3));
    CHECK(b.birthCalendar == WrittenDate::Calendar::Gregorian);
    CHECK(b.nationality.isEmpty());
}

TEST_CASE("Import keeps a Hijri birth date with a day 30 as the file wrote it",
          "[core][import][hijri][written]")
{
    // 1395/11 has 30 days in the published calendar (29 in ICU's).
    const auto plan = planOf("national_id,first_name,family_name,birth_date\n"
                             "1000000008,Noura,Otaibi,1395/11/30\n"
                             "2000000006,Sara,Harbi,\xD9\xA1\xD9\xA3\xD9\xA9\xD9\xA5/"
                             "\xD9\xA1\xD9\xA1/\xD9\xA3\xD9\xA0 \xD9\x87\xD9\x80\n"
                             "1000000016,Huda,Qahtani,1342/12/29\n");
    REQUIRE(plan.accepted.size() == 2);
    for (const auto &row : plan.accepted) {
        const Beneficiary &b = row.beneficiary;
        CHECK(b.birthDate == QDate(1975, 12, 3));
        CHECK(b.writtenBirthDate().hijriText() == QStringLiteral("1395/11/30"));
    }
    CHECK(reasonAt(plan, 4).contains(QStringLiteral("outside the Umm al-Qura calendar")));
}

TEST_CASE("Import rejects each bad row with its line and the reason", "[core][import]")
{
    const auto plan =
        planOf("national_id,first_name,family_name,gender,birth_date,phone,family_size,"
               "monthly_income\n"
               "1000000000,Ali,Omar,,,,,\n"              // 2: checksum
               "1000000008,=HYPERLINK(1),Omar,,,,,\n"    // 3: formula in a name
               "1000000008,Ali,,,,,,\n"                  // 4: family name missing
               "1000000008,Ali,Omar,X,,,,\n"             // 5: gender
               "1000000008,Ali,Omar,M,2030-01-01,,,\n"   // 6: birth in the future
               "1000000008,Ali,Omar,M,,0301234567,,\n"   // 7: phone
               "1000000008,Ali,Omar,M,,,0,\n"            // 8: family size
               "1000000008,Ali,Omar,M,,,2,-5\n"          // 9: income
               "1000000008,Ali,Omar,M,1990-02-30,,2,5\n" // 10: no such date
               "1000000008,Ali,Omar,M,,,2,5\n"           // 11: accepted
               "1000000008,Ahmad,Omar,M,,,2,5\n"         // 12: duplicate in file
               "2000000006,Sara,Omar,F,,,2,5,extra\n");  // 13: too many values
    CHECK(reasonAt(plan, 2).contains(QStringLiteral("check digit")));
    CHECK(reasonAt(plan, 3).startsWith(QStringLiteral("first_name")));
    CHECK(reasonAt(plan, 4).startsWith(QStringLiteral("family_name")));
    CHECK(reasonAt(plan, 5).contains(QStringLiteral("gender")));
    CHECK(reasonAt(plan, 6).contains(QStringLiteral("future")));
    CHECK(reasonAt(plan, 7) != QStringLiteral("<accepted>"));
    CHECK(reasonAt(plan, 8).contains(QStringLiteral("family size")));
    CHECK(reasonAt(plan, 9).contains(QStringLiteral("income")));
    CHECK(reasonAt(plan, 10) != QStringLiteral("<accepted>"));
    CHECK(reasonAt(plan, 11) == QStringLiteral("<accepted>"));
    CHECK(reasonAt(plan, 12).contains(QStringLiteral("earlier in the file")));
    CHECK(reasonAt(plan, 13).contains(QStringLiteral("header has")));
    CHECK(plan.accepted.size() == 1);
    CHECK(plan.rejected.size() == 11);
}

TEST_CASE("Import rejects an ID already in the database", "[core][import]")
{
    const auto plan = planOf("national_id,first_name,family_name\n1000000008,Ali,Omar\n",
                             [](const QString &id) { return id == QStringLiteral("1000000008"); });
    CHECK(plan.accepted.isEmpty());
    CHECK(reasonAt(plan, 2).contains(QStringLiteral("already registered")));
}

TEST_CASE("Import refuses a file without the required columns", "[core][import]")
{
    const auto records = CsvReader::parse(QByteArray("national_id,first_name\n1000000008,Ali\n"));
    REQUIRE(records.ok());
    const auto plan = BeneficiaryImport::plan(*records, kToday, {});
    REQUIRE_FALSE(plan.ok());
    CHECK(plan.error().contains(QStringLiteral("family_name")));
}

TEST_CASE("Import strips bidi controls from IDs and names", "[core][import]")
{
    const auto plan = planOf("national_id,first_name,family_name\n"
                             "\xE2\x80\xAB"
                             "1000000008"
                             "\xE2\x80\xAC,\xE2\x80\x8F"
                             "Ali,Omar\n");
    REQUIRE(plan.accepted.size() == 1);
    CHECK(plan.accepted.first().beneficiary.name.first == QStringLiteral("Ali"));
}

TEST_CASE("Amounts are read as people write them", "[core][import]")
{
    CHECK(*BeneficiaryImport::parseAmount(QStringLiteral("4,500")) == 450000);
    CHECK(*BeneficiaryImport::parseAmount(QStringLiteral("3200.5")) == 320050);
    CHECK(*BeneficiaryImport::parseAmount(QString::fromUtf8("٤٥٠٠٫٧٥")) == 450075);
    CHECK_FALSE(BeneficiaryImport::parseAmount(QStringLiteral("12.345")).ok());
    CHECK_FALSE(BeneficiaryImport::parseAmount(QStringLiteral("abc")).ok());
    CHECK_FALSE(BeneficiaryImport::parseAmount(QStringLiteral("=1+2")).ok());
}

TEST_CASE("Import refuses a value it would otherwise change into another one", "[core][import]")
{
    const auto plan = planOf("national_id,first_name,family_name,phone,family_size,"
                             "monthly_income\n"
                             "1000000008,Ali,Omar,,-1,\n"         // 2: negative family size
                             "1000000008,Ali,Omar,,,\"1,2,3\"\n"  // 3: malformed income
                             "1000000008,Ali,Omar,,\"1,2\",\n"    // 4: malformed size
                             "1000000008,Ali,Omar,0112345678,,\n" // 5: landline as mobile
                             "1000000008,Ali,Omar,,,\"12,34\"\n"  // 6: malformed grouping
                             "1000000008,Ali,Omar,,2.5,\n"        // 7: not whole
                             "1000000008,Ali,Omar,0501234567,٥,\"٤٬٥٠٠٫٥٠\"\n"); // 8: accepted
    CHECK(reasonAt(plan, 2).contains(QStringLiteral("family size \"-1\"")));
    CHECK(reasonAt(plan, 3).contains(QStringLiteral("monthly income \"1,2,3\"")));
    CHECK(reasonAt(plan, 3).contains(QStringLiteral("grouped by thousands")));
    CHECK(reasonAt(plan, 4).contains(QStringLiteral("family size \"1,2\"")));
    CHECK(reasonAt(plan, 5).contains(QStringLiteral("landline")));
    CHECK(reasonAt(plan, 5).contains(QStringLiteral("0112345678")));
    CHECK(reasonAt(plan, 6).contains(QStringLiteral("grouped by thousands")));
    CHECK(reasonAt(plan, 7).contains(QStringLiteral("whole number")));
    REQUIRE(plan.accepted.size() == 1);
    const Beneficiary &b = plan.accepted.first().beneficiary;
    CHECK(plan.accepted.first().line == 8);
    CHECK(b.familySize == 5);
    CHECK(*b.monthlyIncome == 450050);
    CHECK(b.phone == QStringLiteral("+966501234567"));
}

TEST_CASE("Issue 15: import accepts a new mobile prefix with a warning and foreign mobiles",
          "[core][import][phone]")
{
    const auto plan = planOf("national_id,first_name,family_name,phone\n"
                             "1000001519,Hind,Shehri,0574123456\n"         // 2: warned
                             "2000001517,Nawal,Masri,+20 100 123 4567\n"   // 3: foreign mobile
                             "1000001527,Salma,Yami,(056) 766 2002\n"      // 4: brackets
                             "1000001535,Reem,Anazi,0153689607\n"          // 5: no 015
                             "1000001543,Mona,Ghamdi,8001234567\n"         // 6: service
                             "1000001550,Abeer,Qarni,+44 20 7946 0958\n"); // 7: foreign landline
    REQUIRE(plan.accepted.size() == 3);
    CHECK(plan.accepted.at(0).line == 2);
    CHECK(plan.accepted.at(0).beneficiary.phone == QStringLiteral("+966574123456"));
    REQUIRE(plan.accepted.at(0).warnings.size() == 1);
    CHECK(plan.accepted.at(0).warnings.first() ==
          Phone::parse(QStringLiteral("0574123456"))->warning());
    CHECK(plan.accepted.at(1).beneficiary.phone == QStringLiteral("+201001234567"));
    CHECK(plan.accepted.at(1).warnings.isEmpty());
    CHECK(plan.accepted.at(2).beneficiary.phone == QStringLiteral("+966567662002"));
    CHECK(reasonAt(plan, 5).contains(QStringLiteral("no landline area code 015")));
    CHECK(reasonAt(plan, 6).contains(QStringLiteral("service number")));
    CHECK(reasonAt(plan, 7).contains(QStringLiteral("landline")));
}

TEST_CASE("Import quotes only the beginning of a long value in its reason", "[core][import]")
{
    const QByteArray gender(900, 'q');
    const auto plan = planOf(QByteArray("national_id,first_name,family_name,gender\n"
                                        "1000000008,Ali,Omar," +
                                        gender + "\n")
                                 .constData());
    const QString reason = reasonAt(plan, 2);
    CHECK(reason.contains(QStringLiteral("gender")));
    CHECK(reason.contains(QChar(0x2026)));
    CHECK(reason.size() < 200);
}

TEST_CASE("Import reads its rows one at a time from a reader", "[core][import]")
{
    QByteArray bytes = "national_id,first_name,family_name\n";
    for (int i = 0; i < 50; ++i)
        bytes += "1000000008,Ali,Omar\n";
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(buffer);
    const auto plan = BeneficiaryImport::plan(reader, kToday, {});
    REQUIRE(plan.ok());
    CHECK(plan->accepted.size() == 1);
    CHECK(plan->rejected.size() == 49);

    QByteArray broken = "national_id,first_name,family_name\n1000000008,Ali,Omar\n\"open";
    QBuffer brokenBuffer(&broken);
    REQUIRE(brokenBuffer.open(QIODevice::ReadOnly));
    CsvReader brokenReader(brokenBuffer);
    const auto refused = BeneficiaryImport::plan(brokenReader, kToday, {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("Line 3")));
}
