// The published Umm al-Qura calendar (DOMAIN.md 5.2): the first day of each
// month from 1343 to 1500 AH, read once from the table that
// scripts/umm-al-qura-table makes (resources/calendar/umm-al-qura.txt, from
// the MIT-licensed hijri-converter). HijriDate converts through it.
#pragma once

#include <QDate>
#include <QVector>

class UmmAlQuraTable final
{
public:
    static constexpr int firstYear = 1343;
    static constexpr int lastYear = 1500;

    // The table built into the program (read on first use, thread-safe).
    static const UmmAlQuraTable &builtIn();

    // Reads a table in the script's format: '#' comments, then one line per
    // month "YEAR MONTH YYYY-MM-DD" from firstYear/01 to lastYear/12, and the
    // first day after the table. Anything else leaves the table empty.
    explicit UmmAlQuraTable(const QByteArray &text);

    // False when the table could not be read: every conversion then fails.
    bool isLoaded() const { return !m_starts.isEmpty(); }

    // The first and the last day the table covers.
    QDate firstDay() const;
    QDate lastDay() const;

    // The Gregorian day a month starts on; invalid outside the table.
    QDate monthStart(int year, int month) const;

    // The days of a month (29 or 30; as printed in the early years, a few of
    // 28 or 31); 0 outside the table.
    int daysInMonth(int year, int month) const;

    // The Hijri year, month and day of a Gregorian day; false outside the table.
    bool find(const QDate &date, int &year, int &month, int &day) const;

private:
    // Julian day of each month's start, and of the day after the last month.
    QVector<qint64> m_starts;
};
