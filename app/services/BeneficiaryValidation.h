// Checks and cleans a beneficiary's record as the desk typed it, before it is
// stored: the four-part name (NamePart), the identity number for its type
// (NationalId for national IDs and iqamas; the number itself tells which), the
// phone (Phone, stored E.164), the birth date (DateInput), family size, income
// and the consent the Personal Data Protection Law requires (DOMAIN.md 6.1).
#pragma once

#include "core/Beneficiary.h"
#include "core/BeneficiaryImport.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>

class BeneficiaryValidation final
{
    Q_DECLARE_TR_FUNCTIONS(BeneficiaryValidation)

public:
    static constexpr int maxFamilySize = BeneficiaryImport::maxFamilySize;

    // The record to store, or the first problem in words. today bounds the
    // birth date; consentAt is set to now when consent is given without a time.
    static Result<Beneficiary> clean(const Beneficiary &input, const QDate &today,
                                     const QDateTime &now);

    // Cleans an identity number of the given type; for a national ID or iqama
    // the type returned follows the number (1: citizen, 2: resident).
    static Result<QPair<IdType, QString>> cleanId(IdType type, const QString &number);
};
