#include "CatchQt.h"

#include "core/HijriDate.h"

#include <QCalendar>

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

HijriDate hijriOf(const QDate &date)
{
    const Result<HijriDate> h = HijriDate::fromGregorian(date);
    REQUIRE(h.ok());
    return h.value();
}

QDate gregorianOf(const HijriDate &date)
{
    const Result<QDate> g = date.toGregorian();
    REQUIRE(g.ok());
    return g.value();
}

} // namespace

TEST_CASE("HijriDate 5.2 check: 1444/02/04 AH is 2022-08-31, both directions", "[core][hijri]")
{
    CHECK(hijriOf(QDate(2022, 8, 31)) == HijriDate(1444, 2, 4));
    CHECK(gregorianOf(HijriDate(1444, 2, 4)) == QDate(2022, 8, 31));
    CHECK(hijriOf(QDate(2022, 8, 31)).toString() == QStringLiteral("1444/02/04"));
}

TEST_CASE("HijriDate 5.2 follows the official Umm al-Qura calendar", "[core][hijri]")
{
    // Month starts published by the Umm al-Qura calendar.
    CHECK(gregorianOf(HijriDate(1441, 9, 1)) == QDate(2020, 4, 24));  // Ramadan 1441
    CHECK(gregorianOf(HijriDate(1443, 12, 10)) == QDate(2022, 7, 9)); // Eid al-Adha 1443
    CHECK(gregorianOf(HijriDate(1445, 1, 1)) == QDate(2023, 7, 19));  // 1 Muharram 1445
    CHECK(gregorianOf(HijriDate(1446, 9, 1)) == QDate(2025, 3, 1));   // Ramadan 1446
    CHECK(gregorianOf(HijriDate(1446, 10, 1)) == QDate(2025, 3, 30)); // Eid al-Fitr 1446
    CHECK(hijriOf(QDate(2025, 3, 29)) == HijriDate(1446, 9, 29));
}

TEST_CASE("HijriDate 5.2 is not Qt's arithmetic IslamicCivil calendar", "[core][hijri]")
{
    const QCalendar civil(QCalendar::System::IslamicCivil);
    int differing = 0;
    for (QDate d(2022, 1, 1); d < QDate(2025, 1, 1); d = d.addDays(1)) {
        const QCalendar::YearMonthDay c = civil.partsFromDate(d);
        if (hijriOf(d) != HijriDate(c.year, c.month, c.day))
            ++differing;
    }
    CHECK(differing > 100);
}

TEST_CASE("HijriDate round-trips every day of several Gregorian years", "[core][hijri]")
{
    for (int year : {1925, 1935, 1950, 2000, 2022, 2023, 2024, 2050, 2076}) {
        INFO(year);
        HijriDate previous = hijriOf(QDate(year, 1, 1).addDays(-1));
        for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1)) {
            const HijriDate h = hijriOf(d);
            REQUIRE(gregorianOf(h) == d);
            REQUIRE(HijriDate::parse(h.toString()).value() == h);
            // The day after the previous one, or the first of the next month.
            if (h.day == 1) {
                // (28 or 31 in a few months of the early printed calendars)
                REQUIRE((previous.day >= 28 && previous.day <= 31));
                REQUIRE(previous.day == HijriDate::daysInMonth(previous.year, previous.month));
                REQUIRE(h.month == previous.month % 12 + 1);
                REQUIRE(h.year == previous.year + (previous.month == 12 ? 1 : 0));
            } else {
                REQUIRE(h == HijriDate(previous.year, previous.month, previous.day + 1));
            }
            previous = h;
        }
    }
}

