#include "storage/SchemaMigrator.h"

#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/SqlFailure.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>

Status SchemaMigrator::readVersion(const QSqlDatabase &connection, const SqlDialect &dialect,
                                   bool server, int *version, bool *readable)
{
    QSqlQuery q(connection);
    if (!q.exec(dialect.schemaVersionReadable()) || !q.next())
        return SqlFailure::of(tr("Cannot read the schema version of the database."), q.lastError(),
                              server);
    const bool canRead = q.value(0).toInt() > 0;
    if (readable)
        *readable = canRead;
    *version = 0;
    if (!canRead)
        return Status::success();
    if (!q.exec(dialect.readSchemaVersion()) || !q.next())
        return SqlFailure::of(tr("Cannot read the schema version of the database."), q.lastError(),
                              server);
    *version = q.value(0).toInt();
    return Status::success();
}

Result<int> SchemaMigrator::run(Database &db, bool apply)
{
    auto readCurrent = [&db](int *version) {
        return readVersion(db.connection(), db.dialect(), db.isServer(), version);
    };
    int current = 0;
    if (Status s = readCurrent(&current); !s)
        return s;
    if (current > Schema::latestVersion())
        return Status::failure(tr("%1 was created by a newer version of Istiqbal (schema %2); "
                                  "this version understands up to %3.")
                                   .arg(QDir::toNativeSeparators(db.path()))
                                   .arg(current)
                                   .arg(Schema::latestVersion()));
    if (!apply)
        return current;

    for (const Migration &migration : Schema::migrations()) {
        if (migration.version <= current)
            continue;
        const Status applied = db.transaction([&]() -> Status {
            // Another process may have applied it while we waited for the lock.
            int now = 0;
            if (Status s = readCurrent(&now); !s)
                return s;
            if (now >= migration.version)
                return Status::success();
            const QString failure =
                tr("Cannot upgrade the database to schema %1.").arg(migration.version);
            for (const QString &sql : migration.statements(db.dialect())) {
                if (Status s = db.execute(sql, failure); !s)
                    return s;
            }
            if (migration.finish) {
                if (Status s = migration.finish(db); !s)
                    return Status::failure(failure + QLatin1Char(' ') + s.error());
            }
            return db.execute(db.dialect().writeSchemaVersion(migration.version), failure);
        });
        if (!applied)
            return applied;
        current = migration.version;
    }
    return current;
}
