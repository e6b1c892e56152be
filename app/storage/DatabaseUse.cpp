#include "storage/DatabaseUse.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace {

int openLockFile(const QString &path, bool create)
{
    const QByteArray name = QFile::encodeName(path);
    int flags = O_RDWR | O_CLOEXEC;
    if (create)
        flags |= O_CREAT;
    int fd = ::open(name.constData(), flags, 0644);
    if (fd < 0 && !create)
        fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC);
    return fd;
}

bool lock(int fd, int operation)
{
    for (;;) {
        if (::flock(fd, operation | LOCK_NB) == 0)
            return true;
        if (errno != EINTR)
            return false;
    }
}

} // namespace

DatabaseUse::~DatabaseUse()
{
    if (m_fd >= 0)
        ::close(m_fd); // drops the lock
}

QString DatabaseUse::lockPath(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".lock");
}

Result<std::unique_ptr<DatabaseUse>> DatabaseUse::share(const QString &databasePath)
{
    const QString path = lockPath(databasePath);
    int fd = openLockFile(path, true);
    if (fd < 0)
        fd = openLockFile(path, false);
    if (fd < 0) // a read-only folder: nobody can replace the file there either
        return std::unique_ptr<DatabaseUse>(new DatabaseUse(-1));
    if (!lock(fd, LOCK_SH)) {
        ::close(fd);
        return Result<std::unique_ptr<DatabaseUse>>::failure(
            tr("%1 is being replaced (a backup is being restored); try again in a moment.")
                .arg(QDir::toNativeSeparators(databasePath)));
    }
    return std::unique_ptr<DatabaseUse>(new DatabaseUse(fd));
}

Result<std::unique_ptr<DatabaseUse>> DatabaseUse::exclusive(const QString &databasePath)
{
    const QString path = lockPath(databasePath);
    const int fd = openLockFile(path, true);
    if (fd < 0)
        return Result<std::unique_ptr<DatabaseUse>>::failure(
            tr("Cannot write beside %1: %2")
                .arg(QDir::toNativeSeparators(databasePath),
                     QString::fromLocal8Bit(strerror(errno))));
    if (!lock(fd, LOCK_EX)) {
        ::close(fd);
        return Result<std::unique_ptr<DatabaseUse>>::failure(
            tr("Another Istiqbal has %1 open (a window or a command). Close it first; nothing "
               "was changed.")
                .arg(QDir::toNativeSeparators(databasePath)));
    }
    return std::unique_ptr<DatabaseUse>(new DatabaseUse(fd));
}
