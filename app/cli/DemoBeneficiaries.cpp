#include "cli/DemoBeneficiaries.h"

#include "cli/DemoNames.h"
#include "core/HijriDate.h"
#include "core/NationalId.h"

namespace {

// A Saudi mobile number from eight random digits, in a block that the
// numbering data knows (DOMAIN.md 2.1): 052 and 057 are not all allocated,
// so their second digit moves up by one. Demo data is always valid.
QString demoMobile(int eightDigits)
{
    QString rest = QStringLiteral("%1").arg(eightDigits, 8, 10, QLatin1Char('0'));
    if (rest.at(0) == u'2' || rest.at(0) == u'7')
        rest[0] = QChar(rest.at(0).unicode() + 1);
    return QStringLiteral("+9665") + rest;
}

} // namespace

DemoBeneficiaries::DemoBeneficiaries(DemoDice &dice, quint64 seed, const QDateTime &now,
                                     const QDate &today)
    : m_dice(dice), m_idOffset((seed * 7919u) % 50000000u), m_now(now), m_today(today)
{}

Beneficiary DemoBeneficiaries::make(int index)
{
    static const QStringList residentNationalities = {
        QStringLiteral("EG"), QStringLiteral("YE"), QStringLiteral("SD"), QStringLiteral("PK"),
        QStringLiteral("SY"), QStringLiteral("IN"), QStringLiteral("JO")};
    DemoDice &dice = m_dice;
    Beneficiary b;
    const bool citizen = dice.chance(0.85);
    // IDs are unique by construction: the index, spread by the seed, in the
    // middle eight digits.
    const QString middle =
        QStringLiteral("%1").arg(quint64(index) + m_idOffset, 8, 10, QLatin1Char('0'));
    b.idNumber =
        NationalId::withCheckDigit((citizen ? QStringLiteral("1") : QStringLiteral("2")) + middle);
    b.idType = citizen ? IdType::NationalId : IdType::Iqama;
    b.nationality = citizen ? QStringLiteral("SA") : dice.pick(residentNationalities);
    b.gender = dice.chance(0.55) ? Gender::Female : Gender::Male;
    b.name.first = dice.pick(b.gender == Gender::Female ? DemoNames::femaleFirstNames()
                                                        : DemoNames::maleFirstNames());
    b.name.father = dice.pick(DemoNames::maleFirstNames());
    if (citizen || dice.chance(0.5))
        b.name.grandfather = dice.pick(DemoNames::maleFirstNames());
    b.name.family = dice.pick(DemoNames::familyNames());
    b.birthDate = m_today.addDays(-(365 * dice.between(18, 80) + dice.below(365)));
    if (dice.chance(0.92))
        b.phone = demoMobile(dice.below(100000000));
    const QStringList city = dice.pick(DemoNames::citiesWithDistricts()).split(QLatin1Char('|'));
    b.city = city.at(0);
    b.district = dice.pick(city.at(1).split(QLatin1Char(',')));
    b.familySize = dice.weighted({8, 14, 16, 17, 15, 12, 8, 5, 3, 2}) + 1;
    b.monthlyIncome = qint64(dice.weighted({20, 30, 25, 15, 10})) * 250000 +
                      qint64(dice.below(250000 / 100)) * 100;
    b.consentGiven = true;
    b.consentPurpose = QString::fromUtf8("تقديم خدمات الجمعية والتواصل بشأنها");
    b.createdAt = m_now.addDays(-dice.between(1, 730));
    b.consentAt = b.createdAt;
    b.updatedAt = b.createdAt;
    if (dice.chance(0.6)) {
        const auto hijri = HijriDate::fromGregorian(b.createdAt.date());
        const int year = hijri ? hijri->year : 1447;
        b.fileNumber =
            QStringLiteral("%1-%2").arg(year).arg(++m_fileSequence[year], 6, 10, QLatin1Char('0'));
    }
    return b;
}
