// Anonymisations outlive a restore (issue 13): the people anonymised in the
// database a restore replaces are read from it first, and anonymised again
// (PersonEraser) in the database restored from an older backup, which still
// holds their data.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

class Database;

// A record anonymised in the database being replaced. A record of the
// backup is the same person when both its number and the moment it was
// registered match (a backup of another database has other people under the
// same numbers).
struct AnonymisedRecord
{
    qint64 id = 0;
    qint64 createdAt = 0; // as stored: UTC epoch milliseconds
};

class ErasureReplay final
{
    Q_DECLARE_TR_FUNCTIONS(ErasureReplay)

public:
    // The records anonymised in db (none in a database older than schema
    // version 6, which could not anonymise).
    static Result<QVector<AnonymisedRecord>> anonymisedIn(Database &db);

    // Anonymises again, in restored, every one of records that is there and
    // not anonymised, as one transaction; each is audited as
    // beneficiary.anonymise by actorId with the backup's file name
    // ("restored_from"). Then empties SQLite's log into the file. The number
    // anonymised again.
    static Result<int> reapply(Database &restored, const QVector<AnonymisedRecord> &records,
                               qint64 actorId, const QString &backupName);
};
