#include "core/NationalId.h"

#include "core/TextInput.h"

Result<NationalId> NationalId::parse(const QString &input)
{
    const QString digits = TextInput::normaliseNumber(input);
    if (digits.isEmpty())
        return Status::failure(tr("The national ID is empty."));
    if (!TextInput::isAllAsciiDigits(digits))
        return Status::failure(tr("The national ID must contain digits only."));
    if (digits.size() != 10)
        return Status::failure(
            tr("The national ID must have 10 digits; this one has %n.", "", int(digits.size())));
    if (digits.at(0) != u'1' && digits.at(0) != u'2')
        return Status::failure(tr("The national ID must start with 1 (citizen) or 2 (resident)."));
    if (!checksumMatches(digits))
        return Status::failure(tr(
            "The national ID's check digit does not match; please check it for a typing mistake."));
    return NationalId(digits);
}

QString NationalId::withCheckDigit(const QString &nineDigits)
{
    if (nineDigits.size() != 9 || !TextInput::isAllAsciiDigits(nineDigits))
        return QString();
    for (int d = 0; d <= 9; ++d) {
        const QString candidate = nineDigits + QString::number(d);
        if (checksumMatches(candidate))
            return candidate;
    }
    return QString(); // not reached: one digit of ten always fits
}

bool NationalId::checksumMatches(const QString &tenDigits)
{
    if (tenDigits.size() != 10 || !TextInput::isAllAsciiDigits(tenDigits))
        return false;
    int sum = 0;
    for (int i = 0; i < 10; ++i) {
        int d = tenDigits.at(i).unicode() - u'0';
        if (i % 2 == 0) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return sum % 10 == 0;
}
