#include "core/Eligibility.h"

#include "core/DeskText.h"
#include "core/TextInput.h"

#include <QLocale>

namespace {

using Kind = EligibilityRule::Kind;

QString cityKey(const QString &city)
{
    QString key;
    for (QChar c : TextInput::stripBidiControls(city)) {
        if (!c.isSpace())
            key.append(c);
    }
    return key.toCaseFolded();
}

QString nationalityKey(const QString &code)
{
    return code.trimmed().toUpper();
}

QString listed(const QStringList &values)
{
    QStringList shown;
    for (const QString &v : values) {
        if (!v.trimmed().isEmpty())
            shown << v.trimmed();
    }
    return shown.join(QStringLiteral(", "));
}

bool hasValues(const QStringList &values)
{
    for (const QString &v : values) {
        if (!v.trimmed().isEmpty())
            return true;
    }
    return false;
}

// A day as the interface shows every date: both calendars, Hijri first in
// Arabic, in the language's digits (DeskText).
QString shownDay(const QDate &day)
{
    return DeskText::date(day);
}

QStringList requiredDocumentsOf(const EligibilityRule &rule, const Service &service)
{
    return hasValues(rule.values) ? rule.values : service.requiredDocuments;
}

} // namespace

Eligibility Eligibility::evaluate(const Service &service, const Beneficiary &beneficiary,
                                  const QVector<Document> &documents, const QDate &day,
                                  const DocumentChecklist &checklist)
{
    Eligibility e;
    for (const EligibilityRule &rule : service.rules)
        e.m_results << evaluateRule(rule, service, beneficiary, documents, day, checklist);
    return e;
}

