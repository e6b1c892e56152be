// The automatic daily backups of one SQLite database: the folder "backups"
// beside it, one file a desk day named "<database name>-yyyy-MM-dd.sqlite",
// each written checked (DatabaseBackup) and the old ones thinned out with
// BackupPolicy's 7 daily, 4 weekly and 12 monthly. Files with other names in
// the folder are never touched.
#pragma once

#include "core/Result.h"
#include "storage/DatabaseBackup.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

class Database;

struct DailyBackupFile
{
    QDate day;         // the desk day it was made
    QString path;      // the file
    QDateTime written; // when it was written (the file's time)
};

class BackupFolder final
{
    Q_DECLARE_TR_FUNCTIONS(BackupFolder)

public:
    explicit BackupFolder(const QString &databasePath);

    // The folder: "backups" beside the database.
    QString path() const;
    QString fileFor(const QDate &day) const;

    // The daily backups there, newest first.
    QVector<DailyBackupFile> backups() const;
    std::optional<DailyBackupFile> newest() const;

    // Writes the day's backup of db (the folder is made when missing), then
    // removes the daily backups the rotation no longer keeps, and those from
    // before oldestKept (the retention period's start) when it is valid.
    // Refused when the day already has one.
    Result<BackupWritten> write(const Database &db, const QDate &day,
                                const QDate &oldestKept = QDate());
    // Removes the daily backups that BackupPolicy does not keep.
    Status prune(const QDate &oldestKept = QDate());

private:
    QString m_folder;
    QString m_prefix; // "<database name>-"
};
