// Column lists and row <-> value conversions for the aggregates written both by
// their repository and by BulkWriter (a beneficiary's: BeneficiaryRow).
// Internal to app/storage.
#pragma once

#include "core/Beneficiary.h"
#include "core/Case.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

namespace Rows {

// Beneficiaries: BeneficiaryRow. Their names' search keys -------------------
// The search keys stored for a name: every index key of every token of every
// part, without duplicates.
QStringList nameKeys(const PersonName &name);
QString nameTokenInsertSql();

// Cases ------------------------------------------------------------------------
QString caseInsertSql(); // ... RETURNING id
QVariantList caseInsertValues(const Case &c);
QString caseSelect(); // SELECT <columns> FROM cases
Case caseFrom(const QSqlQuery &q);

QString stepEventInsertSql();
QVariantList stepEventInsertValues(const StepEvent &e);

QString deliveryInsertSql();
QVariantList deliveryInsertValues(const Delivery &d);

QString referralInsertSql();
QVariantList referralInsertValues(const Referral &r);

} // namespace Rows
