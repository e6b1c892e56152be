// A Saudi national ID (citizen, starts with 1) or iqama (resident, starts with
// 2), validated as DOMAIN.md section 1 defines. Only valid values exist.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

class NationalId final
{
    Q_DECLARE_TR_FUNCTIONS(NationalId)

public:
    enum class Kind
    {
        Citizen,
        Resident
    };

    // Accepts any digits of rule 1.1, spaces, dashes and bidi controls. The
    // failure names the rule that failed, in words.
    static Result<NationalId> parse(const QString &input);

    // Luhn over the ten digits; the argument must be ten ASCII digits.
    static bool checksumMatches(const QString &tenDigits);
    // The ten digits made of nine ASCII digits and the check digit that
    // makes them pass; empty when the argument is not nine ASCII digits.
    static QString withCheckDigit(const QString &nineDigits);

    const QString &digits() const { return m_digits; }
    Kind kind() const { return m_digits.startsWith(u'1') ? Kind::Citizen : Kind::Resident; }

    bool operator==(const NationalId &other) const { return m_digits == other.m_digits; }

private:
    explicit NationalId(QString digits) : m_digits(std::move(digits)) {}
    QString m_digits;
};
