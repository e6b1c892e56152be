// Where a mnemonic `&` may stand in an Arabic text. Qt draws an underlined
// letter as a run of its own, so a marked letter inside a word loses its
// joining. The window underlines only while Alt is held (JoinedTextStyle), so
// a mark at the start of a word costs nothing the rest of the time and gives
// Arabic its access keys (Alt+ح); a mark inside or at the end of a word is
// never allowed. Qt's own Arabic translations have such marks, so theirs are cleaned.
#pragma once

#include <QString>
#include <QStringView>

namespace Mnemonic {

// True when a single `&` (not the literal `&&`) follows an Arabic letter:
// inside a word or right after it.
bool splitsArabicWord(QStringView text);

// The text without the `&` of splitsArabicWord; a `&` at the start of an
// Arabic word, before a Latin letter (Alt+P in "تصدير &PDF") and every `&&`
// are kept.
QString dropFromArabicWords(const QString &text);

// True when the text marks an access key: a single `&` before a character.
bool hasMnemonic(QStringView text);

} // namespace Mnemonic
