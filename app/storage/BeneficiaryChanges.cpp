#include "storage/BeneficiaryChanges.h"

#include <QJsonArray>

#include <functional>
#include <utility>
#include <vector>

namespace {

// Each field as text. Codes for the kinds (gender, ID type) and ISO dates, so
// that the text is the same whatever the interface language.
using FieldText = std::function<QString(const Beneficiary &)>;

const std::vector<std::pair<QString, FieldText>> &fieldTexts()
{
    static const std::vector<std::pair<QString, FieldText>> fields = {
        {QStringLiteral("name"),
         [](const Beneficiary &b) {
             return b.name.full();
         }},
        {QStringLiteral("id_number"),
         [](const Beneficiary &b) {
             return b.idNumber.isEmpty() ? QString()
                                         : Domain::code(b.idType) + QLatin1Char(' ') + b.idNumber;
         }},
        {QStringLiteral("gender"),
         [](const Beneficiary &b) {
             return Domain::code(b.gender);
         }},
        {QStringLiteral("birth_date"),
         [](const Beneficiary &b) {
             // The Hijri date as written after the day (PersonFields reads it).
             const WrittenDate w = b.writtenBirthDate().checked();
             const QString day = b.birthDate.toString(Qt::ISODate);
             return w.isHijri() ? day + QLatin1Char(' ') + w.hijriText() : day;
         }},
        {QStringLiteral("phone"),
         [](const Beneficiary &b) {
             return b.phone;
         }},
        {QStringLiteral("address"),
         [](const Beneficiary &b) {
             return b.district.isEmpty() ? b.city : b.city + QStringLiteral(", ") + b.district;
         }},
        {QStringLiteral("family_size"),
         [](const Beneficiary &b) {
             return b.familySize > 0 ? QString::number(b.familySize) : QString();
         }},
        {QStringLiteral("monthly_income"),
         [](const Beneficiary &b) {
             return b.monthlyIncome ? QString::number(double(*b.monthlyIncome) / 100.0, 'f', 2)
                                    : QString();
         }},
        {QStringLiteral("nationality"),
         [](const Beneficiary &b) {
             return b.nationality;
         }},
        {QStringLiteral("consent"),
         [](const Beneficiary &b) {
             if (!b.consentGiven)
                 return QString();
             return b.consentPurpose + QLatin1Char(' ') + b.consentAt.toUTC().toString(Qt::ISODate);
         }},
    };
    return fields;
}

} // namespace

QJsonObject BeneficiaryChanges::between(const Beneficiary &before, const Beneficiary &after)
{
    QJsonObject out;
    for (const auto &[code, text] : fieldTexts()) {
        const QString old = text(before);
        const QString now = text(after);
        if (old != now)
            out.insert(code, QJsonArray{old, now});
    }
    return out;
}

QStringList BeneficiaryChanges::fields(const Beneficiary &before, const Beneficiary &after)
{
    QStringList out;
    for (const auto &[code, text] : fieldTexts()) {
        if (text(before) != text(after))
            out << code;
    }
    return out;
}
