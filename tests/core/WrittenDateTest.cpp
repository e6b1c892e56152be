// Dates kept as written (DOMAIN.md 5.2a, 5.4; issue 15): a date typed in
// Hijri keeps its Hijri year, month and day beside the Gregorian day, and is
// shown back as typed; the stored forms read back the same.
#include "CatchQt.h"

#include "core/DateInput.h"
#include "core/DeskText.h"
#include "core/WrittenDate.h"

using Calendar = WrittenDate::Calendar;

namespace {

WrittenDate written(const QString &text)
{
    const Result<WrittenDate> r = DateInput::parseWritten(text);
    INFO(text.toStdString() << ": " << r.error().toStdString());
    REQUIRE(r.ok());
    return r.value();
}

} // namespace

TEST_CASE("A Hijri date keeps its year, month and day as typed", "[core][hijri][written]")
{
    // 1395/11 has 30 days in the published calendar and 29 in ICU's
    // (UmmAlQuraTableTest finds it): the 30th is a day people were born on.
    for (const QString &typed :
         {QStringLiteral("1395/11/30"), QStringLiteral("١٣٩٥/١١/٣٠"),
          QStringLiteral("1395-11-30 هـ"), QStringLiteral("1395/11/30 AH")}) {
        const WrittenDate w = written(typed);
        CHECK(w.calendar == Calendar::Hijri);
        CHECK(w.isHijri());
        CHECK(w.hijri == HijriDate(1395, 11, 30));
        CHECK(w.date == QDate(1975, 12, 3));
        CHECK(w.fieldText() == QStringLiteral("1395/11/30"));
        CHECK(w.calendarCode() == QStringLiteral("hijri"));
        CHECK(w.hijriText() == QStringLiteral("1395/11/30"));
    }
    // DOMAIN.md 5.2's check.
    const WrittenDate muharram = written(QStringLiteral("1460/01/01"));
    CHECK(muharram.date == QDate(2038, 2, 5));
    CHECK(muharram.hijri == HijriDate(1460, 1, 1));

    const WrittenDate gregorian = written(QStringLiteral("2038-02-05"));
    CHECK(gregorian.calendar == Calendar::Gregorian);
    CHECK_FALSE(gregorian.isHijri());
    CHECK(gregorian.fieldText() == QStringLiteral("2038-02-05"));
    CHECK(gregorian.calendarCode() == QStringLiteral("gregorian"));
    CHECK(gregorian.hijriText().isEmpty());
    CHECK(DateInput::parse(QStringLiteral("1395/11/30")).value() == QDate(1975, 12, 3));
}

TEST_CASE("A Hijri date outside the published calendar is refused in words",
          "[core][hijri][written]")
{
    for (const QString &typed : {QStringLiteral("1342/12/29"), QStringLiteral("1501/01/01")}) {
        const Result<WrittenDate> r = DateInput::parseWritten(typed);
        INFO(typed.toStdString());
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().contains(
            QStringLiteral("outside the Umm al-Qura calendar (1343 to 1500 AH)")));
    }
    // A day the published month does not have.
    const Result<WrittenDate> thirtieth = DateInput::parseWritten(QStringLiteral("1395/10/30"));
    CHECK_FALSE(thirtieth.ok());
}

TEST_CASE("A written date is shown in both calendars, the Hijri one as written",
          "[core][hijri][written]")
{
    const WrittenDate hijri = written(QStringLiteral("1395/11/30"));
    CHECK(hijri.toDisplayString(QLocale(QLocale::English, QLocale::UnitedStates)) ==
          QStringLiteral("3 December 1975 (30 Dhu al-Qa'dah 1395 AH)"));
    CHECK(hijri.toDisplayString(QLocale(QLocale::Arabic, QLocale::SaudiArabia)) ==
          QStringLiteral("٣٠ ذو القعدة ١٣٩٥هـ (٣ ديسمبر ١٩٧٥م)"));
    // Gregorian or of unknown writing: as every date (rule 5.3).
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    CHECK(WrittenDate::gregorian(QDate(2022, 8, 31)).toDisplayString(english) ==
          DateInput::formatBoth(QDate(2022, 8, 31), english));
    CHECK(WrittenDate(QDate(2022, 8, 31)).toDisplayString(english) ==
          QStringLiteral("31 August 2022 (4 Safar 1444 AH)"));
    CHECK(WrittenDate().toDisplayString(english).isEmpty());
}

TEST_CASE("A written date reads back from its stored forms", "[core][hijri][written]")
{
    const WrittenDate hijri = written(QStringLiteral("1395/11/30"));
    CHECK(WrittenDate::fromStored(hijri.date, hijri.calendarCode(), hijri.hijriText()) == hijri);
    const WrittenDate gregorian = written(QStringLiteral("1975-12-03"));
    CHECK(WrittenDate::fromStored(gregorian.date, gregorian.calendarCode(),
                                  gregorian.hijriText()) == gregorian);
    // Rows stored before the calendar was kept: unknown, the date as it was.
    const WrittenDate old = WrittenDate::fromStored(QDate(1975, 12, 3), QString(), QString());
    CHECK(old.calendar == Calendar::Unknown);
    CHECK(old.date == QDate(1975, 12, 3));
    CHECK(old.fieldText() == QStringLiteral("1975-12-03"));
    // An anonymised record keeps only the Hijri year.
    const WrittenDate year =
        WrittenDate::fromStored(QDate(), QStringLiteral("hijri"), QStringLiteral("1395"));
    CHECK(year.calendar == Calendar::Hijri);
    CHECK(year.hijri.year == 1395);
    CHECK(year.hijri.month == 0);
    CHECK(year.isNull());
    CHECK(year.calendarCode() == QStringLiteral("hijri"));
    CHECK(year.hijriText() == QStringLiteral("1395"));
    // What does not read is not shown as written.
    CHECK(WrittenDate::fromStored(QDate(1975, 12, 3), QStringLiteral("hijri"),
                                  QStringLiteral("garbage"))
              .calendar == Calendar::Unknown);
    CHECK(
        WrittenDate::fromStored(QDate(1975, 12, 3), QStringLiteral("hijri"), QStringLiteral("1395"))
            .calendar == Calendar::Unknown);
}

TEST_CASE("A written date whose two halves disagree is stored of unknown writing",
          "[core][hijri][written]")
{
    WrittenDate w = written(QStringLiteral("1395/11/30"));
    CHECK(w.checked() == w);
    w.date = w.date.addDays(1); // changed without its Hijri date
    const WrittenDate checked = w.checked();
    CHECK(checked.calendar == Calendar::Unknown);
    CHECK(checked.date == w.date);
    CHECK(checked.hijriText().isEmpty());
}
