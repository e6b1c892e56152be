#include "storage/ErasureReplay.h"

#include "storage/Database.h"
#include "storage/PersonEraser.h"
#include "storage/SqlSupport.h"

#include <QJsonObject>

namespace {

// The schema version that brought beneficiaries.anonymised_at.
constexpr int kAnonymisingSchema = 6;

} // namespace

Result<QVector<AnonymisedRecord>> ErasureReplay::anonymisedIn(Database &db)
{
    QVector<AnonymisedRecord> records;
    if (db.schemaVersion() < kAnonymisingSchema)
        return records;
    QSqlQuery q(db.connection());
    if (Status s = Sql::exec(q,
                             QStringLiteral("SELECT id, created_at FROM beneficiaries WHERE "
                                            "anonymised_at IS NOT NULL ORDER BY id"),
                             {}, tr("Could not read who was anonymised in the database."));
        !s)
        return s;
    while (q.next())
        records.push_back({q.value(0).toLongLong(), q.value(1).toLongLong()});
    return records;
}

Result<int> ErasureReplay::reapply(Database &restored, const QVector<AnonymisedRecord> &records,
                                   qint64 actorId, const QString &backupName)
{
    if (records.isEmpty())
        return 0;
    int again = 0;
    const Status done = restored.transaction([&]() -> Status {
        QSqlQuery q(restored.connection());
        PersonEraser eraser(restored);
        for (const AnonymisedRecord &r : records) {
            if (Status s = Sql::exec(q,
                                     QStringLiteral("SELECT created_at, anonymised_at FROM "
                                                    "beneficiaries WHERE id = ?"),
                                     {r.id}, tr("Could not read the restored database."));
                !s)
                return s;
            // Registered after the backup (not in it), another person under
            // the same number, or anonymised already when it was made.
            if (!q.next() || q.value(0).toLongLong() != r.createdAt || !q.value(1).isNull())
                continue;
            if (Status s = eraser.eraseWithin(r.id, actorId,
                                              {{QStringLiteral("restored_from"), backupName}});
                !s)
                return s;
            ++again;
        }
        return Status::success();
    });
    if (!done)
        return Status::failure(
            tr("The people anonymised since the backup was made could not be anonymised again: "
               "%1")
                .arg(done.error()));
    if (again > 0) {
        if (Status s = PersonEraser(restored).flush(); !s)
            return s;
    }
    return again;
}
