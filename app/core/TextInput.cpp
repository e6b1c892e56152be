#include "core/TextInput.h"

namespace TextInput {

bool isBidiControl(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0x061C || u == 0x200E || u == 0x200F || (u >= 0x202A && u <= 0x202E) ||
           (u >= 0x2066 && u <= 0x2069);
}

QString stripBidiControls(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (!isBidiControl(c))
            out.append(c);
    }
    return out;
}

QString asciiDigits(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u >= 0x0660 && u <= 0x0669)
            c = QChar(u'0' + (u - 0x0660));
        else if (u >= 0x06F0 && u <= 0x06F9)
            c = QChar(u'0' + (u - 0x06F0));
    }
    return out;
}

QString normaliseNumber(const QString &text)
{
    const QString digits = asciiDigits(text);
    QString out;
    out.reserve(digits.size());
    for (QChar c : digits) {
        // Spaces of every kind and the dashes people type between digit groups.
        if (c.isSpace() || c == u'-' || c == QChar(0x2010) || c == QChar(0x2011) ||
            c == QChar(0x2012) || c == QChar(0x2013) || c == QChar(0x2212) || isBidiControl(c))
            continue;
        out.append(c);
    }
    return out;
}

bool isAllAsciiDigits(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

QString excerpt(const QString &text, int maxCharacters)
{
    if (text.size() <= maxCharacters)
        return text;
    qsizetype cut = maxCharacters;
    if (text.at(cut - 1).isHighSurrogate())
        --cut; // never half a character
    return text.left(cut) + QChar(0x2026);
}

} // namespace TextInput
