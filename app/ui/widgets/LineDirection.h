// A line of details that mixes the interface's words with names or text of
// either direction (e.g. "Beneficiary: <Arabic name>, ID ...") must read in
// the interface's direction, not in that of its first letter: a leading mark
// (RLM in Arabic, LRM in English) fixes the paragraph's direction.
#pragma once

#include <QGuiApplication>
#include <QString>

namespace LineDirection {

inline QString ofInterface(const QString &line)
{
    if (line.isEmpty())
        return line;
    const QChar mark =
        QGuiApplication::layoutDirection() == Qt::RightToLeft ? QChar(0x200F) : QChar(0x200E);
    return mark + line;
}

} // namespace LineDirection
