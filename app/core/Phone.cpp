#include "core/Phone.h"

#include "core/TextInput.h"

namespace {

const QLatin1String kCountryCode("966");
const QLatin1String kInternationalPrefix("00");
constexpr int kNationalLength = 9; // 5XXXXXXXX or 1AXXXXXXX

} // namespace

Result<Phone> Phone::parse(const QString &input)
{
    QString digits = TextInput::normaliseNumber(input);
    if (digits.isEmpty())
        return Status::failure(tr("The phone number is empty."));

    const bool plus = digits.startsWith(u'+');
    if (plus)
        digits.remove(0, 1);
    if (!TextInput::isAllAsciiDigits(digits))
        return Status::failure(
            tr("The phone number must contain digits only (a + may start the country code)."));

    const auto notSaudiAbroad = [] {
        return Status::failure(
            tr("This is not a Saudi phone number: the country code must be +966."));
    };
    QString national;
    bool international = false;
    if (plus) {
        if (!digits.startsWith(kCountryCode))
            return notSaudiAbroad();
        national = digits.mid(kCountryCode.size());
        international = true;
    } else if (digits.startsWith(kInternationalPrefix)) {
        if (!digits.mid(kInternationalPrefix.size()).startsWith(kCountryCode))
            return notSaudiAbroad();
        national = digits.mid(kInternationalPrefix.size() + kCountryCode.size());
        international = true;
    } else if (digits.startsWith(kCountryCode)) {
        national = digits.mid(kCountryCode.size());
        international = true;
    } else if (digits.startsWith(u'0')) {
        national = digits.mid(1);
    } else if (digits.startsWith(u'5')) {
        national = digits;
    } else {
        return Status::failure(tr("This is not a Saudi phone number: it must start with 05 "
                                  "(mobile), 01 (landline) or +966."));
    }
    // "+966 (0)5..." is a common way of writing a number: the trunk 0 after the
    // country code is dropped.
    if (international && national.startsWith(u'0'))
        national.remove(0, 1);

    if (national.isEmpty())
        return Status::failure(tr("The phone number is too short."));

    if (national.startsWith(u'5')) {
        if (national.size() < kNationalLength)
            return Status::failure(tr("The mobile number is too short: a Saudi mobile number is "
                                      "05 followed by 8 digits."));
        if (national.size() > kNationalLength)
            return Status::failure(tr("The mobile number is too long: a Saudi mobile number is "
                                      "05 followed by 8 digits."));
        return Phone(national);
    }

    if (national.startsWith(u'1')) {
        if (national.size() >= 2 && (national.at(1) < u'1' || national.at(1) > u'7'))
            return Status::failure(tr("The landline area code must be one of 011 to 017."));
        if (national.size() < kNationalLength)
            return Status::failure(tr("The landline number is too short: a Saudi landline number "
                                      "is the area code (011 to 017) followed by 7 digits."));
        if (national.size() > kNationalLength)
            return Status::failure(tr("The landline number is too long: a Saudi landline number "
                                      "is the area code (011 to 017) followed by 7 digits."));
        return Phone(national);
    }

    return Status::failure(tr("This is not a Saudi mobile or landline number: after 0 (or +966) "
                              "comes 5 for a mobile or 1 for a landline."));
}

QString Phone::e164Prefix(const QString &digits)
{
    QString d = digits;
    if (d.startsWith(QLatin1Char('+')))
        d = d.mid(1);
    else if (d.startsWith(QLatin1String("00")))
        d = d.mid(2);
    else if (d.startsWith(QLatin1Char('0')))
        d = QStringLiteral("966") + d.mid(1);
    else if (d.startsWith(QLatin1Char('5')))
        d = QStringLiteral("966") + d;
    if (!d.startsWith(QLatin1String("966")) || d.size() > 12 || !TextInput::isAllAsciiDigits(d))
        return QString();
    return QLatin1Char('+') + d;
}

QString Phone::searchKey(const QString &typed)
{
    const Result<Phone> phone = parse(typed);
    return phone.ok() ? phone->e164() : QString();
}
