#include "services/BackupDesk.h"

#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/DatabaseUse.h"
#include "storage/ErasureReplay.h"
#include "storage/ServerDump.h"
#include "storage/ServerRestore.h"
#include "storage/UserRepository.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcBackupDesk, "istiqbal.backup")

Result<BackupWritten> BackupDesk::write(const QString &target, const QByteArray &passphrase,
                                        SealedFile::Cost cost)
{
    if (Status s = m_session.require(Action::MakeBackup); !s)
        return s;
    if (!passphrase.isEmpty())
        if (Status s = sealingAllowed(m_db.isServer()); !s)
            return s;
    Result<BackupWritten> written = m_db.isServer()
                                        ? ServerDump::write(m_db, target)
                                        : DatabaseBackup::write(m_db, target, passphrase, cost);
    if (!written)
        return written;
    // Who took a copy of every record, and where to: the copy is made and
    // stands even when the entry cannot be added (a read-only database).
    const QJsonObject details{{QStringLiteral("file"), QFileInfo(target).fileName()},
                              {QStringLiteral("sealed"), written->sealed}};
    if (Status s = AuditRepository(m_db).record(m_session.userId(), QStringLiteral("backup.made"),
                                                QStringLiteral("database"), 0, details);
        !s)
        qCWarning(lcBackupDesk) << "backup not recorded in the audit trail:" << s.error();
    return written;
}

Status BackupDesk::sealingAllowed(bool server)
{
    if (!server)
        return Status::success();
    return Status::failure(
        tr("A backup of a server database is not sealed with a passphrase: it is written by "
           "PostgreSQL's pg_dump for the server's administrator to keep on protected disks. "
           "Leave out --encrypt, and seal a copy that leaves the office with a tool such as "
           "gpg."));
}

Result<RestoreOutcome> BackupDesk::restore(const QString &backupPath, const QString &databasePath,
                                           const SignIn &signIn,
                                           const DatabaseRestore::PassphraseSource &passphrase,
                                           const QDateTime &now)
{
    // Asked once the backup is known good, so that a bad backup is refused
    // before anyone signs in (the sign-in is recorded in the database).
    int anonymisedAgain = 0;
    const auto admit = [&](Database &copy) -> Status {
        // Refused now rather than after a sign-in while another Istiqbal
        // has the database open (restore takes it alone again to replace it).
        if (const auto sole = DatabaseUse::exclusive(databasePath); !sole)
            return sole.status();
        Database current;
        const bool usable = QFileInfo(databasePath).isFile() &&
                            current.openWithoutMigrating(databasePath).ok() &&
                            current.schemaVersion() > 0;
        const Result<Session> session = signIn(usable ? current : copy);
        if (!session)
            return session.status();
        if (Status s = session->require(Action::ManageBackups); !s)
            return s;
        // Whoever was anonymised since the backup was made stays so: again
        // in the copy, before it takes the database's place.
        const Result<QVector<AnonymisedRecord>> anonymised =
            usable ? ErasureReplay::anonymisedIn(current) : QVector<AnonymisedRecord>();
        if (!anonymised)
            return anonymised.status();
        const auto actor = UserRepository(copy).findByUsername(session->user().username);
        if (!actor)
            return actor.status();
        const Result<int> again =
            ErasureReplay::reapply(copy, *anonymised, actor->has_value() ? actor->value().id : 0,
                                   QFileInfo(backupPath).fileName());
        if (!again)
            return again.status();
        anonymisedAgain = *again;
        return Status::success();
    };
    const Result<RestoreOutcome> restored =
        DatabaseRestore::restore(backupPath, databasePath, passphrase, now, admit);
    if (!restored)
        return restored;
    RestoreOutcome outcome = *restored;
    outcome.anonymisedAgain = anonymisedAgain;
    return outcome;
}

Result<RestoreOutcome> BackupDesk::restoreOnServer(const QString &archive,
                                                   const QString &ownerLocation,
                                                   const SignIn &signIn, const QDateTime &now)
{
    const auto admit = [&](Database &db) -> Result<QString> {
        const Result<Session> session = signIn(db);
        if (!session)
            return session.status();
        if (Status s = session->require(Action::ManageBackups); !s)
            return s;
        return session->user().username;
    };
    return ServerRestore::restore(archive, ownerLocation, admit, now);
}
