// Writes a backup of a SQLite database that is known to restore: a copy of
// the whole database (VACUUM INTO), checked as restore would check it
// (SQLite's integrity, the schema, the audit trail's chain) before it gets
// its name; plain, or sealed with a passphrase (SealedFile) for copies that
// leave the office, in which case the sealed file is opened again and its
// contents compared with the checked copy. Written through OutputFile: a
// failure leaves nothing at the target.
#pragma once

#include "core/Result.h"
#include "core/SealedFile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class Database;

struct BackupWritten
{
    QString path; // as given
    bool sealed = false;
    int schemaVersion = 0;
    qint64 auditEntries = 0; // entries of the audit trail verified in the copy
    qint64 bytes = 0;        // size of the file written
};

class DatabaseBackup final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseBackup)

public:
    // The target must not exist. An empty passphrase writes a plain backup.
    static Result<BackupWritten> write(const Database &db, const QString &target,
                                       const QByteArray &passphrase = {},
                                       SealedFile::Cost cost = SealedFile::Cost::Moderate);

private:
    // The whole database copied (VACUUM INTO) into emptyFile, which exists
    // and is empty (an OutputFile's or a scratch file): a SQLite file only.
    static Status copyInto(const Database &db, const QString &emptyFile);
    static Result<BackupWritten> writePlain(const Database &db, const QString &target);
    static Result<BackupWritten> writeSealed(const Database &db, const QString &target,
                                             const QByteArray &passphrase, SealedFile::Cost cost);
};
