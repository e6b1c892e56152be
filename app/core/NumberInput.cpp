#include "core/NumberInput.h"

#include "core/TextInput.h"

namespace {

bool isGroupSeparator(QChar c)
{
    return c == u',' || c == QChar(0x066C) || c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F);
}

bool isDecimalSeparator(QChar c)
{
    return c == u'.' || c == QChar(0x066B);
}

bool isMinus(QChar c)
{
    return c == u'-' || c == QChar(0x2212);
}

// Digits grouped by threes after a first group of one to three, with one kind
// of separator throughout; or digits alone.
bool wellGrouped(const QString &whole, QString &digits)
{
    QChar separator;
    int groupLength = 0;
    bool grouped = false;
    for (QChar c : whole) {
        if (c >= u'0' && c <= u'9') {
            digits.append(c);
            ++groupLength;
            continue;
        }
        if (!isGroupSeparator(c))
            return false;
        if (!separator.isNull() && c != separator)
            return false;
        // The first group has one to three digits, every later one three.
        if (groupLength == 0 || groupLength > 3 || (grouped && groupLength != 3))
            return false;
        separator = c;
        grouped = true;
        groupLength = 0;
    }
    return groupLength > 0 && (!grouped || groupLength == 3);
}

} // namespace

Result<qint64> NumberInput::parseScaled(const QString &text, int decimals)
{
    decimals = qBound(0, decimals, maxDecimals);
    QString t = TextInput::asciiDigits(TextInput::stripBidiControls(text)).trimmed();
    if (t.isEmpty())
        return Status::failure(tr("is empty"));
    const bool negative = isMinus(t.at(0));
    if (negative)
        t.remove(0, 1);

    qsizetype point = -1;
    for (qsizetype i = 0; i < t.size(); ++i) {
        if (isDecimalSeparator(t.at(i))) {
            if (point >= 0)
                return Status::failure(tr("has two decimal separators"));
            point = i;
        }
    }
    const QString whole = point < 0 ? t : t.left(point);
    const QString fraction = point < 0 ? QString() : t.mid(point + 1);

    QString digits;
    if (!wellGrouped(whole, digits)) {
        bool onlyNumberCharacters = !whole.isEmpty();
        for (QChar c : whole)
            onlyNumberCharacters =
                onlyNumberCharacters && ((c >= u'0' && c <= u'9') || isGroupSeparator(c));
        return Status::failure(onlyNumberCharacters ? tr("is not grouped by thousands")
                                                    : tr("is not a number"));
    }
    if (point >= 0 && (fraction.isEmpty() || !TextInput::isAllAsciiDigits(fraction)))
        return Status::failure(tr("is not a number"));
    if (fraction.size() > decimals)
        return Status::failure(decimals == 0 ? tr("is not a whole number")
                                             : tr("has more than %n decimals", "", decimals));
    if (digits.size() > maxWholeDigits)
        return Status::failure(tr("is too large"));

    qint64 value = 0;
    for (QChar c : digits)
        value = value * 10 + (c.unicode() - u'0');
    for (int i = 0; i < decimals; ++i)
        value = value * 10 + (i < fraction.size() ? fraction.at(i).unicode() - u'0' : 0);
    return negative ? -value : value;
}

bool NumberInput::canBecomeNumber(const QString &text, int decimals)
{
    if (TextInput::stripBidiControls(text).trimmed().isEmpty())
        return true;
    // A complete number is at most three more digits away ("1," + "000",
    // "-" + "0", "4500." + "5"); a malformed one never is.
    for (const char *more : {"", "0", "00", "000"}) {
        if (parseScaled(text + QLatin1String(more), decimals))
            return true;
    }
    return false;
}
