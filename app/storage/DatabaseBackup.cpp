#include "storage/DatabaseBackup.h"

#include "core/IoFailure.h"
#include "core/OutputFile.h"
#include "storage/Database.h"
#include "storage/DatabaseRestore.h"
#include "storage/SqlFailure.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>

namespace {

// A write-only device that only hashes what it is given: the sealed backup is
// opened into it to compare with the copy that was sealed.
class DigestSink final : public QIODevice
{
public:
    DigestSink() : m_hash(QCryptographicHash::Sha256) { open(QIODevice::WriteOnly); }
    QByteArray result() const { return m_hash.result(); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        m_hash.addData(QByteArrayView(data, size));
        return size;
    }

private:
    QCryptographicHash m_hash;
};

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return {};
    return hash.result();
}

QString backupShown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

Result<BackupWritten> DatabaseBackup::write(const Database &db, const QString &target,
                                            const QByteArray &passphrase, SealedFile::Cost cost)
{
    if (!db.isOpen())
        return Result<BackupWritten>::failure(tr("The database is not open."));
    if (db.isServer())
        return Result<BackupWritten>::failure(
            tr("A database on a server is backed up with PostgreSQL's pg_dump; see the README."));
    if (!passphrase.isEmpty() && passphrase.size() < SealedFile::minimumPassphrase)
        return Result<BackupWritten>::failure(
            tr("The passphrase is too short: use at least %n characters.", "",
               SealedFile::minimumPassphrase));
    const Result<BackupWritten> written =
        passphrase.isEmpty() ? writePlain(db, target) : writeSealed(db, target, passphrase, cost);
    if (!written)
        return written;
    BackupWritten done = *written;
    done.bytes = QFileInfo(target).size();
    return done;
}

Status DatabaseBackup::copyInto(const Database &db, const QString &emptyFile)
{
    if (!db.isOpen())
        return Status::failure(tr("The database is not open."));
    if (db.inTransaction())
        return Status::failure(tr("A backup cannot be made while changes are being saved."));
    if (db.dialect().backupInto().isEmpty())
        return Status::failure(tr("A database on a server is backed up on the server, with "
                                  "pg_dump; see the README."));
    QSqlQuery q(db.connection());
    if (!q.prepare(db.dialect().backupInto()))
        return SqlFailure::of(tr("The backup could not be made."), q.lastError(), false);
    q.addBindValue(emptyFile);
    if (!q.exec())
        return SqlFailure::of(tr("The backup could not be made."), q.lastError(), false);
    return Status::success();
}

Result<BackupWritten> DatabaseBackup::writePlain(const Database &db, const QString &target)
{
    OutputFile out(target, OutputFile::Existing::Refuse, {db.path()});
    if (Status s = out.open(); !s)
        return s;
    const QString temporary = out.handOverPath();
    if (Status s = copyInto(db, temporary); !s)
        return s;
    const Result<RestoreOutcome> checked = DatabaseRestore::verify(temporary);
    if (!checked)
        return Result<BackupWritten>::failure(
            tr("The backup did not pass its check after writing, so it was not kept: %1")
                .arg(checked.error()));
    if (Status s = out.commit(); !s)
        return s;
    BackupWritten written;
    written.path = target;
    written.schemaVersion = checked->schemaVersion;
    written.auditEntries = checked->auditEntries;
    return written;
}

Result<BackupWritten> DatabaseBackup::writeSealed(const Database &db, const QString &target,
                                                  const QByteArray &passphrase,
                                                  SealedFile::Cost cost)
{
    OutputFile out(target, OutputFile::Existing::Refuse, {db.path()});
    if (Status s = out.open(); !s)
        return s;
    // The plain copy is made beside the database, never on the target's disk
    // (a USB stick that leaves the office), and removed however this ends.
    const QString folder = QFileInfo(db.path()).absolutePath();
    QTemporaryFile scratch(QDir(folder).filePath(QStringLiteral(".istiqbal-backup-XXXXXX")));
    if (!scratch.open())
        return Result<BackupWritten>::failure(
            tr("Cannot write in %1 (%2); nothing was written.")
                .arg(backupShown(folder), IoFailure::reason(scratch)));
    scratch.close();
    const QString plainPath = scratch.fileName();
    struct Traces
    {
        QString path;
        ~Traces() { DatabaseRestore::removeTraces(path); }
    } traces{plainPath};
    if (Status s = copyInto(db, plainPath); !s)
        return s;
    const Result<RestoreOutcome> checked = DatabaseRestore::verify(plainPath);
    if (!checked)
        return Result<BackupWritten>::failure(
            tr("The copy did not pass its check, so no backup was written: %1")
                .arg(checked.error()));
    const QByteArray plainDigest = fileDigest(plainPath);
    {
        QFile plain(plainPath);
        if (!plain.open(QIODevice::ReadOnly) || plainDigest.isEmpty())
            return Result<BackupWritten>::failure(
                tr("The copy could not be read back (%1); nothing was written.")
                    .arg(IoFailure::reason(plain)));
        if (Status s = SealedFile::seal(plain, *out.device(), passphrase, cost); !s)
            return s;
    }
    // Opened again from the disk with the same passphrase: what a restore
    // will read must be exactly the copy that was checked.
    const QString sealedPath = out.handOverPath();
    {
        QFile sealed(sealedPath);
        DigestSink opened;
        if (!sealed.open(QIODevice::ReadOnly))
            return Result<BackupWritten>::failure(
                tr("The sealed backup could not be read back (%1); it was not kept.")
                    .arg(IoFailure::reason(sealed)));
        if (Status s = SealedFile::open(sealed, opened, passphrase); !s)
            return Result<BackupWritten>::failure(
                tr("The sealed backup could not be opened again (%1); it was not kept.")
                    .arg(s.error()));
        if (opened.result() != plainDigest)
            return Result<BackupWritten>::failure(
                tr("The sealed backup, opened again, differs from the database copy; it was "
                   "not kept."));
    }
    if (Status s = out.commit(); !s)
        return s;
    BackupWritten written;
    written.path = target;
    written.sealed = true;
    written.schemaVersion = checked->schemaVersion;
    written.auditEntries = checked->auditEntries;
    return written;
}