RuleResult Eligibility::evaluateRule(const EligibilityRule &rule, const Service &service,
                                     const Beneficiary &b, const QVector<Document> &documents,
                                     const QDate &day, const DocumentChecklist &checklist)
{
    RuleResult r;
    r.rule = rule;
    switch (rule.kind) {
    case Kind::IncomePerMemberCeiling: {
        QStringList unknown;
        if (!b.monthlyIncome)
            unknown << notRecordedReason(Field::MonthlyIncome);
        if (b.familySize <= 0)
            unknown << notRecordedReason(Field::FamilySize);
        if (!unknown.isEmpty()) {
            r.reason = unknown.join(QLatin1Char(' '));
            break;
        }
        const qint64 income = *b.monthlyIncome;
        const qint64 size = b.familySize;
        // Rounded up to the halala, so the figure shown never hides a failure.
        const qint64 perMember = income >= 0 ? (income + size - 1) / size : income / size;
        r.passed = income <= rule.amount * size;
        r.reason = r.passed ? tr("Income per family member is %1, within the ceiling of %2.")
                                  .arg(formatAmount(perMember), formatAmount(rule.amount))
                            : tr("Income per family member is %1; the ceiling is %2.")
                                  .arg(formatAmount(perMember), formatAmount(rule.amount));
        break;
    }
    case Kind::Nationality: {
        if (!hasValues(rule.values)) {
            r.passed = true;
            r.reason = tr("The service accepts any nationality.");
            break;
        }
        const QString mine = nationalityKey(b.nationality);
        if (mine.isEmpty()) {
            r.reason = notRecordedReason(Field::Nationality);
            break;
        }
        for (const QString &v : rule.values)
            r.passed = r.passed || nationalityKey(v) == mine;
        r.reason = r.passed ? tr("Nationality %1 is accepted.").arg(mine)
                            : tr("Nationality %1 is not among those the service accepts: %2.")
                                  .arg(mine, listed(rule.values));
        break;
    }
    case Kind::City: {
        if (!hasValues(rule.values)) {
            r.passed = true;
            r.reason = tr("The service covers any city.");
            break;
        }
        const QString mine = cityKey(b.city);
        if (mine.isEmpty()) {
            r.reason = notRecordedReason(Field::City);
            break;
        }
        for (const QString &v : rule.values)
            r.passed = r.passed || cityKey(v) == mine;
        const QString shown = b.city.simplified();
        r.reason = r.passed ? tr("The city %1 is covered by the service.").arg(shown)
                            : tr("The city %1 is not among those the service covers: %2.")
                                  .arg(shown, listed(rule.values));
        break;
    }
    case Kind::AgeRange: {
        if (!b.birthDate.isValid()) {
            r.reason = notRecordedReason(Field::BirthDate);
            break;
        }
        if (!day.isValid()) {
            r.reason = tr("The day to judge the age on is not set.");
            break;
        }
        const int age = ageOn(b.birthDate, day);
        if (age < 0) {
            r.reason = tr("The recorded birth date %1 is after %2.")
                           .arg(DeskText::date(b.writtenBirthDate()), shownDay(day));
            break;
        }
        const bool hasMax = rule.maximum > 0;
        r.passed = age >= rule.minimum && (!hasMax || age <= rule.maximum);
        const QString on = shownDay(day);
        const QString years = DeskText::number(age);
        if (r.passed)
            r.reason = tr("Age on %1 is %2, within the service's age range.").arg(on, years);
        else if (!hasMax)
            r.reason = tr("Age on %1 is %2; the service is for ages %3 and over.")
                           .arg(on, years, DeskText::number(rule.minimum));
        else if (rule.minimum <= 0)
            r.reason = tr("Age on %1 is %2; the service is for ages up to %3.")
                           .arg(on, years, DeskText::number(rule.maximum));
        else
            r.reason =
                tr("Age on %1 is %2; the service is for ages %3 to %4.")
                    .arg(on, years, DeskText::number(rule.minimum), DeskText::number(rule.maximum));
        break;
    }
    case Kind::MinFamilySize: {
        if (b.familySize <= 0) {
            r.reason = notRecordedReason(Field::FamilySize);
            break;
        }
        r.passed = b.familySize >= rule.minimum;
        const QString size = DeskText::number(b.familySize);
        const QString minimum = DeskText::number(rule.minimum);
        r.reason =
            r.passed
                ? tr("The family size is %1, at least the %2 the service requires.")
                      .arg(size, minimum)
                : tr("The family size is %1; the service requires at least %2.").arg(size, minimum);
        break;
    }
    case Kind::RequiredDocumentsValid: {
        const QStringList required = requiredDocumentsOf(rule, service);
        if (!hasValues(required)) {
            r.passed = true;
            r.reason = tr("The service requires no documents.");
            break;
        }
        const auto findings = checklist.check(required, documents, day);
        r.passed = findings.isEmpty();
        if (r.passed) {
            r.reason =
                tr("All required documents are provided and valid on %1.").arg(shownDay(day));
        } else {
            QStringList reasons;
            for (const auto &f : findings)
                reasons << f.reason;
            r.reason = reasons.join(QLatin1Char(' '));
        }
        break;
    }
    }
    return r;
}

bool Eligibility::passed() const
{
    for (const RuleResult &r : m_results) {
        if (!r.passed)
            return false;
    }
    return true;
}

QVector<RuleResult> Eligibility::failures() const
{
    QVector<RuleResult> failed;
    for (const RuleResult &r : m_results) {
        if (!r.passed)
            failed << r;
    }
    return failed;
}

QStringList Eligibility::failureReasons() const
{
    QStringList reasons;
    for (const RuleResult &r : m_results) {
        if (!r.passed)
            reasons << r.reason;
    }
    return reasons;
}

QString Eligibility::describe(const EligibilityRule &rule)
{
    switch (rule.kind) {
    case Kind::IncomePerMemberCeiling:
        return tr("Income per family member at most %1").arg(formatAmount(rule.amount));
    case Kind::Nationality:
        return hasValues(rule.values) ? tr("Nationality: %1").arg(listed(rule.values))
                                      : tr("Any nationality");
    case Kind::City:
        return hasValues(rule.values) ? tr("City: %1").arg(listed(rule.values)) : tr("Any city");
    case Kind::AgeRange:
        if (rule.maximum <= 0)
            return tr("Age %1 or over").arg(DeskText::number(rule.minimum));
        if (rule.minimum <= 0)
            return tr("Age up to %1").arg(DeskText::number(rule.maximum));
        return tr("Age from %1 to %2")
            .arg(DeskText::number(rule.minimum), DeskText::number(rule.maximum));
    case Kind::MinFamilySize:
        return tr("Family size at least %1").arg(DeskText::number(rule.minimum));
    case Kind::RequiredDocumentsValid:
        return tr("Required documents provided and valid");
    }
    return {};
}

