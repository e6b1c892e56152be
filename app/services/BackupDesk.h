// What may be done with backups, and by whom (issue 11): a backup copy of
// every record (plain, or sealed with a passphrase) is made by the manager or
// the administrator (Action::MakeBackup); putting a backup in the database's
// place is the administrator's (Action::ManageBackups). Checked here, so the
// command line and the window obey the same rule.
#pragma once

#include "core/Result.h"
#include "core/SealedFile.h"
#include "services/Session.h"
#include "storage/DatabaseBackup.h"
#include "storage/DatabaseRestore.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>

class Database;

class BackupDesk final
{
    Q_DECLARE_TR_FUNCTIONS(BackupDesk)

public:
    BackupDesk(Database &db, const Session &session) : m_db(db), m_session(session) {}
    BackupDesk(const BackupDesk &) = delete;
    BackupDesk &operator=(const BackupDesk &) = delete;

    // A checked backup at target (which must not exist), sealed when a
    // passphrase is given; recorded in the audit trail. On a server, a
    // pg_dump archive made as the signed-in person's own login (ServerDump),
    // never sealed.
    Result<BackupWritten> write(const QString &target, const QByteArray &passphrase = {},
                                SealedFile::Cost cost = SealedFile::Cost::Moderate);

    // Whether a backup of this kind of database may be sealed (not on a
    // server); asked before anyone types a passphrase.
    static Status sealingAllowed(bool server);

    // Signs the person in on a database (their name and password, kept by
    // the caller).
    using SignIn = std::function<Result<Session>(Database &)>;

    // Puts the backup in the place of the SQLite database at databasePath
    // (DatabaseRestore), for an administrator, who signs in once the backup
    // is checked: on the current database, or, when that is missing or cannot
    // be opened, on the checked copy of the backup. The people anonymised in
    // the current database are anonymised again in the copy before it takes
    // its place (ErasureReplay), so that no restore brings their data back.
    static Result<RestoreOutcome> restore(const QString &backupPath, const QString &databasePath,
                                          const SignIn &signIn,
                                          const DatabaseRestore::PassphraseSource &passphrase,
                                          const QDateTime &now);

    // Puts a backup made on a server (a pg_dump archive) back into the
    // server database at ownerLocation, the address of its owner's login
    // (ServerRestore), for an administrator who signs in on their own
    // connection: on the current data, or, in an empty database, on the
    // data restored. The people anonymised in the current data are
    // anonymised again in what was restored.
    static Result<RestoreOutcome> restoreOnServer(const QString &archive,
                                                  const QString &ownerLocation,
                                                  const SignIn &signIn, const QDateTime &now);

private:
    Database &m_db;
    const Session &m_session;
};
