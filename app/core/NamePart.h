// One part of a person's name as typed or imported (DOMAIN.md rules 3.1-3.3):
// cleaned for storage, or refused with the reason.
#pragma once

#include "core/Beneficiary.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

class NamePart final
{
    Q_DECLARE_TR_FUNCTIONS(NamePart)

public:
    static constexpr int maxLength = 50; // characters (code points), after trimming

    // Rules 3.1 and 3.2: bidi controls removed (U+200C and U+200D kept), composed
    // (NFC), trimmed, runs of whitespace collapsed to one space. What remains may
    // hold letters of any script with their combining marks, tatweel, spaces,
    // hyphens and apostrophes, 1-50 characters, at least one letter. An empty
    // part is accepted (as an empty string) unless required. The failure names
    // the offending character.
    static Result<QString> clean(const QString &input, bool required);

    // Rule 3.3: every part cleaned; first and family names required, father
    // and grandfather optional. The failure says which part.
    static Result<PersonName> validate(const PersonName &name);
};
