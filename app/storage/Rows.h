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
// The secondary keys (DOMAIN.md 4.6) stored beside a name's keys: those that
// differ from the keys themselves (ArabicText::secondaryKeys).
QString nameFoldInsertSql();

// Reading: each aggregate's columns, each behind prefix (a table's alias and
// a dot, for a join), in the order its reader takes them from column first.

// Cases ------------------------------------------------------------------------
QString caseInsertSql(); // ... RETURNING id
QVariantList caseInsertValues(const Case &c);
QStringList caseColumns(const QString &prefix = QString());
QString caseSelect(); // SELECT <columns> FROM cases
Case caseFrom(const QSqlQuery &q, int first = 0);

QString stepEventInsertSql();
QVariantList stepEventInsertValues(const StepEvent &e);

QString deliveryInsertSql();
QVariantList deliveryInsertValues(const Delivery &d);
QStringList deliveryColumns(const QString &prefix = QString());
Delivery deliveryFrom(const QSqlQuery &q, int first = 0);

QString referralInsertSql();
QVariantList referralInsertValues(const Referral &r);
QStringList referralColumns(const QString &prefix = QString());
Referral referralFrom(const QSqlQuery &q, int first = 0);

} // namespace Rows
