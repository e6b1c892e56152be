// The beneficiaries table's columns in one list: the insert, the update and the
// select are made from it, and a row read back into a Beneficiary.
#pragma once

#include "core/Beneficiary.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace BeneficiaryRow {

// Every column but id and those only their own statements write (the
// restriction, the anonymisation): INSERT ... RETURNING id.
QString insertSql();
QVariantList insertValues(const Beneficiary &b);
// The columns an edit may change (not the file number nor the creation
// time), then WHERE id = ? AND version = ?: nothing changes when someone
// else saved the record since storedVersion was read.
QString updateSql();
QVariantList updateValues(const Beneficiary &b, int storedVersion);
// SELECT id and every stored column FROM beneficiaries (the full name is
// made from the name's parts).
QString selectSql();
Beneficiary from(const QSqlQuery &q);

} // namespace BeneficiaryRow
