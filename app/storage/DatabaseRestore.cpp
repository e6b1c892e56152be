#include "storage/DatabaseRestore.h"

#include "core/Clock.h"
#include "core/IoFailure.h"
#include "core/SealedFile.h"
#include "storage/Database.h"
#include "storage/DatabaseCheck.h"
#include "storage/DatabaseUse.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <QTimeZone>

#include <fcntl.h>
#include <unistd.h>

namespace {

constexpr qint64 kCopyChunk = 1024 * 1024;
const QStringList kSideFiles = {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")};

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// So that the rename that follows is about data already on the disk.
bool syncStagedFile(QFile &file)
{
    return file.flush() && ::fsync(file.handle()) == 0;
}

void syncRestoredFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

void DatabaseRestore::removeTraces(const QString &copy)
{
    for (const QString &suffix :
         {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(copy + suffix);
    QFile::remove(DatabaseUse::lockPath(copy));
}

QString DatabaseRestore::asideName(const QString &databasePath, const QDateTime &now)
{
    const QFileInfo info(databasePath);
    const QString stamp =
        now.toTimeZone(Clock::deskTimeZone()).toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString name = info.completeBaseName() + QStringLiteral("-before-restore-") + stamp;
    if (!info.suffix().isEmpty())
        name += QLatin1Char('.') + info.suffix();
    return info.absoluteDir().filePath(name);
}

Result<RestoreOutcome> DatabaseRestore::verify(const QString &databaseCopy, const Admit &admit)
{
    struct Traces
    {
        QString path;
        ~Traces() { removeTraces(path); }
    } traces{databaseCopy};
    RestoreOutcome outcome;
    {
        Database db;
        // Refuses what is not a database, another program's, or a newer schema.
        if (Status s = db.openWithoutMigrating(databaseCopy); !s)
            return s;
        if (db.schemaVersion() == 0)
            return Result<RestoreOutcome>::failure(tr("It holds no Istiqbal database."));
        // A damaged file is not upgraded: its integrity first.
        if (Status s = DatabaseCheck::integrityOf(db); !s)
            return s;
        outcome.schemaVersion = db.schemaVersion();
    }
    Database db;
    // An older backup is upgraded on this copy, as opening the restored
    // database would, so that every check of istiqbal check applies to it.
    if (Status s = db.open(databaseCopy); !s)
        return s;
    const Result<DatabaseCheckReport> report = DatabaseCheck::run(db);
    if (!report)
        return report.status();
    if (!report->intact())
        return Result<RestoreOutcome>::failure(report->findings.join(QLatin1Char(' ')));
    outcome.auditEntries = report->auditEntries;
    if (admit) {
        if (Status s = admit(db); !s)
            return s;
    }
    return outcome;
}

Result<RestoreOutcome> DatabaseRestore::restore(const QString &backupPath,
                                                const QString &databasePath,
                                                const PassphraseSource &passphrase,
                                                const QDateTime &now, const Admit &admit)
{
    const QFileInfo backup(backupPath);
    if (!backup.exists() || !backup.isFile())
        return Result<RestoreOutcome>::failure(
            tr("The backup %1 does not exist.").arg(native(backupPath)));
    const QString target = QFileInfo(databasePath).absoluteFilePath();
    if (backup.canonicalFilePath() == QFileInfo(target).canonicalFilePath())
        return Result<RestoreOutcome>::failure(
            tr("%1 is the database itself, not a backup of it.").arg(native(backupPath)));
    const QString folder = QFileInfo(target).absolutePath();
    if (!QFileInfo(folder).isDir())
        return Result<RestoreOutcome>::failure(
            tr("The folder %1 does not exist.").arg(native(folder)));
    const auto refused = [](const QString &why) {
        return Result<RestoreOutcome>::failure(
            tr("The backup cannot be restored: %1 Nothing was changed.").arg(why));
    };

    QFile in(backupPath);
    if (!in.open(QIODevice::ReadOnly))
        return refused(IoFailure::reason(in));
    // The copy is made beside the database, so the rename below stays on one disk.
    QTemporaryFile staged(QDir(folder).filePath(QStringLiteral(".istiqbal-restore-XXXXXX")));
    if (!staged.open())
        return refused(
            tr("cannot write in %1 (%2).").arg(native(folder), IoFailure::reason(staged)));
    const QString stagedPath = staged.fileName();
    struct Traces
    {
        QString path;
        ~Traces() { removeTraces(path); }
    } traces{stagedPath};

    const bool sealed = SealedFile::isSealed(in);
    if (sealed) {
        const Result<QByteArray> secret =
            passphrase ? passphrase() : Result<QByteArray>(QByteArray());
        if (!secret)
            return refused(secret.error());
        if (Status s = SealedFile::open(in, staged, *secret); !s)
            return refused(s.error());
    } else {
        QByteArray chunk;
        while (!(chunk = in.read(kCopyChunk)).isEmpty()) {
            if (staged.write(chunk) != chunk.size())
                return refused(IoFailure::reason(staged));
        }
        if (in.error() != QFile::NoError)
            return refused(IoFailure::reason(in));
    }
    if (!syncStagedFile(staged))
        return refused(IoFailure::reason(staged));
    staged.close();

    Result<RestoreOutcome> checked = verify(stagedPath, admit);
    if (!checked)
        return refused(checked.error());
    RestoreOutcome outcome = *checked;
    outcome.wasSealed = sealed;

    // From here on no other Istiqbal may have the database open.
    const auto sole = DatabaseUse::exclusive(target);
    if (!sole)
        return sole.status();
    QStringList moved;
    const auto putBack = [&] {
        for (const QString &suffix : moved)
            QFile::rename(outcome.keptAside + suffix, target + suffix);
    };
    if (QFileInfo::exists(target)) {
        outcome.keptAside = asideName(target, now);
        for (const QString &suffix : kSideFiles) {
            if (QFileInfo::exists(outcome.keptAside + suffix))
                return refused(tr("%1 already exists.").arg(native(outcome.keptAside + suffix)));
        }
        for (const QString &suffix : kSideFiles) {
            if (!QFileInfo::exists(target + suffix))
                continue;
            if (!QFile::rename(target + suffix, outcome.keptAside + suffix)) {
                putBack();
                return refused(tr("%1 could not be moved aside.").arg(native(target + suffix)));
            }
            moved << suffix;
        }
    }
    if (!QFile::rename(stagedPath, target)) {
        putBack();
        return refused(tr("the copy could not be renamed to %1.").arg(native(target)));
    }
    staged.setAutoRemove(false);
    syncRestoredFolder(folder);
    return outcome;
}
