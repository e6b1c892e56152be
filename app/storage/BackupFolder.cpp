#include "storage/BackupFolder.h"

#include "core/BackupPolicy.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace {

const QString kDayFormat = QStringLiteral("yyyy-MM-dd");
const QString kBackupSuffix = QStringLiteral(".sqlite");

} // namespace

BackupFolder::BackupFolder(const QString &databasePath)
{
    const QFileInfo database(databasePath);
    m_folder = database.absoluteDir().filePath(QStringLiteral("backups"));
    m_prefix = database.completeBaseName() + QLatin1Char('-');
}

QString BackupFolder::path() const
{
    return m_folder;
}

QString BackupFolder::fileFor(const QDate &day) const
{
    return QDir(m_folder).filePath(m_prefix + day.toString(kDayFormat) + kBackupSuffix);
}

QVector<DailyBackupFile> BackupFolder::backups() const
{
    QVector<DailyBackupFile> found;
    const QFileInfoList files =
        QDir(m_folder).entryInfoList({m_prefix + QStringLiteral("*") + kBackupSuffix}, QDir::Files);
    for (const QFileInfo &file : files) {
        const QString name = file.fileName();
        const QString stamp =
            name.mid(m_prefix.size(), name.size() - m_prefix.size() - kBackupSuffix.size());
        const QDate day = QDate::fromString(stamp, kDayFormat);
        // Only this database's daily files: "<name>-2026-12-07.sqlite".
        if (!day.isValid() || stamp.size() != kDayFormat.size())
            continue;
        found.append({day, file.absoluteFilePath(), file.lastModified()});
    }
    std::sort(found.begin(), found.end(),
              [](const DailyBackupFile &a, const DailyBackupFile &b) { return a.day > b.day; });
    return found;
}

std::optional<DailyBackupFile> BackupFolder::newest() const
{
    const QVector<DailyBackupFile> all = backups();
    if (all.isEmpty())
        return std::nullopt;
    return all.first();
}

Result<BackupWritten> BackupFolder::write(const Database &db, const QDate &day,
                                          const QDate &oldestKept)
{
    if (!QDir().mkpath(m_folder))
        return Result<BackupWritten>::failure(tr("The folder for the backups, %1, cannot be made.")
                                                  .arg(QDir::toNativeSeparators(m_folder)));
    Result<BackupWritten> written = DatabaseBackup::write(db, fileFor(day));
    if (!written)
        return written;
    if (Status s = prune(oldestKept); !s)
        return s;
    return written;
}

Status BackupFolder::prune(const QDate &oldestKept)
{
    const QVector<DailyBackupFile> all = backups();
    QVector<QDate> days;
    for (const DailyBackupFile &f : all)
        days << f.day;
    const QSet<QDate> keep = BackupPolicy::toKeep(days, oldestKept);
    QStringList stuck;
    for (const DailyBackupFile &f : all) {
        if (!keep.contains(f.day) && !QFile::remove(f.path))
            stuck << QDir::toNativeSeparators(f.path);
    }
    if (!stuck.isEmpty())
        return Status::failure(tr("An old backup could not be removed: %1.").arg(stuck.first()));
    return Status::success();
}
