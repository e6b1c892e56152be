#include "CatchQt.h"

#include "core/DateInput.h"
#include "core/HijriDate.h"

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QDate parsed(const char *text)
{
    const Result<QDate> r = DateInput::parse(s(text));
    INFO(text);
    REQUIRE(r.ok());
    return r.value();
}

QString refusal(const char *text)
{
    const Result<QDate> r = DateInput::parse(s(text));
    INFO(text);
    REQUIRE_FALSE(r.ok());
    return r.error();
}

// Rule 5.6 counted one day at a time, to check the fast version against.
QDate naiveAddWorkingDays(QDate d, int n)
{
    const int step = n > 0 ? 1 : -1;
    while (n != 0) {
        d = d.addDays(step);
        if (d.dayOfWeek() != Qt::Friday && d.dayOfWeek() != Qt::Saturday)
            n -= step;
    }
    return d;
}

} // namespace

TEST_CASE("DateInput 5.3 reads Gregorian dates in any digits", "[core][dates]")
{
    const QDate expected(2022, 8, 31);
    for (const char *text :
         {"2022-08-31", "2022/08/31", "2022-8-31", "٢٠٢٢-٠٨-٣١", "۲۰۲۲/۰۸/۳۱", " 2022 - 08 - 31 ",
          "2022-08-31 م", "2022/08/31م", "2022-08-31 AD", "2022–08–31"})
        CHECK(parsed(text) == expected);
    CHECK(DateInput::parse(QStringLiteral("\u202B2022-08-31\u202C")).value() == expected);
    CHECK(parsed("2024-02-29") == QDate(2024, 2, 29));
    CHECK(parsed("1600-01-01") == QDate(1600, 1, 1)); // 1600 and after: Gregorian
}

TEST_CASE("DateInput 5.3 reads a year below 1600 as Hijri (Umm al-Qura)", "[core][dates]")
{
    const QDate expected(2022, 8, 31);
    for (const char *text : {"1444/02/04", "1444-02-04", "1444/2/4", "١٤٤٤/٠٢/٠٤", "١٤٤٤-٠٢-٠٤",
                             "1444/02/04 هـ", "1444/02/04هـ", "1444/02/04 AH"})
        CHECK(parsed(text) == expected);
    CHECK(parsed("1500/12/01") == HijriDate(1500, 12, 1).toGregorian().value());
    CHECK(parsed("1445/01/01") == QDate(2023, 7, 19));
}

TEST_CASE("DateInput parse failures say why", "[core][dates]")
{
    CHECK(refusal("").contains(QStringLiteral("empty")));
    CHECK(refusal("   ").contains(QStringLiteral("empty")));
    for (const char *bad : {"31/08/2022", "2022.08.31", "2022-08", "yesterday", "2022-08-31x"})
        CHECK(refusal(bad).contains(QStringLiteral("year-month-day")));
    // Digits of other scripts are not read as dates (Devanagari was taken for
    // a Hijri year 0).
    CHECK(refusal("\u0968\u0966\u0968\u0968-\u0966\u096e-\u0969\u0967")
              .contains(QStringLiteral("year-month-day")));
    CHECK(refusal("22-08-31").contains(QStringLiteral("four digits")));
    CHECK(refusal("20220-08-31").contains(QStringLiteral("four digits")));
    CHECK(refusal("2022-13-01").contains(QStringLiteral("between 1 and 12")));
    CHECK(refusal("2022-00-01").contains(QStringLiteral("between 1 and 12")));
    CHECK(refusal("2022-02-29").contains(QStringLiteral("has 28 days; there is no day 29")));
    CHECK(refusal("2022-04-31").contains(QStringLiteral("has 30 days; there is no day 31")));
    CHECK(refusal("1444/02/31").contains(QStringLiteral("no day 31")));
    CHECK(refusal("1444/13/01").contains(QStringLiteral("between 1 and 12")));
    // Rule 5.4: Hijri outside the Umm al-Qura table is refused, not guessed.
    CHECK(refusal("1250/01/01").contains(QStringLiteral("outside the Umm al-Qura calendar")));
    CHECK(refusal("2022/08/31 هـ").contains(QStringLiteral("outside the Umm al-Qura calendar")));
}

TEST_CASE("DateInput 5.5 birth date: not in the future, not over 120 years ago", "[core][dates]")
{
    const QDate today(2025, 6, 15);
    CHECK(DateInput::checkBirthDate(today, today).ok());
    CHECK(DateInput::checkBirthDate(QDate(1990, 1, 1), today).ok());
    CHECK(DateInput::checkBirthDate(QDate(1905, 6, 15), today).ok()); // exactly 120 years
    const Status tomorrow = DateInput::checkBirthDate(today.addDays(1), today);
    REQUIRE_FALSE(tomorrow.ok());
    CHECK(tomorrow.error().contains(QStringLiteral("future")));
    const Status tooOld = DateInput::checkBirthDate(QDate(1905, 6, 14), today);
    REQUIRE_FALSE(tooOld.ok());
    CHECK(tooOld.error().contains(QStringLiteral("more than 120 years")));
    CHECK(
        DateInput::checkBirthDate(QDate(), today).error().contains(QStringLiteral("not a valid")));
    // A Hijri birth date typed by a person goes through the same check.
    CHECK(DateInput::checkBirthDate(DateInput::parse(QStringLiteral("1410/05/12")).value(), today)
              .ok());
}

