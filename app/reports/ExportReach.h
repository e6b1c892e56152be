// Which people a recorded month export held (issue 13): an export.month audit
// row names its month, not the people, so the breach report and a person's
// who-looked list expand it here to the people whose cases arrived in that
// month before the export was made, leaving out a person whose processing was
// restricted by then (MonthExportQuery wrote their case without who they are).
// Known limit: a restriction lifted since the export, or a person linked to a
// case after it, is judged by the record as it is now.
#pragma once

#include "core/Result.h"
#include "storage/PersonEvents.h"

#include <QDateTime>
#include <optional>

class Database;

namespace ExportReach {

// The month's range named by the row's details ({"month": "2026-11"}), or
// nothing when it names none.
std::optional<TimeRange> monthOf(const QString &details);
// The month code the row's details name, as written ("2026-11", "1448-05").
QString monthCode(const QString &details);

// Whether the export made at exportedAt over month carried the case's person.
bool held(const TimeRange &month, const QDateTime &exportedAt, const CaseArrival &arrival);

// The people the export held, each once with the first of their cases in it.
Result<QVector<CaseArrival>> people(Database &db, const QString &details,
                                    const QDateTime &exportedAt);

} // namespace ExportReach
