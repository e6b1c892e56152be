#include "CatchQt.h"

#include "core/Phone.h"

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

TEST_CASE("Phone 2.1 accepts a mobile in every written form", "[core][phone]")
{
    const char *forms[] = {
        "0501234567",        "501234567",      "966501234567",        "+966501234567",
        "00966501234567",    "050 123 4567",   "050-123-4567",        "+966 50 123 4567",
        "00966-50-123-4567", "  0501234567  ", "+966 (0)50 123 4567",
    };
    for (const char *form : forms) {
        INFO(form);
        const Result<Phone> p = Phone::parse(s(form).remove(u'(').remove(u')'));
        REQUIRE(p.ok());
        CHECK(p->isMobile());
        CHECK(p->e164() == QStringLiteral("+966501234567"));
        CHECK(p->national() == QStringLiteral("0501234567"));
    }
}

TEST_CASE("Phone 2.1 accepts the digits of rule 1.1 and strips bidi controls", "[core][phone]")
{
    const Result<Phone> arabic = Phone::parse(s("٠٥٥٩٨٧٦٥٤٣"));
    REQUIRE(arabic.ok());
    CHECK(arabic->e164() == QStringLiteral("+966559876543"));

    const Result<Phone> persian = Phone::parse(s("۰۵۵۹۸۷۶۵۴۳"));
    REQUIRE(persian.ok());
    CHECK(persian->e164() == QStringLiteral("+966559876543"));

    const Result<Phone> mixed = Phone::parse(s("+٩٦٦ ٥٥ 987-6543"));
    REQUIRE(mixed.ok());
    CHECK(mixed->national() == QStringLiteral("0559876543"));

    const Result<Phone> bidi = Phone::parse(QStringLiteral("\u202A+966559876543\u202C\u200E"));
    REQUIRE(bidi.ok());
    CHECK(bidi->e164() == QStringLiteral("+966559876543"));
    const Result<Phone> isolates = Phone::parse(QStringLiteral("\u2066055\u2069 987 6543\u061C"));
    REQUIRE(isolates.ok());
    CHECK(isolates->e164() == QStringLiteral("+966559876543"));
}

TEST_CASE("Phone 2.1 does not hard-code operator prefixes", "[core][phone]")
{
    // Every second digit after 5 is accepted, including ones no operator uses today.
    for (int d = 0; d <= 9; ++d) {
        const QString national =
            QStringLiteral("05") + QString::number(d) + QStringLiteral("1234567");
        INFO(national.toStdString());
        const Result<Phone> p = Phone::parse(national);
        REQUIRE(p.ok());
        CHECK(p->national() == national);
        CHECK(p->e164() ==
              QStringLiteral("+9665") + QString::number(d) + QStringLiteral("1234567"));
    }
}

TEST_CASE("Phone 2.2 accepts landlines with area codes 1 to 7", "[core][phone]")
{
    for (int area = 1; area <= 7; ++area) {
        const QString national =
            QStringLiteral("01") + QString::number(area) + QStringLiteral("2345678");
        INFO(national.toStdString());
        for (const QString &form :
             {national, QStringLiteral("+9661") + QString::number(area) + QStringLiteral("2345678"),
              QStringLiteral("009661") + QString::number(area) + QStringLiteral("2345678"),
              QStringLiteral("01") + QString::number(area) + QStringLiteral(" 234 5678")}) {
            const Result<Phone> p = Phone::parse(form);
            REQUIRE(p.ok());
            CHECK_FALSE(p->isMobile());
            CHECK(p->national() == national);
            CHECK(p->e164() ==
                  QStringLiteral("+9661") + QString::number(area) + QStringLiteral("2345678"));
        }
    }
    const Result<Phone> riyadh = Phone::parse(s("٠١١-٤٦٤-٥٠٠٠"));
    REQUIRE(riyadh.ok());
    CHECK(riyadh->e164() == QStringLiteral("+966114645000"));
}

TEST_CASE("Phone 2.2 refuses area codes outside 1 to 7", "[core][phone]")
{
    for (const char *bad : {"0182345678", "0192345678", "0102345678", "+966182345678"}) {
        INFO(bad);
        const Result<Phone> p = Phone::parse(s(bad));
        REQUIRE_FALSE(p.ok());
        CHECK(p.error().contains(QStringLiteral("area code")));
    }
}

