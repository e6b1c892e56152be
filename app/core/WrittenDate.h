// A date a person typed from a document (DOMAIN.md 5.2a): the Gregorian day,
// which is stored and used for all arithmetic (rule 5.1), and the calendar it
// was written in. A date written in Hijri keeps its Hijri year, month and day
// as written, so that it is shown back exactly as the document has it.
#pragma once

#include "core/HijriDate.h"

#include <QDate>
#include <QLocale>
#include <QString>

struct WrittenDate
{
    enum class Calendar
    {
        Unknown, // stored before the calendar was kept (schema 8), or not typed
        Gregorian,
        Hijri
    };

    QDate date; // Gregorian; null when there is no date
    Calendar calendar = Calendar::Unknown;
    // As written when calendar is Hijri. An anonymised record keeps only the
    // year of a Hijri birth date (month and day 0), as it keeps only the
    // Gregorian birth year.
    HijriDate hijri;

    WrittenDate() = default;
    // A Gregorian date of unknown writing (computed, or stored before schema 8).
    explicit WrittenDate(const QDate &d) : date(d) {}
    static WrittenDate gregorian(const QDate &d);
    // Fails as HijriDate::toGregorian does (outside the table, no such day).
    static Result<WrittenDate> fromHijri(const HijriDate &h);

    bool isNull() const { return !date.isValid(); }
    bool isHijri() const { return calendar == Calendar::Hijri && hijri.year > 0; }

    // The stored forms: the calendar's code ("" unknown, "gregorian", "hijri")
    // and the Hijri date as written ("1395/09/30"; the year alone for an
    // anonymised record; empty unless Hijri).
    QString calendarCode() const;
    QString hijriText() const;
    static QString codeOf(Calendar calendar);
    static Calendar calendarFromCode(const QString &code);
    // Read back from the stored forms; a Hijri text that does not read leaves
    // the calendar unknown, so the Gregorian date is shown as before.
    static WrittenDate fromStored(const QDate &date, const QString &calendarCode,
                                  const QString &hijriText);

    // What may be stored: this date, or, when the Hijri date written does not
    // name the Gregorian day (one of them changed alone), the day with its
    // calendar unknown.
    WrittenDate checked() const;

    // The text a date field shows: the Hijri date as written ("1395/09/30"),
    // otherwise the Gregorian ISO date. ASCII digits.
    QString fieldText() const;

    // For people, in both calendars as DateInput::formatBoth (rule 5.3: Hijri
    // first in Arabic), a Hijri date as written rather than converted. Empty
    // for a null date.
    QString toDisplayString(const QLocale &locale = QLocale()) const;

    bool operator==(const WrittenDate &o) const
    {
        return date == o.date && calendar == o.calendar && hijri == o.hijri;
    }
    bool operator!=(const WrittenDate &o) const { return !(*this == o); }
};
