// How the window writes numbers, times, dates and durations for people, in the
// interface language: times in the desk's time zone, dates in both calendars
// (DOMAIN.md 5.3), numbers with the language's digits and never a group
// separator in a year or ticket number. IDs and phones are text, not numbers.
#pragma once

#include "core/WrittenDate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class DeskText final
{
    Q_DECLARE_TR_FUNCTIONS(DeskText)

public:
    // "ar" or "en", from the default locale the language switch sets.
    static QString language();
    static bool isArabic() { return language() == QLatin1String("ar"); }
    // A name kept in both languages (a service, a document type, a survey
    // question) as the interface shows it: the English one when the interface
    // is in English and there is one, else the Arabic. The one home of that
    // choice.
    static QString localName(const QString &arabic, const QString &english);

    static QString number(qint64 n);
    // Clock time in the desk's time zone, e.g. "٩:٠٥ ص" or "9:05 AM".
    static QString time(const QDateTime &instant);
    // Both calendars, Hijri first in Arabic; "" for a null date.
    static QString date(const QDate &date);
    // A date a person typed from a document, as written (DOMAIN.md 5.2a): a
    // Hijri date as typed, not converted back.
    static QString date(const WrittenDate &date);
    // The day in both calendars and the time, in the desk's time zone.
    static QString dateTime(const QDateTime &instant);
    // The time alone for an instant today at the desk, else dateTime(): for
    // lists, where most rows are today's.
    static QString timeOrDateTime(const QDateTime &instant);
    // The day an instant falls on at the desk.
    static QDate deskDate(const QDateTime &instant);
    // "4 min", "1 h 5 min", "2 days" (rounded down to whole minutes).
    static QString duration(qint64 seconds);
    // Digits of text (an ID, a phone, a file number, a typed date) in the
    // interface language's system: Arabic-Indic in Arabic, Latin in English;
    // every other character as it is. One digit system for every value shown.
    static QString digits(const QString &text);
    // A stored phone (E.164) as the desk shows it, in the language's digits: a
    // Saudi number in its national form (05XXXXXXXX); a foreign one in its
    // international form ("+44 7911 123456") and anything else as stored, both
    // kept left to right (leftToRight()).
    static QString phone(const QString &stored);
    // Text that reads left to right (a file path, a code) kept whole inside a
    // right-to-left line: wrapped in a left-to-right isolate (once).
    static QString leftToRight(const QString &text);
    // Text of either direction (a name, what a visitor said) kept whole
    // inside a line of the other: wrapped in a first-strong isolate.
    static QString isolate(const QString &text);
    // A file's path, with the system's separators, left to right in a line of
    // either direction (leftToRight).
    static QString path(const QString &path);
    // The one way a message embeds values (a path, a number, a name, a month):
    // pattern's %1..%99 replaced by values[0..], each kept whole and in order
    // by an isolate (isolate(), unless the value is isolated already, as
    // path() and leftToRight() are). Both languages, so an Arabic name in an
    // English sentence reads in order too.
    static QString message(const QString &pattern, const QStringList &values);
    // An amount in halalas as riyals, e.g. "4,500.00 SAR".
    static QString riyals(qint64 halalas);
};
