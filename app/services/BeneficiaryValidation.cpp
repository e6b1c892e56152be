#include "services/BeneficiaryValidation.h"

#include "core/DateInput.h"
#include "core/NamePart.h"
#include "core/NationalId.h"
#include "core/Phone.h"
#include "core/TextInput.h"

namespace {

QString cleanText(const QString &text)
{
    return TextInput::stripBidiControls(text).simplified();
}

} // namespace

Result<QPair<IdType, QString>> BeneficiaryValidation::cleanId(IdType type, const QString &number)
{
    using Pair = QPair<IdType, QString>;
    if (cleanText(number).isEmpty())
        return Result<Pair>::failure(tr("The ID number is required."));
    switch (type) {
    case IdType::NationalId:
    case IdType::Iqama: {
        const auto id = NationalId::parse(number);
        if (!id)
            return id.status();
        const IdType actual =
            id->kind() == NationalId::Kind::Citizen ? IdType::NationalId : IdType::Iqama;
        return Pair(actual, id->digits());
    }
    case IdType::BorderNumber: {
        const QString digits = TextInput::normaliseNumber(number);
        if (!TextInput::isAllAsciiDigits(digits))
            return Result<Pair>::failure(tr("A border number has only digits."));
        if (digits.size() != 10)
            return Result<Pair>::failure(
                tr("A border number has 10 digits; this one has %1.").arg(digits.size()));
        if (!digits.startsWith(QLatin1Char('3')) && !digits.startsWith(QLatin1Char('4')))
            return Result<Pair>::failure(tr("A border number starts with 3 or 4."));
        return Pair(type, digits);
    }
    case IdType::Passport: {
        QString passport = TextInput::asciiDigits(cleanText(number)).toUpper();
        passport.remove(QLatin1Char(' '));
        for (QChar c : passport) {
            if (!(c.isDigit() || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))))
                return Result<Pair>::failure(
                    tr("A passport number has only Latin letters and digits; \"%1\" is not one.")
                        .arg(c));
        }
        if (passport.size() < 5 || passport.size() > 20)
            return Result<Pair>::failure(tr("A passport number has 5 to 20 letters and digits."));
        return Pair(type, passport);
    }
    }
    return Result<Pair>::failure(tr("The ID number is required."));
}

Result<Beneficiary> BeneficiaryValidation::clean(const Beneficiary &input, const QDate &today,
                                                 const QDateTime &now)
{
    Beneficiary b = input;

    const Result<PersonName> name = NamePart::validate(b.name);
    if (!name)
        return name.status();
    b.name = *name;

    const auto id = cleanId(b.idType, b.idNumber);
    if (!id)
        return id.status();
    b.idType = id->first;
    b.idNumber = id->second;

    b.nationality = cleanText(b.nationality).toUpper();
    if (b.idType == IdType::NationalId) {
        if (b.nationality.isEmpty())
            b.nationality = QStringLiteral("SA");
        else if (b.nationality != QLatin1String("SA"))
            return Result<Beneficiary>::failure(
                tr("A national ID belongs to a Saudi citizen, but the nationality is %1.")
                    .arg(b.nationality));
    }
    if (!b.nationality.isEmpty()) {
        bool letters = b.nationality.size() == 2;
        for (QChar c : b.nationality)
            letters = letters && c >= QLatin1Char('A') && c <= QLatin1Char('Z');
        if (!letters)
            return Result<Beneficiary>::failure(
                tr("The nationality is a two-letter country code such as SA or YE; \"%1\" is not.")
                    .arg(b.nationality));
    }

    if (!cleanText(b.phone).isEmpty()) {
        const Result<Phone> phone = Phone::parse(b.phone);
        if (!phone)
            return phone.status();
        b.phone = phone->e164();
    } else {
        b.phone.clear();
    }

    if (b.birthDate.isValid()) {
        if (Status s = DateInput::checkBirthDate(b.birthDate, today); !s)
            return s;
    }

    if (b.familySize < 0 || b.familySize > maxFamilySize)
        return Result<Beneficiary>::failure(
            tr("The family size is a whole number from 1 to %1.").arg(maxFamilySize));
    if (b.monthlyIncome && *b.monthlyIncome < 0)
        return Result<Beneficiary>::failure(tr("The monthly income cannot be negative."));

    b.city = cleanText(b.city);
    b.district = cleanText(b.district);
    b.consentPurpose = cleanText(b.consentPurpose);
    if (!b.consentGiven)
        return Result<Beneficiary>::failure(
            tr("Record the beneficiary's consent to the use of their data for the association's "
               "services before saving their record."));
    if (!b.consentAt.isValid())
        b.consentAt = now;
    return b;
}
