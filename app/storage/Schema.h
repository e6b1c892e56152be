// The numbered, forward-only schema migrations. A migration is never edited
// once released: a change to the schema is a new migration at the end.
#pragma once

#include "core/Result.h"
#include "storage/SqlDialect.h"

#include <QStringList>
#include <QVector>

class Database;

struct Migration
{
    int version = 0;
    QStringList (*statements)(const SqlDialect &dialect) = nullptr;
    // Work that SQL alone cannot do, run after the statements in the same
    // transaction (hashing the rows already there); may be null.
    Status (*finish)(Database &db) = nullptr;
    // The statements finish runs, for what the database holds afterwards
    // (the check reads the expected tables, indexes and triggers from the
    // statements); may be null.
    QStringList (*finishStatements)(const SqlDialect &dialect) = nullptr;
};

namespace Schema {

const QVector<Migration> &migrations();
int latestVersion();

} // namespace Schema
