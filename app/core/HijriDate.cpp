#include "core/HijriDate.h"

#include "core/TextInput.h"
#include "core/UmmAlQuraTable.h"

#include <QRegularExpression>

namespace {

const char *const kMonthNames[12] = {
    QT_TRANSLATE_NOOP("HijriDate", "Muharram"),
    QT_TRANSLATE_NOOP("HijriDate", "Safar"),
    QT_TRANSLATE_NOOP("HijriDate", "Rabi' al-Awwal"),
    QT_TRANSLATE_NOOP("HijriDate", "Rabi' al-Akhir"),
    QT_TRANSLATE_NOOP("HijriDate", "Jumada al-Ula"),
    QT_TRANSLATE_NOOP("HijriDate", "Jumada al-Akhirah"),
    QT_TRANSLATE_NOOP("HijriDate", "Rajab"),
    QT_TRANSLATE_NOOP("HijriDate", "Sha'ban"),
    QT_TRANSLATE_NOOP("HijriDate", "Ramadan"),
    QT_TRANSLATE_NOOP("HijriDate", "Shawwal"),
    QT_TRANSLATE_NOOP("HijriDate", "Dhu al-Qa'dah"),
    QT_TRANSLATE_NOOP("HijriDate", "Dhu al-Hijjah"),
};

// The names as the Umm al-Qura calendar prints them.
const char16_t *const kArabicMonthNames[12] = {
    u"محرم", u"صفر",   u"ربيع الأول", u"ربيع الآخر", u"جمادى الأولى", u"جمادى الآخرة",
    u"رجب",  u"شعبان", u"رمضان",      u"شوال",       u"ذو القعدة",    u"ذو الحجة",
};

const UmmAlQuraTable &table()
{
    return UmmAlQuraTable::builtIn();
}

bool inTable(int year)
{
    return year >= HijriDate::firstYear && year <= HijriDate::lastYear;
}

QString unavailable()
{
    return HijriDate::tr("The Umm al-Qura calendar's table is missing or damaged in this copy of "
                         "Istiqbal; install it again.");
}

QString outsideTable(int year)
{
    return HijriDate::tr("The Hijri year %1 is outside the Umm al-Qura calendar (%2 to %3 AH).")
        .arg(year)
        .arg(HijriDate::firstYear)
        .arg(HijriDate::lastYear);
}

} // namespace

Result<HijriDate> HijriDate::fromGregorian(const QDate &date)
{
    if (!date.isValid())
        return Status::failure(tr("The date is not valid."));
    if (!table().isLoaded())
        return Status::failure(unavailable());
    HijriDate hijri;
    if (!table().find(date, hijri.year, hijri.month, hijri.day))
        return Status::failure(tr("%1 is outside the Umm al-Qura calendar (%2 to %3 AH); its "
                                  "Hijri date cannot be given.")
                                   .arg(date.toString(Qt::ISODate))
                                   .arg(firstYear)
                                   .arg(lastYear));
    return hijri;
}

int HijriDate::daysInMonth(int year, int month)
{
    return table().daysInMonth(year, month);
}

Status HijriDate::check() const
{
    if (!table().isLoaded())
        return Status::failure(unavailable());
    if (!inTable(year))
        return Status::failure(outsideTable(year));
    if (month < 1 || month > 12)
        return Status::failure(tr("The Hijri month must be between 1 and 12."));
    const int days = daysInMonth(year, month);
    if (day < 1 || day > days)
        return Status::failure(tr("%1 %2 AH has %3 days; there is no day %4.")
                                   .arg(monthName(month))
                                   .arg(year)
                                   .arg(days)
                                   .arg(day));
    return Status::success();
}

Result<QDate> HijriDate::toGregorian() const
{
    const Status valid = check();
    if (!valid)
        return valid;
    return table().monthStart(year, month).addDays(day - 1);
}

Result<HijriDate> HijriDate::parse(const QString &input)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{1,4})\\s*[/-]\\s*(\\d{1,2})\\s*[/-]\\s*(\\d{1,2})"
                       "\\s*(?:\\x{0647}\\x{0640}?|AH|A\\.H\\.)?$"),
        QRegularExpression::CaseInsensitiveOption);
    QString text = TextInput::asciiDigits(TextInput::stripBidiControls(input)).trimmed();
    for (QChar &c : text) {
        if (c == QChar(0x2010) || c == QChar(0x2011) || c == QChar(0x2012) || c == QChar(0x2013) ||
            c == QChar(0x2212))
            c = u'-';
    }
    if (text.isEmpty())
        return Status::failure(tr("The Hijri date is empty."));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return Status::failure(tr("Write the Hijri date as year/month/day, e.g. 1444/02/04."));
    const HijriDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const Status valid = date.check();
    if (!valid)
        return valid;
    return date;
}

QString HijriDate::toString() const
{
    if (year == 0 && month == 0 && day == 0)
        return QString();
    const QLatin1Char zero('0');
    return QStringLiteral("%1/%2/%3")
        .arg(year, 4, 10, zero)
        .arg(month, 2, 10, zero)
        .arg(day, 2, 10, zero);
}

QString HijriDate::toDisplayString(const QLocale &locale) const
{
    if (month < 1 || month > 12)
        return toString();
    QLocale numbers = locale;
    numbers.setNumberOptions(QLocale::OmitGroupSeparator);
    if (locale.language() == QLocale::Arabic)
        return QStringLiteral("%1 %2 %3هـ")
            .arg(numbers.toString(day), arabicMonthName(month), numbers.toString(year));
    return QStringLiteral("%1 %2 %3 AH")
        .arg(numbers.toString(day), englishMonthName(month), numbers.toString(year));
}

QString HijriDate::monthName(int month)
{
    if (month < 1 || month > 12)
        return QString();
    return tr(kMonthNames[month - 1]);
}

QString HijriDate::englishMonthName(int month)
{
    if (month < 1 || month > 12)
        return QString();
    return QString::fromLatin1(kMonthNames[month - 1]);
}

QString HijriDate::arabicMonthName(int month)
{
    if (month < 1 || month > 12)
        return QString();
    return QString::fromUtf16(kArabicMonthNames[month - 1]);
}
