#include "core/DateInput.h"

#include "core/HijriDate.h"
#include "core/TextInput.h"

#include <QRegularExpression>

namespace {

QString withAsciiDashes(QString text)
{
    for (QChar &c : text) {
        if (c == QChar(0x2010) || c == QChar(0x2011) || c == QChar(0x2012) || c == QChar(0x2013) ||
            c == QChar(0x2212))
            c = u'-';
    }
    return text;
}

} // namespace

Result<QDate> DateInput::parse(const QString &input)
{
    const Result<WrittenDate> written = parseWritten(input);
    if (!written)
        return written.status();
    return written->date;
}

Result<WrittenDate> DateInput::parseWritten(const QString &input)
{
    // Year, month, day; then an optional calendar mark: هـ / AH for Hijri,
    // م / AD / CE for Gregorian. Digits are ASCII once Arabic-Indic and
    // Persian ones are read as such; \d would also take other scripts' digits
    // (Devanagari), which toInt() reads as 0, a "Hijri year 0".
    static const QRegularExpression pattern(
        QStringLiteral("^([0-9]+)\\s*[/-]\\s*([0-9]{1,2})\\s*[/-]\\s*([0-9]{1,2})\\s*"
                       "(?:(\\x{0647}\\x{0640}?|AH|A\\.H\\.)|(\\x{0645}|AD|A\\.D\\.|CE))?$"),
        QRegularExpression::CaseInsensitiveOption);

    const QString text =
        withAsciiDashes(TextInput::asciiDigits(TextInput::stripBidiControls(input))).trimmed();
    if (text.isEmpty())
        return Status::failure(tr("The date is empty."));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return Status::failure(
            tr("Write the date as year-month-day, e.g. 2022-08-31 or 1444/02/04 (Hijri)."));
    if (m.capturedLength(1) != 4)
        return Status::failure(tr("Write the year with four digits, e.g. 2022 or 1444."));

    const int year = m.captured(1).toInt();
    const int month = m.captured(2).toInt();
    const int day = m.captured(3).toInt();
    const bool markedHijri = m.capturedLength(4) > 0;
    const bool markedGregorian = m.capturedLength(5) > 0;

    if (markedHijri || (!markedGregorian && year < firstGregorianYear))
        return WrittenDate::fromHijri(HijriDate(year, month, day));

    if (month < 1 || month > 12)
        return Status::failure(tr("The month must be between 1 and 12."));
    const QDate date(year, month, day);
    if (!date.isValid())
        return Status::failure(tr("Month %1 of %2 has %3 days; there is no day %4.")
                                   .arg(month)
                                   .arg(year)
                                   .arg(QDate(year, month, 1).daysInMonth())
                                   .arg(day));
    return WrittenDate::gregorian(date);
}

Status DateInput::checkBirthDate(const QDate &birth, const QDate &today)
{
    if (!birth.isValid())
        return Status::failure(tr("The birth date is not a valid date."));
    if (birth > today)
        return Status::failure(tr("The birth date is in the future."));
    if (birth < today.addYears(-maxAgeYears))
        return Status::failure(
            tr("The birth date is more than 120 years ago; please check the year."));
    return Status::success();
}

Status DateInput::checkExpiry(const QDate &expiry, const QDate &handledOn)
{
    if (!expiry.isValid())
        return Status::failure(tr("The expiry date is not a valid date."));
    if (expiry < handledOn)
        return Status::failure(tr("The document expired on %1.").arg(formatBoth(expiry)));
    return Status::success();
}

bool DateInput::isWorkingDay(const QDate &date)
{
    if (!date.isValid())
        return false;
    const int dow = date.dayOfWeek(); // 1 Monday .. 7 Sunday
    return dow != Qt::Friday && dow != Qt::Saturday;
}

QDate DateInput::addWorkingDays(const QDate &date, int n)
{
    if (!date.isValid() || n == 0)
        return date;
    const int step = n > 0 ? 1 : -1;
    int remaining = n > 0 ? n : -n;
    // Any seven consecutive days hold exactly five working days, so whole weeks
    // can be skipped while more than five remain.
    const int weeks = (remaining - 1) / 5;
    QDate d = date.addDays(qint64(step) * 7 * weeks);
    remaining -= weeks * 5;
    while (remaining > 0) {
        d = d.addDays(step);
        if (isWorkingDay(d))
            --remaining;
    }
    return d;
}

QString DateInput::formatBoth(const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return QString();
    const bool arabic = locale.language() == QLocale::Arabic;
    QString gregorian = locale.toString(date, QStringLiteral("d MMMM yyyy"));
    if (arabic)
        gregorian += QStringLiteral("م");
    const Result<HijriDate> hijri = HijriDate::fromGregorian(date);
    if (!hijri.ok())
        return gregorian;
    const QString hijriText = hijri->toDisplayString(locale);
    return arabic ? QStringLiteral("%1 (%2)").arg(hijriText, gregorian)
                  : QStringLiteral("%1 (%2)").arg(gregorian, hijriText);
}
