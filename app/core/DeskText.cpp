#include "core/DeskText.h"

#include "core/Clock.h"
#include "core/DateInput.h"
#include "core/Phone.h"

#include <QDir>
#include <QLocale>
#include <QTimeZone>

QString DeskText::language()
{
    return QLocale().language() == QLocale::Arabic ? QStringLiteral("ar") : QStringLiteral("en");
}

QString DeskText::number(qint64 n)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(n);
}

QString DeskText::time(const QDateTime &instant)
{
    if (!instant.isValid())
        return QString();
    return QLocale().toString(instant.toTimeZone(Clock::deskTimeZone()).time(),
                              QLocale::ShortFormat);
}

QString DeskText::date(const QDate &d)
{
    return DateInput::formatBoth(d, QLocale());
}

QString DeskText::date(const WrittenDate &d)
{
    return d.toDisplayString(QLocale());
}

QDate DeskText::deskDate(const QDateTime &instant)
{
    return instant.isValid() ? instant.toTimeZone(Clock::deskTimeZone()).date() : QDate();
}

QString DeskText::dateTime(const QDateTime &instant)
{
    if (!instant.isValid())
        return QString();
    //: a date in both calendars, then a clock time
    return tr("%1, %2").arg(date(deskDate(instant)), time(instant));
}

QString DeskText::timeOrDateTime(const QDateTime &instant)
{
    return deskDate(instant) == Clock::instance().today() ? time(instant) : dateTime(instant);
}

QString DeskText::duration(qint64 seconds)
{
    const qint64 minutes = qMax<qint64>(0, seconds) / 60;
    if (minutes < 60)
        return tr("%Ln min", "", int(minutes));
    if (minutes < 24 * 60) {
        const int hours = int(minutes / 60);
        const int rest = int(minutes % 60);
        if (rest == 0)
            return tr("%Ln h", "", hours);
        //: hours and minutes, e.g. "1 h 5 min"
        return tr("%1 %2").arg(tr("%Ln h", "", hours), tr("%Ln min", "", rest));
    }
    return tr("%Ln days", "", int(minutes / (24 * 60)));
}

QString DeskText::digits(const QString &text)
{
    const bool arabic = isArabic();
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (arabic && u >= u'0' && u <= u'9')
            c = QChar(char16_t(0x0660 + (u - u'0')));
        else if (!arabic && u >= 0x0660 && u <= 0x0669)
            c = QChar(char16_t(u'0' + (u - 0x0660)));
        else if (!arabic && u >= 0x06F0 && u <= 0x06F9)
            c = QChar(char16_t(u'0' + (u - 0x06F0)));
    }
    return out;
}

QString DeskText::phone(const QString &stored)
{
    if (stored.isEmpty())
        return QString();
    const Result<Phone> p = Phone::parse(stored);
    if (p && p->isSaudi())
        return digits(p->shown());
    // A foreign number ("+44 7911 123456") or one stored by older rules: its
    // + and groups read left to right inside Arabic text too.
    return leftToRight(digits(p ? p->shown() : stored));
}

QString DeskText::riyals(qint64 halalas)
{
    return tr("%1 SAR").arg(QLocale().toString(double(halalas) / 100.0, 'f', 2));
}

QString DeskText::leftToRight(const QString &text)
{
    // U+2066 LEFT-TO-RIGHT ISOLATE ... U+2069 POP DIRECTIONAL ISOLATE; a text
    // isolated so already (a foreign phone()) is not wrapped twice.
    if (text.startsWith(QChar(0x2066)) && text.endsWith(QChar(0x2069)))
        return text;
    return QChar(0x2066) + text + QChar(0x2069);
}

QString DeskText::isolate(const QString &text)
{
    // U+2068 FIRST STRONG ISOLATE ... U+2069 POP DIRECTIONAL ISOLATE
    return QChar(0x2068) + text + QChar(0x2069);
}

QString DeskText::path(const QString &path)
{
    return leftToRight(QDir::toNativeSeparators(path));
}

QString DeskText::message(const QString &pattern, const QStringList &values)
{
    const auto isolated = [](const QString &v) {
        // LRI, RLI or FSI at the start and PDI at the end: already whole.
        const bool whole = v.size() >= 2 && v.front().unicode() >= 0x2066 &&
                           v.front().unicode() <= 0x2068 && v.back().unicode() == 0x2069;
        return whole ? v : isolate(v);
    };
    const auto digit = [&](qsizetype at) {
        return at < pattern.size() && pattern[at] >= u'0' && pattern[at] <= u'9';
    };
    QString out;
    out.reserve(pattern.size() + 16 * values.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        // "%N" or "%NN" with N from 1: the value N; anything else stays as written.
        if (pattern[i] == u'%' && digit(i + 1)) {
            qsizetype end = i + 1;
            int n = 0;
            while (end < i + 3 && digit(end))
                n = n * 10 + (pattern[end++].unicode() - u'0');
            if (n >= 1 && n <= values.size()) {
                out += isolated(values.at(n - 1));
                i = end - 1;
                continue;
            }
        }
        out += pattern[i];
    }
    return out;
}

QString DeskText::localName(const QString &arabic, const QString &english)
{
    // English only for an English interface: Arabic is the association's own
    // language and the one every name has.
    const bool inEnglish = QLocale().language() == QLocale::English;
    return inEnglish && !english.trimmed().isEmpty() ? english : arabic;
}
