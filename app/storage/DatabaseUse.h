// Who has a database file open, across processes: every Istiqbal that opens a
// SQLite database (a window or a verb) holds a shared lock on "<file>.lock"
// beside it, and whoever replaces the file (restore) takes it exclusively, so
// that a restore is refused while any other Istiqbal has the database open and
// no Istiqbal opens it while it is being replaced. The locks are flock(2)
// locks: the system drops them when a process ends, even by kill -9, so no
// stale lock is ever left behind. (SQLite's own locks cannot tell: in WAL mode
// an idle reader holds none.)
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class DatabaseUse final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseUse)

public:
    ~DatabaseUse();
    DatabaseUse(const DatabaseUse &) = delete;
    DatabaseUse &operator=(const DatabaseUse &) = delete;

    static QString lockPath(const QString &databasePath);

    // Shared use, for as long as the object lives. Refused while the file is
    // being replaced. Where the lock file cannot be made (a read-only folder)
    // nobody can replace the database either: use goes on without a lock.
    static Result<std::unique_ptr<DatabaseUse>> share(const QString &databasePath);
    // Sole use, to replace the file: refused while anyone else uses it.
    static Result<std::unique_ptr<DatabaseUse>> exclusive(const QString &databasePath);

private:
    explicit DatabaseUse(int fd) : m_fd(fd) {}
    int m_fd = -1;
};
