// Brings a database's schema up to the newest version this program knows:
// Schema's numbered, forward-only migrations, each in its own transaction.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>

class Database;
class QSqlDatabase;
class SqlDialect;

class SchemaMigrator final
{
    Q_DECLARE_TR_FUNCTIONS(SchemaMigrator)

public:
    // The schema version the database holds after the migrations it lacks
    // (or as it is when apply is false). Refuses a newer schema.
    static Result<int> run(Database &db, bool apply);
    // The schema version a connection's database holds (0 for a new one);
    // readable says whether the version can be read at all.
    static Status readVersion(const QSqlDatabase &connection, const SqlDialect &dialect,
                              bool server, int *version, bool *readable = nullptr);
};
