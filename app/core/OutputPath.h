// Decides whether Istiqbal may write a file at a path the person chose: never
// onto a database (the open one, its -wal/-shm/-journal, or any SQLite file),
// however the path reaches it (relative, "..", symbolic links).
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class OutputPath final
{
    Q_DECLARE_TR_FUNCTIONS(OutputPath)

public:
    // A failure in words when target must not be written; openDatabases are
    // the database files in use (file paths; server addresses are ignored).
    static Status check(const QString &target, const QStringList &openDatabases = {});

    // The absolute path target really names: links followed, "." and ".."
    // removed, for a file that does not exist yet through its folder. Empty
    // when the folder does not exist or the links loop.
    static QString resolve(const QString &target);

    // Whether the file at path begins as an SQLite database ("SQLite format
    // 3\0") or an SQLite write-ahead log does.
    static bool isDatabaseFile(const QString &path);
};
