// The month a report covers: a Gregorian month (shown with its Umm al-Qura
// span) or a Hijri (Umm al-Qura) month (shown with its Gregorian span), and
// its days as desk-time (Asia/Riyadh) midnights converted to UTC ranges.
#pragma once

#include "core/Result.h"
#include "storage/SummaryQueries.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>

class ReportPeriod final
{
    Q_DECLARE_TR_FUNCTIONS(ReportPeriod)

public:
    enum class Calendar
    {
        Gregorian,
        Hijri
    };

    ReportPeriod() = default;
    static Result<ReportPeriod> gregorian(int year, int month);
    static Result<ReportPeriod> hijri(int year, int month);
    // "YYYY-MM" (or "YYYY/MM", any digits of DOMAIN.md rule 1.1): a year below
    // 1600 is a Hijri month (rule 5.3), otherwise Gregorian.
    static Result<ReportPeriod> parse(const QString &text);
    // The Gregorian month before the one holding today.
    static ReportPeriod lastMonth(const QDate &today);
    // The month of the calendar that holds the day.
    static Result<ReportPeriod> containing(Calendar calendar, const QDate &day);

    bool isValid() const { return m_first.isValid(); }
    Calendar calendar() const { return m_calendar; }
    int year() const { return m_year; }
    int month() const { return m_month; }
    QDate firstDay() const { return m_first; }
    QDate lastDay() const { return m_last; }
    int dayCount() const { return int(m_first.daysTo(m_last)) + 1; }

    // From the first day's desk-time midnight to the midnight after the last day.
    TimeRange range() const;
    // One day of the period (index 0 is the first day).
    TimeRange dayRange(int index) const;
    // The day's number in the period's own calendar (1..29/30/31).
    int dayNumber(int index) const { return index + 1; }

    ReportPeriod previous() const;
    ReportPeriod next() const;

    // Where the recommendations for the month are kept: "G2025-03", "H1446-09".
    QString key() const;
    // "2025-03" or "1446-09", as the command line takes it.
    QString code() const;
    // "March 2025" or "Ramadan 1446 AH" (Arabic: "مارس ٢٠٢٥م", "رمضان ١٤٤٦هـ").
    QString title(const QLocale &locale) const;
    // The days in both calendars, Hijri first in Arabic:
    // "1 Ramadan 1446 AH – 1 Shawwal 1446 AH" and "1 March 2025 – 31 March 2025".
    QString hijriSpan(const QLocale &locale) const;
    QString gregorianSpan(const QLocale &locale) const;

    bool operator==(const ReportPeriod &o) const
    {
        return m_calendar == o.m_calendar && m_year == o.m_year && m_month == o.m_month;
    }
    bool operator!=(const ReportPeriod &o) const { return !(*this == o); }

private:
    Calendar m_calendar = Calendar::Gregorian;
    int m_year = 0;
    int m_month = 0;
    QDate m_first;
    QDate m_last;
};
