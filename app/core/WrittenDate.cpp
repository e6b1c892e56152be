#include "core/WrittenDate.h"

#include "core/DateInput.h"

#include <QStringList>

WrittenDate WrittenDate::gregorian(const QDate &d)
{
    WrittenDate w(d);
    if (d.isValid())
        w.calendar = Calendar::Gregorian;
    return w;
}

Result<WrittenDate> WrittenDate::fromHijri(const HijriDate &h)
{
    const Result<QDate> day = h.toGregorian();
    if (!day)
        return day.status();
    WrittenDate w(*day);
    w.calendar = Calendar::Hijri;
    w.hijri = h;
    return w;
}

QString WrittenDate::codeOf(Calendar calendar)
{
    switch (calendar) {
    case Calendar::Gregorian:
        return QStringLiteral("gregorian");
    case Calendar::Hijri:
        return QStringLiteral("hijri");
    case Calendar::Unknown:
        break;
    }
    return QString();
}

WrittenDate::Calendar WrittenDate::calendarFromCode(const QString &code)
{
    if (code == QLatin1String("gregorian"))
        return Calendar::Gregorian;
    if (code == QLatin1String("hijri"))
        return Calendar::Hijri;
    return Calendar::Unknown;
}

QString WrittenDate::calendarCode() const
{
    if (calendar == Calendar::Hijri && hijri.year <= 0)
        return QString();
    if (calendar == Calendar::Gregorian && isNull())
        return QString();
    return codeOf(calendar);
}

WrittenDate WrittenDate::checked() const
{
    WrittenDate w = *this;
    if (calendar == Calendar::Hijri) {
        const Result<QDate> day = hijri.toGregorian();
        if (!day || *day != date) {
            w.calendar = Calendar::Unknown;
            w.hijri = HijriDate();
        }
    } else {
        w.hijri = HijriDate();
        if (isNull())
            w.calendar = Calendar::Unknown;
    }
    return w;
}

QString WrittenDate::hijriText() const
{
    if (calendar != Calendar::Hijri || hijri.year <= 0)
        return QString();
    if (hijri.month == 0)
        return QString::number(hijri.year);
    return hijri.toString();
}

WrittenDate WrittenDate::fromStored(const QDate &date, const QString &calendarCode,
                                    const QString &hijriText)
{
    WrittenDate w(date);
    if (calendarCode == QLatin1String("gregorian") && date.isValid()) {
        w.calendar = Calendar::Gregorian;
        return w;
    }
    if (calendarCode != QLatin1String("hijri"))
        return w;
    // Read as stored, not checked against today's table: what was written
    // stays what is shown, even if a later table counts that month otherwise.
    const QStringList parts = hijriText.split(QLatin1Char('/'));
    int numbers[3] = {0, 0, 0};
    bool ok = parts.size() == 1 || parts.size() == 3;
    for (int i = 0; ok && i < parts.size(); ++i)
        numbers[i] = parts.at(i).toInt(&ok);
    if (!ok || numbers[0] <= 0)
        return w;
    const bool yearOnly = parts.size() == 1;
    if (yearOnly == date.isValid())
        return w; // a year alone only where the date itself was removed
    if (!yearOnly && (numbers[1] < 1 || numbers[1] > 12 || numbers[2] < 1 || numbers[2] > 31))
        return w;
    w.calendar = Calendar::Hijri;
    w.hijri = HijriDate(numbers[0], numbers[1], numbers[2]);
    return w;
}

QString WrittenDate::fieldText() const
{
    if (isNull())
        return QString();
    if (isHijri() && hijri.month > 0)
        return hijri.toString();
    return date.toString(Qt::ISODate);
}

QString WrittenDate::toDisplayString(const QLocale &locale) const
{
    if (isNull())
        return QString();
    if (!isHijri() || hijri.month == 0)
        return DateInput::formatBoth(date, locale);
    const bool arabic = locale.language() == QLocale::Arabic;
    QString gregorian = locale.toString(date, QStringLiteral("d MMMM yyyy"));
    if (arabic)
        gregorian += QStringLiteral("م");
    // Rule 5.3's order (Hijri first in Arabic), with the Hijri date as written.
    const QString written = hijri.toDisplayString(locale);
    return arabic ? QStringLiteral("%1 (%2)").arg(written, gregorian)
                  : QStringLiteral("%1 (%2)").arg(gregorian, written);
}