TEST_CASE("DateInput 5.5 document expiry is checked against the day the case is handled",
          "[core][dates]")
{
    const QDate handled(2025, 6, 15);
    CHECK(DateInput::checkExpiry(handled, handled).ok()); // valid through its last day
    CHECK(DateInput::checkExpiry(QDate(2026, 1, 1), handled).ok());
    const Status expired = DateInput::checkExpiry(QDate(2025, 6, 14), handled);
    REQUIRE_FALSE(expired.ok());
    CHECK(expired.error().contains(QStringLiteral("expired")));
    CHECK(expired.error().contains(QStringLiteral("2025")));
    // The same expiry is fine on an earlier handling day.
    CHECK(DateInput::checkExpiry(QDate(2025, 6, 14), QDate(2025, 6, 1)).ok());
    CHECK_FALSE(DateInput::checkExpiry(QDate(), handled).ok());
}

TEST_CASE("DateInput 5.6 working week is Sunday to Thursday", "[core][dates]")
{
    const QDate sunday(2025, 6, 15);
    REQUIRE(sunday.dayOfWeek() == Qt::Sunday);
    for (int i = 0; i < 5; ++i)
        CHECK(DateInput::isWorkingDay(sunday.addDays(i)));   // Sunday .. Thursday
    CHECK_FALSE(DateInput::isWorkingDay(sunday.addDays(5))); // Friday
    CHECK_FALSE(DateInput::isWorkingDay(sunday.addDays(6))); // Saturday
    CHECK_FALSE(DateInput::isWorkingDay(QDate()));
}

TEST_CASE("DateInput 5.6 counts due dates in working days", "[core][dates]")
{
    const QDate sunday(2025, 6, 15), thursday(2025, 6, 19), friday(2025, 6, 20),
        saturday(2025, 6, 21), nextSunday(2025, 6, 22);
    CHECK(DateInput::addWorkingDays(thursday, 1) == nextSunday);
    CHECK(DateInput::addWorkingDays(friday, 1) == nextSunday);
    CHECK(DateInput::addWorkingDays(saturday, 1) == nextSunday);
    CHECK(DateInput::addWorkingDays(sunday, 4) == thursday);
    CHECK(DateInput::addWorkingDays(sunday, 5) == nextSunday);
    CHECK(DateInput::addWorkingDays(sunday, 10) == QDate(2025, 6, 29));
    CHECK(DateInput::addWorkingDays(nextSunday, -1) == thursday);
    CHECK(DateInput::addWorkingDays(saturday, -1) == thursday);
    CHECK(DateInput::addWorkingDays(friday, 0) == friday);
    CHECK_FALSE(DateInput::addWorkingDays(QDate(), 3).isValid());

    // Every start day of a fortnight, every count up to six weeks either way.
    for (QDate start = sunday; start < sunday.addDays(14); start = start.addDays(1)) {
        for (int n = -30; n <= 30; ++n) {
            if (n == 0)
                continue;
            const QDate due = DateInput::addWorkingDays(start, n);
            INFO(start.toString(Qt::ISODate).toStdString() << " + " << n);
            REQUIRE(due == naiveAddWorkingDays(start, n));
            REQUIRE(DateInput::isWorkingDay(due));
        }
    }
}

TEST_CASE("DateInput 5.3 shows both calendars, Hijri first in Arabic", "[core][dates]")
{
    const QDate date(2022, 8, 31);
    const QLocale arabic(QLocale::Arabic, QLocale::SaudiArabia);
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    CHECK(DateInput::formatBoth(date, arabic) == s("٤ صفر ١٤٤٤هـ (٣١ أغسطس ٢٠٢٢م)"));
    CHECK(DateInput::formatBoth(date, english) ==
          QStringLiteral("31 August 2022 (4 Safar 1444 AH)"));
    CHECK(DateInput::formatBoth(date, arabic)
              .startsWith(HijriDate(1444, 2, 4).toDisplayString(arabic)));
    // Rule 5.4: no Hijri date is guessed outside the table.
    CHECK(DateInput::formatBoth(QDate(1800, 1, 1), english) == QStringLiteral("1 January 1800"));
    CHECK(DateInput::formatBoth(QDate(), english).isEmpty());
}

TEST_CASE("DateInput and HijriDate agree with rule 1.1 digits everywhere", "[core][dates]")
{
    // Persian digits and mixed digit forms in one date.
    CHECK(parsed("۱۴۴۴/٠٢/04") == QDate(2022, 8, 31));
    CHECK(parsed("٢٠٢٢/08/۳۱") == QDate(2022, 8, 31));
}
