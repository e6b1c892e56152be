// Numbers joined by hyphens ("1448-000123", "2026-11-02") read right only when
// the paragraph around them is left to right: after Arabic letters the
// Unicode bidi algorithm turns the digits into Arabic numbers, the hyphen
// stops joining them, and the parts come out in reverse order. A left-to-right
// mark before such a number keeps it in one piece; it changes nothing in
// left-to-right text.
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

} // namespace BidiText