TEST_CASE("HijriDate months have 29 or 30 days and years 354 or 355 over the table",
          "[core][hijri]")
{
    // From 1365 AH: before it the printed calendars have a few months of 28
    // or 31 days (UmmAlQuraTableTest lists them, and the years of 353 or 356).
    for (int year = 1365; year <= HijriDate::lastYear; ++year) {
        int days = 0;
        for (int month = 1; month <= 12; ++month) {
            const int n = HijriDate::daysInMonth(year, month);
            REQUIRE((n == 29 || n == 30));
            days += n;
        }
        INFO(year);
        REQUIRE((days == 354 || days == 355 || (year == 1401 && days == 353)));
        if (year < HijriDate::lastYear)
            REQUIRE(
                gregorianOf(HijriDate(year, 1, 1)).daysTo(gregorianOf(HijriDate(year + 1, 1, 1))) ==
                days);
    }
    CHECK(HijriDate::daysInMonth(1444, 0) == 0);
    CHECK(HijriDate::daysInMonth(1444, 13) == 0);
    CHECK(HijriDate::daysInMonth(1342, 12) == 0);
    CHECK(HijriDate::daysInMonth(1501, 1) == 0);
}

TEST_CASE("HijriDate 5.4 says so outside the Umm al-Qura table (AH 1343-1500)", "[core][hijri]")
{
    const QDate first = gregorianOf(HijriDate(1343, 1, 1));
    CHECK(first == QDate(1924, 8, 1));
    CHECK(hijriOf(first) == HijriDate(1343, 1, 1));
    const Result<HijriDate> before = HijriDate::fromGregorian(first.addDays(-1));
    REQUIRE_FALSE(before.ok());
    CHECK(before.error().contains(QStringLiteral("outside the Umm al-Qura calendar")));
    CHECK(before.error().contains(QStringLiteral("1343 to 1500")));

    const QDate last = gregorianOf(HijriDate(1500, 12, HijriDate::daysInMonth(1500, 12)));
    CHECK(last == QDate(2077, 11, 16));
    CHECK(hijriOf(last).year == 1500);
    CHECK_FALSE(HijriDate::fromGregorian(last.addDays(1)).ok());

    CHECK_FALSE(HijriDate::fromGregorian(QDate(1800, 1, 1)).ok());
    CHECK_FALSE(HijriDate::fromGregorian(QDate(2200, 1, 1)).ok());
    CHECK_FALSE(HijriDate::fromGregorian(QDate()).ok());

    for (const HijriDate &outside :
         {HijriDate(1342, 12, 1), HijriDate(1501, 1, 1), HijriDate(44, 2, 4)}) {
        const Result<QDate> g = outside.toGregorian();
        REQUIRE_FALSE(g.ok());
        CHECK(g.error().contains(QStringLiteral("outside the Umm al-Qura calendar")));
        CHECK_FALSE(outside.isValid());
    }
}

TEST_CASE("HijriDate refuses days and months that do not exist", "[core][hijri]")
{
    int shortMonth = 0;
    for (int m = 1; m <= 12 && shortMonth == 0; ++m) {
        if (HijriDate::daysInMonth(1444, m) == 29)
            shortMonth = m;
    }
    REQUIRE(shortMonth != 0);
    const Result<QDate> day30 = HijriDate(1444, shortMonth, 30).toGregorian();
    REQUIRE_FALSE(day30.ok());
    CHECK(day30.error().contains(QStringLiteral("has 29 days; there is no day 30")));
    CHECK(day30.error().contains(HijriDate::monthName(shortMonth)));
    CHECK(HijriDate(1444, shortMonth, 29).isValid());

    CHECK_FALSE(HijriDate(1444, 1, 0).isValid());
    CHECK_FALSE(HijriDate(1444, 1, 31).isValid());
    CHECK(HijriDate(1444, 0, 1).check().error().contains(QStringLiteral("between 1 and 12")));
    CHECK(HijriDate(1444, 13, 1).check().error().contains(QStringLiteral("between 1 and 12")));
    CHECK_FALSE(HijriDate().isValid());
}

TEST_CASE("HijriDate parses YYYY/MM/DD in any digits and with dashes", "[core][hijri]")
{
    const HijriDate expected(1444, 2, 4);
    for (const char *text :
         {"1444/02/04", "1444-02-04", "1444/2/4", "١٤٤٤/٠٢/٠٤", "۱۴۴۴/۰۲/۰۴", " 1444 / 02 / 04 ",
          "1444/02/04 هـ", "1444/02/04هـ", "1444/02/04 AH", "1444–02–04"}) {
        INFO(text);
        const Result<HijriDate> r = HijriDate::parse(s(text));
        REQUIRE(r.ok());
        CHECK(r.value() == expected);
    }
    const Result<HijriDate> bidi = HijriDate::parse(QStringLiteral("\u200F1444/02/04\u200E"));
    REQUIRE(bidi.ok());
    CHECK(bidi.value() == expected);
}

