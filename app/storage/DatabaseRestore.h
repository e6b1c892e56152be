// Puts a backup in the place of a SQLite database (`istiqbal restore`): the
// backup (plain, or sealed with a passphrase: SealedFile) is copied beside the
// database under a temporary name and checked there (a database, SQLite's
// integrity, a schema no newer than this Istiqbal's, then every check of
// `istiqbal check`: DatabaseCheck);
// only then, while no other Istiqbal has the database open (DatabaseUse), the
// current file is kept aside under a dated name and the copy renamed into its
// place. Any refusal changes nothing.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>

class Database;

struct RestoreOutcome
{
    QString keptAside;     // where the database that was there now is (empty: there was none)
    int schemaVersion = 0; // the backup's
    qint64 auditEntries = 0;
    bool wasSealed = false;
    int anonymisedAgain = 0; // people anonymised since the backup, anonymised again in it
};

class DatabaseRestore final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseRestore)

public:
    // Asked only for a sealed backup.
    using PassphraseSource = std::function<Result<QByteArray>()>;

    // Given the checked copy, open: lets the person in or refuses (restore
    // onto a missing or damaged database, where the administrator signs in
    // against the backup itself).
    using Admit = std::function<Status(Database &copy)>;

    // Checks a copy of a database (for restore and for the check of a backup
    // just written): a failure says what is wrong. Afterwards nothing that
    // opening it leaves beside it remains.
    static Result<RestoreOutcome> verify(const QString &databaseCopy, const Admit &admit = {});

    static Result<RestoreOutcome> restore(const QString &backupPath, const QString &databasePath,
                                          const PassphraseSource &passphrase, const QDateTime &now,
                                          const Admit &admit = {});

    // Removes what opening a copy leaves beside it: -wal, -shm, -journal and
    // the lock file.
    static void removeTraces(const QString &copy);

    // The name the current database is kept under: "<name>-before-restore-
    // yyyyMMdd-HHmmss.<suffix>" beside it.
    static QString asideName(const QString &databasePath, const QDateTime &now);
};
