#include "core/Phone.h"

#include "core/TextInput.h"

#include <QLocale>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <string>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

const QLatin1String kSaudiCode("966");
constexpr int kSaudiSignificantLength = 9; // 5XXXXXXXX or 1AXXXXXXX
constexpr int kMaxE164Digits = 15;         // ITU-T E.164

// The separators people write between digit groups: spaces of every kind,
// dashes, dots, brackets (and bidi controls, which rule 3.1 strips anyway).
bool isPhoneSeparator(QChar c)
{
    return c.isSpace() || c == u'-' || (c >= QChar(0x2010) && c <= QChar(0x2015)) ||
           c == QChar(0x2212) || c == u'.' || c == u'(' || c == u')' || TextInput::isBidiControl(c);
}

bool isLandlineArea(QChar second)
{
    return second == u'1' || second == u'2' || second == u'3' || second == u'4' || second == u'6' ||
           second == u'7';
}

bool isServiceType(PhoneNumberUtil::PhoneNumberType type)
{
    switch (type) {
    case PhoneNumberUtil::TOLL_FREE:
    case PhoneNumberUtil::PREMIUM_RATE:
    case PhoneNumberUtil::SHARED_COST:
    case PhoneNumberUtil::UAN:
    case PhoneNumberUtil::VOICEMAIL:
    case PhoneNumberUtil::PAGER:
    case PhoneNumberUtil::UNKNOWN:
        return true;
    case PhoneNumberUtil::FIXED_LINE:
    case PhoneNumberUtil::MOBILE:
    case PhoneNumberUtil::FIXED_LINE_OR_MOBILE:
    case PhoneNumberUtil::VOIP:
    case PhoneNumberUtil::PERSONAL_NUMBER:
        return false;
    }
    return true;
}

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

QString Phone::compact(const QString &typed)
{
    QString out;
    out.reserve(typed.size());
    for (const QChar c : TextInput::asciiDigits(typed)) {
        if (c >= u'0' && c <= u'9')
            out.append(c);
        else if (c == u'+' && out.isEmpty())
            out.append(c);
        else if (!isPhoneSeparator(c))
            return QString();
    }
    return out;
}

QString Phone::warning() const
{
    if (!m_unknownPrefix)
        return QString();
    return tr("The mobile prefix %1 is not in the numbering data Istiqbal has (from 2022): it may "
              "be new. Check the number with the beneficiary; it is kept as typed.")
        .arg(QLatin1Char('0') + m_significant.left(3));
}

