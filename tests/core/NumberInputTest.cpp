#include <catch2/catch.hpp>

#include "core/NumberInput.h"

namespace {

qint64 scaled(const char *utf8, int decimals)
{
    const Result<qint64> r = NumberInput::parseScaled(QString::fromUtf8(utf8), decimals);
    INFO(utf8 << " -> " << r.error().toStdString());
    REQUIRE(r.ok());
    return *r;
}

QString refusal(const char *utf8, int decimals)
{
    const Result<qint64> r = NumberInput::parseScaled(QString::fromUtf8(utf8), decimals);
    INFO(utf8);
    REQUIRE_FALSE(r.ok());
    CHECK_FALSE(r.error().isEmpty());
    return r.error();
}

} // namespace

TEST_CASE("NumberInput reads numbers as people write them, in any digits", "[core][number]")
{
    CHECK(scaled("4500", 0) == 4500);
    CHECK(scaled(" 4,500 ", 0) == 4500);
    CHECK(scaled("1,234,567", 0) == 1234567);
    CHECK(scaled("4 500", 0) == 4500);
    CHECK(scaled("٤٥٠٠", 0) == 4500);
    CHECK(scaled("۴۵۰۰", 0) == 4500);
    // The Arabic thousands (U+066C) and decimal (U+066B) separators.
    CHECK(scaled("٣٬٢٠٠٫٥٠", 2) == 320050);
    CHECK(scaled("3200.5", 2) == 320050);
    CHECK(scaled("3,200.05", 2) == 320005);
    CHECK(scaled("-1", 0) == -1);
    CHECK(scaled("\u2212"
                 "12",
                 0) == -12);
    CHECK(scaled("\u200F"
                 "15\u200E",
                 0) == 15); // bidi marks ignored
    CHECK(scaled("0", 0) == 0);
}

TEST_CASE("NumberInput refuses a malformed number instead of reading another one", "[core][number]")
{
    // Today's import read "1,2,3" as 123 and "-1" as 1.
    CHECK(refusal("1,2,3", 0).contains(QStringLiteral("grouped by thousands")));
    CHECK(refusal("12,34", 0).contains(QStringLiteral("grouped by thousands")));
    CHECK(refusal("1234,567", 0).contains(QStringLiteral("grouped by thousands")));
    CHECK(refusal("1,234٬567", 0).contains(QStringLiteral("grouped by thousands"))); // mixed
    CHECK(refusal("1 2 3", 0).contains(QStringLiteral("grouped by thousands")));
    refusal("4-500", 0);
    refusal("4500.", 2);
    refusal(".5", 2);
    refusal("1.2.3", 2);
    refusal("12a", 0);
    refusal("--1", 0);
    refusal("", 0);
    refusal("+5", 0);
    CHECK(refusal("2.5", 0).contains(QStringLiteral("whole number")));
    CHECK(refusal("2.555", 2).contains(QStringLiteral("decimals")));
    CHECK(refusal("1234567890123456", 0).contains(QStringLiteral("too large")));
    refusal("١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦", 2);
}

TEST_CASE("NumberInput says whether typing more can still give a number", "[core][number]")
{
    CHECK(NumberInput::canBecomeNumber(QString(), 0));
    CHECK(NumberInput::canBecomeNumber(QStringLiteral("1,"), 0));
    CHECK(NumberInput::canBecomeNumber(QStringLiteral("1,2"), 0));
    CHECK(NumberInput::canBecomeNumber(QStringLiteral("-"), 0));
    CHECK(NumberInput::canBecomeNumber(QStringLiteral("4500."), 2));
    CHECK(NumberInput::canBecomeNumber(QString::fromUtf8("٤٥٠٠٫"), 2));
    CHECK_FALSE(NumberInput::canBecomeNumber(QStringLiteral("1,2,3"), 0));
    CHECK_FALSE(NumberInput::canBecomeNumber(QStringLiteral("4500."), 0));
    CHECK_FALSE(NumberInput::canBecomeNumber(QStringLiteral("12x"), 0));
}
