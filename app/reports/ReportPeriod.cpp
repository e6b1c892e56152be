#include "reports/ReportPeriod.h"

#include "core/Clock.h"
#include "core/DateInput.h"
#include "core/HijriDate.h"
#include "core/TextInput.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace {

QDateTime deskMidnightUtc(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), Clock::deskTimeZone()).toUTC();
}

QLocale yearLocale(const QLocale &locale)
{
    QLocale l = locale;
    l.setNumberOptions(QLocale::OmitGroupSeparator);
    return l;
}

bool isArabic(const QLocale &locale)
{
    return locale.language() == QLocale::Arabic;
}

QString gregorianDay(const QDate &d, const QLocale &locale)
{
    return locale.toString(d, QStringLiteral("d MMMM yyyy")) +
           (isArabic(locale) ? QStringLiteral("م") : QString());
}

} // namespace

Result<ReportPeriod> ReportPeriod::gregorian(int year, int month)
{
    if (year < DateInput::firstGregorianYear || year > 9999 || month < 1 || month > 12)
        return Status::failure(tr("%1-%2 is not a month.").arg(year).arg(month));
    ReportPeriod p;
    p.m_calendar = Calendar::Gregorian;
    p.m_year = year;
    p.m_month = month;
    p.m_first = QDate(year, month, 1);
    p.m_last = p.m_first.addMonths(1).addDays(-1);
    return p;
}

Result<ReportPeriod> ReportPeriod::hijri(int year, int month)
{
    const HijriDate first(year, month, 1);
    if (const Status s = first.check(); !s)
        return s;
    const Result<QDate> start = first.toGregorian();
    if (!start)
        return start.status();
    ReportPeriod p;
    p.m_calendar = Calendar::Hijri;
    p.m_year = year;
    p.m_month = month;
    p.m_first = *start;
    p.m_last = start->addDays(HijriDate::daysInMonth(year, month) - 1);
    return p;
}

Result<ReportPeriod> ReportPeriod::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})\\s*[-/]\\s*(\\d{1,2})$"));
    const QString ascii = TextInput::asciiDigits(TextInput::stripBidiControls(text)).trimmed();
    const QRegularExpressionMatch m = pattern.match(ascii);
    if (!m.hasMatch())
        return Status::failure(
            tr("Write the month as YYYY-MM, e.g. 2025-03 (Gregorian) or 1446-09 (Hijri)."));
    const int year = m.captured(1).toInt();
    const int month = m.captured(2).toInt();
    if (year < DateInput::firstGregorianYear)
        return hijri(year, month);
    return gregorian(year, month);
}

ReportPeriod ReportPeriod::lastMonth(const QDate &today)
{
    const QDate d = today.addMonths(-1);
    return *gregorian(d.year(), d.month());
}

Result<ReportPeriod> ReportPeriod::containing(Calendar calendar, const QDate &day)
{
    if (calendar == Calendar::Gregorian)
        return gregorian(day.year(), day.month());
    const Result<HijriDate> h = HijriDate::fromGregorian(day);
    if (!h)
        return h.status();
    return hijri(h->year, h->month);
}

TimeRange ReportPeriod::range() const
{
    return {deskMidnightUtc(m_first), deskMidnightUtc(m_last.addDays(1))};
}

TimeRange ReportPeriod::dayRange(int index) const
{
    const QDate d = m_first.addDays(index);
    return {deskMidnightUtc(d), deskMidnightUtc(d.addDays(1))};
}

ReportPeriod ReportPeriod::previous() const
{
    const Result<ReportPeriod> p = containing(m_calendar, m_first.addDays(-1));
    return p ? *p : ReportPeriod();
}

ReportPeriod ReportPeriod::next() const
{
    const Result<ReportPeriod> p = containing(m_calendar, m_last.addDays(1));
    return p ? *p : ReportPeriod();
}

QString ReportPeriod::code() const
{
    return QStringLiteral("%1-%2")
        .arg(m_year, 4, 10, QLatin1Char('0'))
        .arg(m_month, 2, 10, QLatin1Char('0'));
}

QString ReportPeriod::key() const
{
    return (m_calendar == Calendar::Hijri ? QStringLiteral("H") : QStringLiteral("G")) + code();
}

QString ReportPeriod::title(const QLocale &locale) const
{
    const QLocale years = yearLocale(locale);
    if (m_calendar == Calendar::Hijri) {
        if (isArabic(locale))
            return QStringLiteral("%1 %2هـ").arg(HijriDate::arabicMonthName(m_month),
                                                 years.toString(m_year));
        return QStringLiteral("%1 %2 AH")
            .arg(HijriDate::englishMonthName(m_month), years.toString(m_year));
    }
    return locale.toString(m_first, QStringLiteral("MMMM yyyy")) +
           (isArabic(locale) ? QStringLiteral("م") : QString());
}

QString ReportPeriod::hijriSpan(const QLocale &locale) const
{
    const Result<HijriDate> a = HijriDate::fromGregorian(m_first);
    const Result<HijriDate> b = HijriDate::fromGregorian(m_last);
    if (!a || !b)
        return QString();
    return QStringLiteral("%1 – %2").arg(a->toDisplayString(locale), b->toDisplayString(locale));
}

QString ReportPeriod::gregorianSpan(const QLocale &locale) const
{
    return QStringLiteral("%1 – %2").arg(gregorianDay(m_first, locale),
                                         gregorianDay(m_last, locale));
}
