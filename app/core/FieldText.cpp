#include "core/FieldText.h"

#include "core/TextInput.h"

QString FieldText::clean(const QString &text)
{
    return TextInput::stripBidiControls(text).simplified();
}

Status FieldText::check(const QString &field, const QString &text, bool required, int maxLength)
{
    if (text.isEmpty()) {
        if (!required)
            return Status::success();
        //: %1 is a field's name, e.g. "The place".
        return Status::failure(tr("%1: this is required; fill it in.").arg(field));
    }
    const int length = int(text.toUcs4().size());
    if (length > maxLength)
        //: %1 is a field's name, e.g. "The place".
        return Status::failure(tr("%1: at most %2 characters are allowed; this has %3.")
                                   .arg(field)
                                   .arg(maxLength)
                                   .arg(length));
    return Status::success();
}