QVector<Eligibility::Field> Eligibility::requiredFields(const Service &service)
{
    bool need[5] = {false, false, false, false, false};
    auto mark = [&need](Field f) {
        need[int(f)] = true;
    };
    for (const EligibilityRule &rule : service.rules) {
        switch (rule.kind) {
        case Kind::IncomePerMemberCeiling:
            mark(Field::MonthlyIncome);
            mark(Field::FamilySize);
            break;
        case Kind::Nationality:
            if (hasValues(rule.values))
                mark(Field::Nationality);
            break;
        case Kind::City:
            if (hasValues(rule.values))
                mark(Field::City);
            break;
        case Kind::AgeRange:
            mark(Field::BirthDate);
            break;
        case Kind::MinFamilySize:
            mark(Field::FamilySize);
            break;
        case Kind::RequiredDocumentsValid:
            break;
        }
    }
    QVector<Field> fields;
    for (Field f : {Field::MonthlyIncome, Field::FamilySize, Field::Nationality, Field::City,
                    Field::BirthDate}) {
        if (need[int(f)])
            fields << f;
    }
    return fields;
}

QVector<Eligibility::Field> Eligibility::missingFields(const Service &service,
                                                       const Beneficiary &beneficiary)
{
    QVector<Field> missing;
    for (Field f : requiredFields(service)) {
        if (!isRecorded(f, beneficiary))
            missing << f;
    }
    return missing;
}

bool Eligibility::isRecorded(Field field, const Beneficiary &b)
{
    switch (field) {
    case Field::MonthlyIncome:
        return b.monthlyIncome.has_value();
    case Field::FamilySize:
        return b.familySize > 0;
    case Field::Nationality:
        return !b.nationality.trimmed().isEmpty();
    case Field::City:
        return !cityKey(b.city).isEmpty();
    case Field::BirthDate:
        return b.birthDate.isValid();
    }
    return false;
}

QString Eligibility::fieldLabel(Field field)
{
    switch (field) {
    case Field::MonthlyIncome:
        return tr("Monthly income");
    case Field::FamilySize:
        return tr("Family size");
    case Field::Nationality:
        return tr("Nationality");
    case Field::City:
        return tr("City");
    case Field::BirthDate:
        return tr("Birth date");
    }
    return {};
}

QString Eligibility::notRecordedReason(Field field)
{
    switch (field) {
    case Field::MonthlyIncome:
        return tr("The monthly income is not recorded.");
    case Field::FamilySize:
        return tr("The family size is not recorded.");
    case Field::Nationality:
        return tr("The nationality is not recorded.");
    case Field::City:
        return tr("The city is not recorded.");
    case Field::BirthDate:
        return tr("The birth date is not recorded.");
    }
    return {};
}

int Eligibility::ageOn(const QDate &birthDate, const QDate &day)
{
    if (!birthDate.isValid() || !day.isValid() || birthDate > day)
        return -1;
    int age = day.year() - birthDate.year();
    // Born on 29 February: a year older on 1 March in common years.
    if (day.month() < birthDate.month() ||
        (day.month() == birthDate.month() && day.day() < birthDate.day()))
        --age;
    return age;
}

QString Eligibility::formatAmount(qint64 halalas)
{
    const QLocale locale;
    const QString number = halalas % 100 == 0 ? locale.toString(halalas / 100)
                                              : locale.toString(double(halalas) / 100.0, 'f', 2);
    return tr("%1 SAR").arg(number);
}