Result<Phone> Phone::parse(const QString &input)
{
    QString digits = compact(input);
    if (digits.isEmpty() && !TextInput::normaliseNumber(input).isEmpty())
        return Status::failure(tr("A phone number has only digits, with spaces, dashes, dots or "
                                  "brackets between them (a + may start the country code)."));
    if (digits.isEmpty())
        return Status::failure(tr("The phone number is empty."));

    const QString mobileForm =
        tr("a Saudi mobile number is 05 and 8 digits (0501234567), or the same without the 0 "
           "(501234567) or with +966 instead of it");
    const QString landlineForm =
        tr("a Saudi landline number is 0, the area code (11, 12, 13, 14, 16 or 17) and 7 digits "
           "(0112345678), or the same without the 0 (112345678) or with +966 instead of it");
    const auto serviceNumber = [](const QString &shown) {
        return Status::failure(tr("%1 is a service number (toll-free 800, unified 9200, premium "
                                  "92 or the like), which reaches no person: give the "
                                  "beneficiary's mobile or landline number.")
                                   .arg(shown));
    };

    // "966" and the nine digits, without + or 00, is the country code too.
    if (digits.startsWith(kSaudiCode) && digits.size() >= kSaudiCode.size() + 8)
        digits.prepend(u'+');
    const bool international = digits.startsWith(u'+') || digits.startsWith(QLatin1String("00"));
    const QString afterPrefix = digits.mid(digits.startsWith(u'+') ? 1 : international ? 2 : 0);
    if (afterPrefix.isEmpty() || afterPrefix == QLatin1String("0"))
        return Status::failure(tr("The phone number is too short: %1.").arg(mobileForm));

    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const PhoneNumberUtil::ErrorType error = util.Parse(digits.toStdString(), "SA", &number);
    const bool saudi = error == PhoneNumberUtil::NO_PARSING_ERROR
                           ? number.country_code() == kSaudiCode.toInt()
                           : !international || afterPrefix.startsWith(kSaudiCode);

    if (!saudi) {
        switch (error) {
        case PhoneNumberUtil::NO_PARSING_ERROR:
            break;
        case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        case PhoneNumberUtil::NOT_A_NUMBER:
            return Status::failure(
                tr("No country has the code that follows + or 00 here: a number from abroad is "
                   "+ (or 00), the country code and the number without its leading 0, such as "
                   "+20 100 123 4567."));
        case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
        case PhoneNumberUtil::TOO_SHORT_NSN:
            return Status::failure(tr("The number from abroad is too short: it is + (or 00), the "
                                      "country code and the whole number."));
        case PhoneNumberUtil::TOO_LONG_NSN:
            return Status::failure(tr("The number from abroad is too long: it is + (or 00), the "
                                      "country code and the number, at most 15 digits."));
        }
        const QString code = QString::number(number.country_code());
        if (!util.IsValidNumber(number)) {
            // The country's main region (+44: GB, +1: US).
            std::string region;
            util.GetRegionCodeForCountryCode(number.country_code(), &region);
            const QString place =
                region.empty() || region == "001" || region == "ZZ"
                    ? QStringLiteral("+") + code
                    : QStringLiteral("%1 (+%2)")
                          .arg(QLocale::territoryToString(
                                   QLocale::codeToTerritory(QString::fromStdString(region))),
                               code);
            return Status::failure(
                tr("This is not a valid phone number in %1: check its digits (+ or 00, the "
                   "country code, then the number without its leading 0).")
                    .arg(place));
        }
        Phone p;
        std::string text;
        util.Format(number, PhoneNumberUtil::INTERNATIONAL, &text);
        p.m_shown = fromStd(text);
        if (isServiceType(util.GetNumberType(number)))
            return serviceNumber(p.m_shown);
        util.Format(number, PhoneNumberUtil::E164, &text);
        p.m_e164 = fromStd(text);
        util.GetNationalSignificantNumber(number, &text);
        p.m_significant = fromStd(text);
        const auto type = util.GetNumberType(number);
        p.m_mobile = type == PhoneNumberUtil::MOBILE ||
                     type == PhoneNumberUtil::FIXED_LINE_OR_MOBILE ||
                     type == PhoneNumberUtil::PERSONAL_NUMBER;
        return p;
    }

    // A Saudi number: its national significant digits, without the trunk 0.
    QString significant;
    if (error == PhoneNumberUtil::NO_PARSING_ERROR) {
        std::string text;
        util.GetNationalSignificantNumber(number, &text);
        significant = fromStd(text);
    } else {
        significant = afterPrefix;
        if (international && significant.startsWith(kSaudiCode))
            significant = significant.mid(kSaudiCode.size());
    }
    while (significant.startsWith(u'0'))
        significant.remove(0, 1);
    if (significant.isEmpty())
        return Status::failure(tr("The phone number is too short: %1.").arg(mobileForm));

    Phone p;
    p.m_significant = significant;
    p.m_e164 = QLatin1Char('+') + kSaudiCode + significant;
    p.m_shown = QLatin1Char('0') + significant;
    const bool valid = error == PhoneNumberUtil::NO_PARSING_ERROR && util.IsValidNumber(number);
    if (valid) {
        const auto type = util.GetNumberType(number);
        if (isServiceType(type))
            return serviceNumber(digits);
        p.m_mobile = type == PhoneNumberUtil::MOBILE;
        return p;
    }

    const QChar first = significant.at(0);
    if (first == u'5') {
        if (significant.size() < kSaudiSignificantLength)
            return Status::failure(tr("The mobile number is too short: %1.").arg(mobileForm));
        if (significant.size() > kSaudiSignificantLength)
            return Status::failure(tr("The mobile number is too long: %1.").arg(mobileForm));
        // Rule 2.1: the numbering data ages; a prefix it does not know is
        // warned about, never refused.
        p.m_mobile = true;
        p.m_unknownPrefix = true;
        return p;
    }
    if (first == u'1') {
        if (significant.size() >= 2 && !isLandlineArea(significant.at(1)))
            return Status::failure(tr("Saudi Arabia has no landline area code 0%1: the area codes "
                                      "are 011, 012, 013, 014, 016 and 017.")
                                       .arg(significant.left(2)));
        if (significant.size() < kSaudiSignificantLength)
            return Status::failure(tr("The landline number is too short: %1.").arg(landlineForm));
        if (significant.size() > kSaudiSignificantLength)
            return Status::failure(tr("The landline number is too long: %1.").arg(landlineForm));
        return Status::failure(tr("The landline number %1 is not in a block of numbers in use in "
                                  "area code 0%2: check the number.")
                                   .arg(p.m_shown, significant.left(2)));
    }
    if (first == u'8' || first == u'9')
        return serviceNumber(digits);
    return Status::failure(tr("This is not a Saudi mobile or landline number: %1; %2. A number "
                              "from abroad starts with + or 00 and its country code.")
                               .arg(mobileForm, landlineForm));
}

QString Phone::e164Prefix(const QString &digits)
{
    QString d = digits;
    bool international = false;
    if (d.startsWith(u'+')) {
        d = d.mid(1);
        international = true;
    } else if (d.startsWith(QLatin1String("00"))) {
        d = d.mid(2);
        international = true;
    } else if (d.startsWith(u'0')) {
        d = kSaudiCode + d.mid(1);
    } else if (d.startsWith(u'5')) {
        d = kSaudiCode + d;
    }
    if (d.isEmpty() || !TextInput::isAllAsciiDigits(d) || d.size() > kMaxE164Digits)
        return QString();
    const bool saudi = d.startsWith(kSaudiCode);
    if (!saudi && !international)
        return QString();
    if (saudi && d.size() > kSaudiCode.size() + kSaudiSignificantLength)
        return QString();
    return QLatin1Char('+') + d;
}

QString Phone::searchKey(const QString &typed)
{
    const Result<Phone> phone = parse(typed);
    return phone.ok() ? phone->e164() : QString();
}
