// Dates as people type and read them (DOMAIN.md section 5): either calendar in,
// both calendars out, plus the date rules of the front desk.
#pragma once

#include "core/Result.h"
#include "core/WrittenDate.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>

class DateInput final
{
    Q_DECLARE_TR_FUNCTIONS(DateInput)

public:
    // Years below this are Hijri (rule 5.3).
    static constexpr int firstGregorianYear = 1600;
    // Rule 5.5: a birth date is at most this many years ago.
    static constexpr int maxAgeYears = 120;

    // Rule 5.3: "YYYY-MM-DD" or "YYYY/MM/DD" (either separator, any digits of
    // rule 1.1, bidi controls ignored). A four-digit year below 1600 is a Hijri
    // (Umm al-Qura) date, otherwise Gregorian; an "هـ"/"AH" or "م"/"AD" after the
    // date says which calendar explicitly. The day must exist in its month.
    static Result<QDate> parse(const QString &input);
    // The same, keeping how the date was written (DOMAIN.md 5.2a): a Hijri
    // date keeps its year, month and day as typed.
    static Result<WrittenDate> parseWritten(const QString &input);

    // Rule 5.5: not in the future, not over 120 years before today.
    static Status checkBirthDate(const QDate &birth, const QDate &today);

    // Rule 5.5: a document is valid through its expiry date, checked against the
    // day the case is handled.
    static Status checkExpiry(const QDate &expiry, const QDate &handledOn);

    // Rule 5.6: Sunday to Thursday; Friday and Saturday are the weekend.
    static bool isWorkingDay(const QDate &date);

    // Rule 5.6: the date n working days after (n > 0) or before (n < 0) the
    // given one; the given day itself is not counted, so Thursday + 1 is the
    // next Sunday and Friday + 1 is Sunday. n == 0 returns the date unchanged.
    static QDate addWorkingDays(const QDate &date, int n);

    // Rule 5.3: the date in both calendars, Hijri first for Arabic:
    // "٤ صفر ١٤٤٤هـ (٣١ أغسطس ٢٠٢٢م)" and "31 August 2022 (4 Safar 1444 AH)".
    // Only the Gregorian date outside the Umm al-Qura table (rule 5.4); empty
    // for an invalid date.
    static QString formatBoth(const QDate &date, const QLocale &locale = QLocale());
};
