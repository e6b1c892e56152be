// Numbers joined by hyphens ("1448-000123", "2026-11-02") read right only when
// the paragraph around them is left to right: after Arabic letters the
// Unicode bidi algorithm turns the digits into Arabic numbers, the hyphen
// stops joining them, and the parts come out in reverse order. A left-to-right
// mark before such a number keeps it in one piece; it changes nothing in
// left-to-right text.
//
// Messages made below the window (storage, core: a backup, a restore, a file
// that cannot be written) name paths in plain text, since the command line
// prints them too and shows bidi controls as escapes. isolatePaths wraps each
// path in such a message in a left-to-right isolate where the window shows
// it, so that "/tmp/a.pdf" keeps its slash at the start in an Arabic sentence.
#pragma once

#include <QRegularExpression>
#include <QString>

namespace BidiText {

inline QString keepNumbersTogether(const QString &text)
{
    static const QRegularExpression hyphenated(QStringLiteral("(\\d+(?:-\\d+)+)"));
    QString out = text;
    out.replace(hyphenated, QStringLiteral("\u200E\\1"));
    return out;
}

inline QStringList keepNumbersTogether(const QStringList &lines)
{
    QStringList out;
    for (const QString &l : lines)
        out << keepNumbersTogether(l);
    return out;
}

// Every absolute path (/… or C:\…) outside an isolate, in LRI … PDI. A path
// runs to the next space; words after a space that hold a separator ("My
// Documents/a.pdf") are taken as part of it; a full stop, comma, colon,
// semicolon or closing bracket at its end is left outside.
QString isolatePaths(const QString &text);

} // namespace BidiText
