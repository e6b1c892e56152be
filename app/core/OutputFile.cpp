#include "core/OutputFile.h"

#include "core/IoFailure.h"
#include "core/OutputPath.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

namespace {

const char kPartSuffix[] = ".istiqbal-part";
// What a database written under the temporary name keeps beside it: SQLite's
// journals and the lock file every Istiqbal opening takes (DatabaseUse).
const char *const kJournals[] = {"", "-wal", "-shm", "-journal", ".lock"};

void removeWithJournals(const QString &path)
{
    for (const char *suffix : kJournals)
        QFile::remove(path + QLatin1String(suffix));
}

// Removes the temporary files of earlier writes to the same target whose
// process is gone (killed part-way): ".NAME.PID-RANDOM.istiqbal-part".
void clearAbandoned(const QString &folder, const QString &name)
{
    const QString prefix = QLatin1Char('.') + name + QLatin1Char('.');
    const QDir dir(folder);
    const QStringList found =
        dir.entryList({prefix + QLatin1String("*") + QLatin1String(kPartSuffix)},
                      QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &entry : found) {
        const QString middle = entry.mid(prefix.size());
        bool ok = false;
        const qint64 pid = middle.section(QLatin1Char('-'), 0, 0).toLongLong(&ok);
        if (!ok || pid <= 0)
            continue;
        if (::kill(pid_t(pid), 0) == 0 || errno != ESRCH)
            continue; // still writing (or not ours to judge)
        removeWithJournals(dir.filePath(entry));
    }
}

// Makes the rename itself durable: the folder's entry is on disk too.
void syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

// Renames without replacing: fails with EEXIST when target exists, also when
// it appeared after the check.
int renameNoReplace(const QByteArray &from, const QByteArray &to)
{
#ifdef RENAME_NOREPLACE
    if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS)
        return -1;
#endif
    // A file system without RENAME_NOREPLACE (some USB sticks): a hard link
    // fails when the target exists; without links, check and rename.
    if (::link(from.constData(), to.constData()) == 0) {
        ::unlink(from.constData());
        return 0;
    }
    if (errno == EEXIST)
        return -1;
    if (::access(to.constData(), F_OK) == 0) {
        errno = EEXIST;
        return -1;
    }
    return ::rename(from.constData(), to.constData());
}

} // namespace

OutputFile::OutputFile(QString target, Existing existing, QStringList openDatabases)
    : m_target(std::move(target)), m_existing(existing), m_openDatabases(std::move(openDatabases))
{}

OutputFile::~OutputFile()
{
    if (!m_committed)
        discard();
}

Status OutputFile::open()
{
    discard();
    m_committed = false;
    m_resolved = OutputPath::resolve(m_target);
    const QFileInfo info(m_resolved);
    if (m_existing == Existing::Refuse && !m_resolved.isEmpty() && info.exists())
        return Status::failure(tr("%1 already exists; choose a new file name.")
                                   .arg(QDir::toNativeSeparators(m_target)));
    if (Status s = OutputPath::check(m_target, m_openDatabases); !s)
        return s;
    clearAbandoned(info.absolutePath(), info.fileName());
    for (int attempt = 0; attempt < 8; ++attempt) {
        m_temporary =
            QDir(info.absolutePath())
                .filePath(QStringLiteral(".%1.%2-%3%4")
                              .arg(info.fileName())
                              .arg(QCoreApplication::applicationPid())
                              .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'))
                              .arg(QLatin1String(kPartSuffix)));
        m_file.setFileName(m_temporary);
        if (m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return Status::success();
        if (QFileInfo::exists(m_temporary))
            continue; // the name was taken: draw another
        break;
    }
    const QString why = IoFailure::reason(m_file);
    m_temporary.clear();
    return Status::failure(tr("Cannot write %1: %2. Nothing was written.")
                               .arg(QDir::toNativeSeparators(m_target), why));
}

QString OutputFile::handOverPath()
{
    // Closed here: closing another descriptor of a file later would drop the
    // POSIX locks SQLite holds on it.
    if (m_file.isOpen())
        m_file.close();
    return m_temporary;
}

Status OutputFile::failed(const QString &why)
{
    discard();
    return Status::failure(
        tr("Cannot write %1: %2. Nothing was written; the file is as it was before.")
            .arg(QDir::toNativeSeparators(m_target), why));
}

Status OutputFile::commit()
{
    if (m_temporary.isEmpty())
        return Status::failure(
            tr("Cannot write %1: it was not opened.").arg(QDir::toNativeSeparators(m_target)));
    if (m_file.isOpen()) {
        // QFile keeps the first error of a write (a full disk) until closed.
        if (m_file.error() != QFileDevice::NoError || !m_file.flush() ||
            m_file.error() != QFileDevice::NoError)
            return failed(IoFailure::reason(m_file));
        if (::fsync(m_file.handle()) != 0)
            return failed(QString::fromLocal8Bit(std::strerror(errno)));
        m_file.close();
    } else {
        // Written by name: sync what its writer left.
        QFile written(m_temporary);
        if (!written.open(QIODevice::ReadWrite))
            return failed(IoFailure::reason(written));
        if (::fsync(written.handle()) != 0)
            return failed(QString::fromLocal8Bit(std::strerror(errno)));
    }
    // A database written here must be whole in its file: a journal or log
    // left beside it would not follow the rename.
    for (const char *suffix : {"-wal", "-journal"}) {
        if (QFileInfo(m_temporary + QLatin1String(suffix)).size() > 0)
            return failed(tr("the database was not closed before it was moved into place"));
    }
    const QByteArray from = QFile::encodeName(m_temporary);
    const QByteArray to = QFile::encodeName(m_resolved);
    const int renamed = m_existing == Existing::Refuse ? renameNoReplace(from, to)
                                                       : ::rename(from.constData(), to.constData());
    if (renamed != 0) {
        if (errno == EEXIST) {
            discard();
            return Status::failure(tr("%1 already exists; choose a new file name.")
                                       .arg(QDir::toNativeSeparators(m_target)));
        }
        return failed(QString::fromLocal8Bit(std::strerror(errno)));
    }
    m_committed = true;
    removeWithJournals(m_temporary); // an empty -shm, if a database was written here
    m_temporary.clear();
    syncFolder(QFileInfo(m_resolved).absolutePath());
    return Status::success();
}

void OutputFile::discard()
{
    if (m_file.isOpen())
        m_file.close();
    if (!m_temporary.isEmpty() && !m_committed)
        removeWithJournals(m_temporary);
    if (!m_committed)
        m_temporary.clear();
}
