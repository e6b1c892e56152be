// A date in the Umm al-Qura calendar, the official Saudi Hijri calendar
// (DOMAIN.md section 5), as published: converted through UmmAlQuraTable.
// ICU's "islamic-umalqura" agrees with it only from 1420 to 1450 AH, and Qt's
// QCalendar::System::IslamicCivil is arithmetic: never use either for what a
// person reads or types. Dates are stored Gregorian; a HijriDate is for input
// and display.
#pragma once

#include "core/Result.h"
#include "core/UmmAlQuraTable.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>

class HijriDate final
{
    Q_DECLARE_TR_FUNCTIONS(HijriDate)

public:
    // Rule 5.4: the published table covers these years; outside them the
    // conversions fail instead of guessing.
    static constexpr int firstYear = UmmAlQuraTable::firstYear;
    static constexpr int lastYear = UmmAlQuraTable::lastYear;

    int year = 0;  // AH
    int month = 0; // 1 (Muharram) .. 12 (Dhu al-Hijjah)
    int day = 0;   // 1 .. 29 or 30

    HijriDate() = default;
    HijriDate(int y, int m, int d) : year(y), month(m), day(d) {}

    // The Umm al-Qura date of a Gregorian day.
    static Result<HijriDate> fromGregorian(const QDate &date);

    // The Gregorian day of this date; fails for a year outside the table, a
    // month outside 1-12 or a day the month does not have.
    Result<QDate> toGregorian() const;

    // Checks this date exists (same rules as toGregorian()).
    Status check() const;
    bool isValid() const { return check().ok(); }

    // Days in a month of the table (29 or 30; a few of 28 or 31 as printed in
    // the early years); 0 when year or month is outside it.
    static int daysInMonth(int year, int month);

    // "YYYY/MM/DD", also with "-" separators, any digits of rule 1.1, bidi
    // controls and surrounding spaces ignored, an optional "هـ"/"AH" after it.
    // The date must exist.
    static Result<HijriDate> parse(const QString &input);

    // "1444/02/04": ASCII digits, zero-padded; empty for a default-constructed date.
    QString toString() const;

    // For people: "4 Safar 1444 AH" in English, "٤ صفر ١٤٤٤ هـ" in Arabic (names
    // and digits follow the locale's language).
    QString toDisplayString(const QLocale &locale = QLocale()) const;

    // Month names, month 1-12 (empty otherwise). monthName() is translated into
    // the interface language; the others are fixed.
    static QString monthName(int month);
    static QString englishMonthName(int month);
    static QString arabicMonthName(int month);

    bool operator==(const HijriDate &o) const
    {
        return year == o.year && month == o.month && day == o.day;
    }
    bool operator!=(const HijriDate &o) const { return !(*this == o); }
    bool operator<(const HijriDate &o) const
    {
        if (year != o.year)
            return year < o.year;
        if (month != o.month)
            return month < o.month;
        return day < o.day;
    }
};
