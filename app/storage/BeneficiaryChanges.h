// What a correction of a beneficiary's record changed: each field's code
// ("name", "id_number", "phone", ...) with its old and new value as text, for
// the audit row (the codes) and personal_values (the values).
#pragma once

#include "core/Beneficiary.h"

#include <QJsonObject>
#include <QStringList>

namespace BeneficiaryChanges {

// {field: [old, new]} for each field that differs, in a fixed order of fields.
QJsonObject between(const Beneficiary &before, const Beneficiary &after);
// The changed fields' codes, in the same order.
QStringList fields(const Beneficiary &before, const Beneficiary &after);

} // namespace BeneficiaryChanges
