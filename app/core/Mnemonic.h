// Where a mnemonic `&` would split an Arabic word: Qt draws the marked letter
// as a run of its own, so it loses its joining. Arabic texts carry no `&`
// beside an Arabic letter; Qt's own Arabic translations do, so theirs are cleaned.
#pragma once

#include <QString>
#include <QStringView>

namespace Mnemonic {

// True when a single `&` (not the literal `&&`) stands before, inside or
// right after an Arabic word.
bool splitsArabicWord(QStringView text);

// The text without the `&` of splitsArabicWord; a `&` before a Latin letter
// (Alt+P in "تصدير &PDF") and every `&&` are kept.
QString dropFromArabicWords(const QString &text);

} // namespace Mnemonic
