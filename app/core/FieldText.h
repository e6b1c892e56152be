// One line of free text a person types into a record (an organisation's name,
// a place, an audience): kept without bidi controls or line breaks, trimmed,
// and refused in words, naming the field, when it is missing or too long.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

class FieldText final
{
    Q_DECLARE_TR_FUNCTIONS(FieldText)

public:
    // The text as it is kept: bidi controls dropped (TextInput), any run of
    // white space (line breaks included) one space, trimmed.
    static QString clean(const QString &text);

    // Checks cleaned text: field is the field's name in words ("The place").
    static Status check(const QString &field, const QString &text, bool required, int maxLength);
};
