#include "services/BackupDesk.h"

#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/DatabaseUse.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcBackupDesk, "istiqbal.backup")

Result<BackupWritten> BackupDesk::write(const QString &target, const QByteArray &passphrase,
                                        SealedFile::Cost cost)
{
    if (Status s = m_session.require(Action::MakeBackup); !s)
        return s;
    Result<BackupWritten> written = DatabaseBackup::write(m_db, target, passphrase, cost);
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

Result<RestoreOutcome> BackupDesk::restore(const QString &backupPath, const QString &databasePath,
                                           const SignIn &signIn,
                                           const DatabaseRestore::PassphraseSource &passphrase,
                                           const QDateTime &now)
{
    // Asked once the backup is known good, so that a bad backup is refused
    // before anyone signs in (the sign-in is recorded in the database).
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
        return session->require(Action::ManageBackups);
    };
    return DatabaseRestore::restore(backupPath, databasePath, passphrase, now, admit);
}
