#include "core/Mnemonic.h"

namespace {

// The Arabic blocks, their letters and marks (harakat, tatweel).
bool isArabic(QChar c)
{
    const char16_t u = c.unicode();
    const bool inBlock = (u >= 0x0600 && u <= 0x06FF) || (u >= 0x0750 && u <= 0x077F) ||
                         (u >= 0x08A0 && u <= 0x08FF) || (u >= 0xFB50 && u <= 0xFDFF) ||
                         (u >= 0xFE70 && u <= 0xFEFF);
    return inBlock && (c.isLetter() || c.isMark());
}

// Calls at(i) for every single `&` (a mnemonic marker) after an Arabic letter.
template <typename F> void forEachSplit(QStringView text, F at)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (i + 1 < text.size() && text[i + 1] == u'&') {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        // Before an Arabic letter at a word's start the `&` is allowed: the
        // word is underlined (and so drawn apart) only while Alt is held.
        if (i > 0 && isArabic(text[i - 1]))
            at(i);
    }
}

} // namespace

namespace Mnemonic {

bool splitsArabicWord(QStringView text)
{
    bool found = false;
    forEachSplit(text, [&](qsizetype) { found = true; });
    return found;
}

QString dropFromArabicWords(const QString &text)
{
    QString out = text;
    qsizetype removed = 0;
    forEachSplit(QStringView(text), [&](qsizetype i) { out.remove(i - removed++, 1); });
    return out;
}

bool hasMnemonic(QStringView text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (text[i + 1] == u'&') {
            ++i;
            continue;
        }
        if (!text[i + 1].isSpace())
            return true;
    }
    return false;
}

} // namespace Mnemonic
