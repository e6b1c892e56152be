// Judges whether a beneficiary may receive a service: evaluates each of the
// service's eligibility rules against the beneficiary, their document checklist
// and the day, and says for every rule why it passed or failed, in words. Also
// tells which beneficiary fields the rules make mandatory (DOMAIN.md 6.2: a
// field is required only when a service's rules need it).
#pragma once

#include "core/Beneficiary.h"
#include "core/DocumentChecklist.h"
#include "core/Service.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

// The verdict of one rule.
struct RuleResult
{
    EligibilityRule rule;
    bool passed = false;
    QString reason; // why, in words; also for a pass
};

class Eligibility final
{
    Q_DECLARE_TR_FUNCTIONS(Eligibility)

public:
    // Beneficiary fields an eligibility rule reads.
    enum class Field
    {
        MonthlyIncome,
        FamilySize,
        Nationality,
        City,
        BirthDate
    };

    // Evaluates every rule of the service, in order. Rule semantics:
    //  - IncomePerMemberCeiling: monthly income / family size <= amount
    //    (halalas); unknown income or family size fails.
    //  - Nationality / City: the beneficiary's value is in values; cities
    //    compare ignoring case and spaces. An empty list accepts everyone.
    //  - AgeRange: completed years on the day within minimum..maximum;
    //    maximum 0 means no upper limit. Unknown birth date fails.
    //  - MinFamilySize: family size >= minimum; unknown fails.
    //  - RequiredDocumentsValid: the documents in values, or the service's
    //    required documents when values is empty, provided and unexpired on
    //    the day (see DocumentChecklist).
    static Eligibility evaluate(const Service &service, const Beneficiary &beneficiary,
                                const QVector<Document> &documents, const QDate &day,
                                const DocumentChecklist &checklist = DocumentChecklist());

    static RuleResult evaluateRule(const EligibilityRule &rule, const Service &service,
                                   const Beneficiary &beneficiary,
                                   const QVector<Document> &documents, const QDate &day,
                                   const DocumentChecklist &checklist = DocumentChecklist());

    const QVector<RuleResult> &results() const { return m_results; }
    // True when every rule passed (a service without rules accepts everyone).
    bool passed() const;
    QVector<RuleResult> failures() const;
    QStringList failureReasons() const;

    // A rule as the manager and the desk read it, e.g. "Income per family
    // member at most 1,000 SAR".
    static QString describe(const EligibilityRule &rule);

    // The fields the service's rules read, each once, in a fixed order.
    static QVector<Field> requiredFields(const Service &service);
    // Of those, the ones not recorded for the beneficiary.
    static QVector<Field> missingFields(const Service &service, const Beneficiary &beneficiary);
    static bool isRecorded(Field field, const Beneficiary &beneficiary);
    static QString fieldLabel(Field field);
    // "The monthly income is not recorded." and so on.
    static QString notRecordedReason(Field field);

    // Completed years on the day; -1 when the birth date is unknown or after the day.
    static int ageOn(const QDate &birthDate, const QDate &day);
    // An amount in halalas as people read it, e.g. "1,250 SAR".
    static QString formatAmount(qint64 halalas);

private:
    QVector<RuleResult> m_results;
};
