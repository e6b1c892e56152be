#include "core/NamePart.h"

#include "core/ArabicText.h"
#include "core/TextInput.h"

namespace {

bool isHyphen(char32_t c)
{
    return c == U'-' || c == 0x2010 || c == 0x2011;
}

bool isJoiner(char32_t c)
{
    return c == 0x200C || c == 0x200D; // ZWNJ (Persian), ZWJ
}

bool isDigit(char32_t c)
{
    const QChar::Category cat = QChar::category(c);
    return cat == QChar::Number_DecimalDigit || cat == QChar::Number_Letter ||
           cat == QChar::Number_Other;
}

bool isInvisible(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

QString codePoint(char32_t c)
{
    return QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

QString character(char32_t c)
{
    return QString::fromUcs4(&c, 1);
}

// Whitespace of any kind becomes one space; leading and trailing removed.
QString collapseSpaces(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (QChar c : text) {
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(u' ');
            pendingSpace = false;
        }
        out.append(c);
    }
    return out;
}

} // namespace

Result<QString> NamePart::clean(const QString &input, bool required)
{
    const QString text = collapseSpaces(
        TextInput::stripBidiControls(input).normalized(QString::NormalizationForm_C));
    if (text.isEmpty()) {
        if (required)
            return Status::failure(tr("The name is empty."));
        return QString();
    }

    const QList<uint> codePoints = text.toUcs4();
    bool hasLetter = false;
    bool afterLetter = false; // a combining mark needs a letter (or mark) before it
    for (uint u : codePoints) {
        const char32_t c = u;
        if (QChar::isLetter(c)) {
            hasLetter = hasLetter || c != 0x0640; // tatweel alone is no letter
            afterLetter = true;
            continue;
        }
        if (QChar::isMark(c)) {
            if (!afterLetter)
                return Status::failure(tr("The mark %1 must follow a letter.")
                                           .arg(QString(QChar(0x25CC)) + character(c)));
            continue;
        }
        afterLetter = false;
        if (c == U' ' || isHyphen(c) || ArabicText::isApostrophe(c) || isJoiner(c))
            continue;
        if (isDigit(c))
            return Status::failure(tr("A name may not contain digits (\"%1\").").arg(character(c)));
        if (isInvisible(c))
            return Status::failure(
                tr("A name may not contain the invisible character %1.").arg(codePoint(c)));
        return Status::failure(tr("A name may not contain \"%1\": only letters, spaces, hyphens "
                                  "and apostrophes are allowed.")
                                   .arg(character(c)));
    }
    if (!hasLetter)
        return Status::failure(tr("A name must contain at least one letter."));
    if (codePoints.size() > maxLength)
        return Status::failure(
            tr("The name is too long: at most 50 characters are allowed; this one has %n.", "",
               int(codePoints.size())));
    return text;
}

Result<PersonName> NamePart::validate(const PersonName &name)
{
    struct Part
    {
        const QString *input;
        QString *output;
        bool required;
        QString missing; // said when a required part is empty
        QString label;   // "%1" is the reason clean() gave
    };
    PersonName cleaned;
    const Part parts[] = {
        {&name.first, &cleaned.first, true, tr("The first name is required."),
         tr("First name: %1")},
        {&name.father, &cleaned.father, false, QString(), tr("Father's name: %1")},
        {&name.grandfather, &cleaned.grandfather, false, QString(), tr("Grandfather's name: %1")},
        {&name.family, &cleaned.family, true, tr("The family name is required."),
         tr("Family name: %1")},
    };
    for (const Part &part : parts) {
        if (part.required && collapseSpaces(TextInput::stripBidiControls(*part.input)).isEmpty())
            return Status::failure(part.missing);
        const Result<QString> r = clean(*part.input, part.required);
        if (!r.ok())
            return Status::failure(part.label.arg(r.error()));
        *part.output = r.value();
    }
    return cleaned;
}
