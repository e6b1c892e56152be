// Numbers as people write them in a form or a spreadsheet (a family size, an
// income, a quantity), read exactly or refused in words: never changed into
// another number. One home for the rule, used by import and the window's editors.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

class NumberInput final
{
    Q_DECLARE_TR_FUNCTIONS(NumberInput)

public:
    static constexpr int maxDecimals = 3;
    static constexpr int maxWholeDigits = 15;

    // The value times 10^decimals ("4,500.5" with 2 decimals is 450050).
    // Accepted: the digits of DOMAIN.md rule 1.1; thousands grouped by threes
    // with one kind of separator ("," or the Arabic U+066C, or a space); "."
    // or the Arabic decimal separator U+066B before at most `decimals` digits;
    // a leading minus sign; bidi controls and surrounding spaces are ignored.
    // Refused, with the reason: "1,2,3", "12,34", "4500.", ".5", "4-500", too
    // many decimals or digits, anything else. The reason is a phrase to follow
    // the value ("is not grouped by thousands").
    static Result<qint64> parseScaled(const QString &text, int decimals);
    static Result<qint64> parseWhole(const QString &text) { return parseScaled(text, 0); }

    // Whether typing more characters could still make text a number (an
    // editor accepts such text while it is typed).
    static bool canBecomeNumber(const QString &text, int decimals);
};