TEST_CASE("HijriDate parse failures say why", "[core][hijri]")
{
    CHECK(HijriDate::parse(QString()).error().contains(QStringLiteral("empty")));
    for (const char *bad :
         {"1444/02", "04/02/1444", "abc", "1444.02.04", "1444/02/04/01", "14444/02/04"}) {
        INFO(bad);
        CHECK(HijriDate::parse(s(bad)).error().contains(QStringLiteral("year/month/day")));
    }
    CHECK(HijriDate::parse(QStringLiteral("1444/13/01"))
              .error()
              .contains(QStringLiteral("between 1 and 12")));
    CHECK(HijriDate::parse(QStringLiteral("1444/02/31"))
              .error()
              .contains(QStringLiteral("no day 31")));
    CHECK(
        HijriDate::parse(QStringLiteral("1250/01/01")).error().contains(QStringLiteral("outside")));
    CHECK(
        HijriDate::parse(QStringLiteral("1700/01/01")).error().contains(QStringLiteral("outside")));
}

TEST_CASE("HijriDate formats for storage and for people", "[core][hijri]")
{
    CHECK(HijriDate(1444, 2, 4).toString() == QStringLiteral("1444/02/04"));
    CHECK(HijriDate(1445, 12, 30).toString() == QStringLiteral("1445/12/30"));
    CHECK(HijriDate().toString().isEmpty());

    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QLocale arabic(QLocale::Arabic, QLocale::SaudiArabia);
    CHECK(HijriDate(1444, 2, 4).toDisplayString(english) == QStringLiteral("4 Safar 1444 AH"));
    CHECK(HijriDate(1444, 2, 4).toDisplayString(arabic) == s("٤ صفر ١٤٤٤هـ"));
    CHECK(HijriDate(1446, 9, 1).toDisplayString(english) == QStringLiteral("1 Ramadan 1446 AH"));
    CHECK(HijriDate(1446, 9, 1).toDisplayString(arabic) == s("١ رمضان ١٤٤٦هـ"));
}

TEST_CASE("HijriDate month names in Arabic and English", "[core][hijri]")
{
    const char *arabic[] = {"محرم",         "صفر",          "ربيع الأول", "ربيع الآخر",
                            "جمادى الأولى", "جمادى الآخرة", "رجب",        "شعبان",
                            "رمضان",        "شوال",         "ذو القعدة",  "ذو الحجة"};
    for (int m = 1; m <= 12; ++m) {
        CHECK(HijriDate::arabicMonthName(m) == s(arabic[m - 1]));
        CHECK_FALSE(HijriDate::englishMonthName(m).isEmpty());
        // No translator is installed in the tests: the interface name is the English one.
        CHECK(HijriDate::monthName(m) == HijriDate::englishMonthName(m));
    }
    CHECK(HijriDate::englishMonthName(1) == QStringLiteral("Muharram"));
    CHECK(HijriDate::englishMonthName(9) == QStringLiteral("Ramadan"));
    CHECK(HijriDate::englishMonthName(12) == QStringLiteral("Dhu al-Hijjah"));
    CHECK(HijriDate::monthName(0).isEmpty());
    CHECK(HijriDate::arabicMonthName(13).isEmpty());
}

TEST_CASE("HijriDate compares by year, month, day", "[core][hijri]")
{
    CHECK(HijriDate(1444, 2, 4) == HijriDate(1444, 2, 4));
    CHECK(HijriDate(1444, 2, 4) != HijriDate(1444, 2, 5));
    CHECK(HijriDate(1443, 12, 29) < HijriDate(1444, 1, 1));
    CHECK(HijriDate(1444, 1, 30) < HijriDate(1444, 2, 1));
    CHECK(HijriDate(1444, 2, 4) < HijriDate(1444, 2, 5));
    CHECK_FALSE(HijriDate(1444, 2, 5) < HijriDate(1444, 2, 4));
}