TEST_CASE("Phone rejects bad input with the reason in words", "[core][phone]")
{
    CHECK(Phone::parse(QString()).error().contains(QStringLiteral("empty")));
    CHECK(Phone::parse(QStringLiteral("  - ")).error().contains(QStringLiteral("empty")));
    CHECK(
        Phone::parse(QStringLiteral("05O1234567")).error().contains(QStringLiteral("digits only")));
    CHECK(Phone::parse(QStringLiteral("phone")).error().contains(QStringLiteral("digits only")));
    CHECK(Phone::parse(QStringLiteral("050+1234567"))
              .error()
              .contains(QStringLiteral("digits only")));
    // Wrong length.
    CHECK(Phone::parse(QStringLiteral("050123456")).error().contains(QStringLiteral("too short")));
    CHECK(Phone::parse(QStringLiteral("05012345678")).error().contains(QStringLiteral("too long")));
    CHECK(
        Phone::parse(QStringLiteral("+96650123456")).error().contains(QStringLiteral("too short")));
    CHECK(
        Phone::parse(QStringLiteral("0112345678 9")).error().contains(QStringLiteral("too long")));
    CHECK(Phone::parse(QStringLiteral("011234567")).error().contains(QStringLiteral("too short")));
    CHECK(Phone::parse(QStringLiteral("0")).error().contains(QStringLiteral("too short")));
    CHECK(Phone::parse(QStringLiteral("+966")).error().contains(QStringLiteral("too short")));
    // Not a Saudi number.
    CHECK(Phone::parse(QStringLiteral("+447911123456"))
              .error()
              .contains(QStringLiteral("not a Saudi")));
    CHECK(Phone::parse(QStringLiteral("00201001234567"))
              .error()
              .contains(QStringLiteral("not a Saudi")));
    CHECK(
        Phone::parse(QStringLiteral("0801234567")).error().contains(QStringLiteral("not a Saudi")));
    CHECK(
        Phone::parse(QStringLiteral("0201234567")).error().contains(QStringLiteral("not a Saudi")));
    CHECK(
        Phone::parse(QStringLiteral("920012345")).error().contains(QStringLiteral("not a Saudi")));
    CHECK(
        Phone::parse(QStringLiteral("123456789")).error().contains(QStringLiteral("not a Saudi")));
}

TEST_CASE("Phone 2.3 stores E.164, shows the national form, searches by any form", "[core][phone]")
{
    const Result<Phone> p = Phone::parse(QStringLiteral("050 123 4567"));
    REQUIRE(p.ok());
    CHECK(p->e164() == QStringLiteral("+966501234567"));
    CHECK(p->national() == QStringLiteral("0501234567"));
    // Parsing the stored form gives the same phone back.
    const Result<Phone> again = Phone::parse(p->e164());
    REQUIRE(again.ok());
    CHECK(*again == *p);
    CHECK(Phone::parse(p->national()).value() == *p);

    const QString key = QStringLiteral("+966501234567");
    for (const char *typed : {"0501234567", "501234567", "966501234567", "+966501234567",
                              "00966501234567", "050-123-4567", "٠٥٠١٢٣٤٥٦٧", "+966 50 123 4567"}) {
        INFO(typed);
        CHECK(Phone::searchKey(s(typed)) == key);
    }
    CHECK(Phone::searchKey(QStringLiteral("0114645000")) == QStringLiteral("+966114645000"));
    // Not a phone: no key, so search looks elsewhere (a name, a national ID).
    CHECK(Phone::searchKey(s("محمد")).isEmpty());
    CHECK(Phone::searchKey(QStringLiteral("1000000008")).isEmpty());
    CHECK(Phone::searchKey(QStringLiteral("0501")).isEmpty());
    CHECK(Phone::searchKey(QString()).isEmpty());
    CHECK(Phone::parse(QStringLiteral("0501234567")).value() !=
          Phone::parse(QStringLiteral("0501234568")).value());
}
