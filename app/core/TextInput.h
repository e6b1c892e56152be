// Clean-up applied to every name, identity number and phone a person types or a
// file supplies (DOMAIN.md rules 1.1 and 3.1).
#pragma once

#include <QString>

namespace TextInput {

// True for the Unicode Bidi_Control set (U+061C, U+200E, U+200F, U+202A-U+202E,
// U+2066-U+2069): the characters behind "Trojan Source" spoofing.
bool isBidiControl(QChar c);

// Removes bidi controls; keeps U+200C (Persian ZWNJ) and everything else.
QString stripBidiControls(const QString &text);

// Arabic-Indic (U+0660-U+0669) and Persian (U+06F0-U+06F9) digits become ASCII.
QString asciiDigits(const QString &text);

// Rule 1.1: ASCII digits, with spaces, dashes and bidi controls removed. Other
// characters are kept so the caller can say they are not digits.
QString normaliseNumber(const QString &text);

bool isAllAsciiDigits(const QString &text);

// What a message quotes of a value a person or a file gave: the value when it
// has at most maxCharacters characters, else its beginning and "…", so a long
// value is never repeated whole.
QString excerpt(const QString &text, int maxCharacters = 40);

} // namespace TextInput
