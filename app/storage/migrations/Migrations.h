// The statements of each numbered schema migration, one file per version
// (Schema lists them in order). A released migration is never edited.
//
// Portable SQL only: {pk} is the dialect's auto-numbered integer key, {key}
// text searched by prefix ranges (plain TEXT on SQLite, so its schema is as it
// always was); times are UTC epoch milliseconds (BIGINT), dates ISO text, flags
// INTEGER 0/1, enums their stable Domain codes.
#pragma once

#include "core/Result.h"
#include "storage/SqlDialect.h"

#include <QStringList>

class Database;

namespace Migrations {

QStringList version1(const SqlDialect &d);
QStringList version2(const SqlDialect &d);
QStringList version3(const SqlDialect &d);
QStringList version4(const SqlDialect &d);
QStringList version5(const SqlDialect &d);
Status version5Finish(Database &db);
// The audit trail's guards, put back by version5Finish.
QStringList auditGuards(const SqlDialect &d);
QStringList version6(const SqlDialect &d);
QStringList version7(const SqlDialect &d);
Status version7Finish(Database &db);
QStringList version8(const SqlDialect &d);
QStringList version9(const SqlDialect &d);

} // namespace Migrations
