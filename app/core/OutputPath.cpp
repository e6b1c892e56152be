#include "core/OutputPath.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {

// The suffixes SQLite gives the files that belong to a database.
const char *const kCompanions[] = {"-wal", "-shm", "-journal"};

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The database file itself, canonical when it exists.
QString databaseFile(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}

} // namespace

QString OutputPath::resolve(const QString &target)
{
    QFileInfo info(QDir::cleanPath(QFileInfo(target).absoluteFilePath()));
    // A link named as the target (even one that points at nothing yet) is
    // followed, as writing through it would.
    for (int depth = 0; info.isSymLink(); ++depth) {
        if (depth >= 40)
            return QString();
        info = QFileInfo(QDir::cleanPath(info.symLinkTarget()));
    }
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    if (folder.isEmpty())
        return QString();
    return QDir(folder).filePath(info.fileName());
}

bool OutputPath::isDatabaseFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(16);
    if (head.size() == 16 && head.startsWith("SQLite format 3") && head.at(15) == '\0')
        return true;
    // A write-ahead log starts with 0x377f0682 or 0x377f0683 (big-endian).
    return head.size() >= 4 && quint8(head.at(0)) == 0x37 && quint8(head.at(1)) == 0x7f &&
           quint8(head.at(2)) == 0x06 && (quint8(head.at(3)) & 0xfe) == 0x82;
}

Status OutputPath::check(const QString &target, const QStringList &openDatabases)
{
    if (target.trimmed().isEmpty())
        return Status::failure(tr("No output file was given."));
    const QString resolved = resolve(target);
    if (resolved.isEmpty())
        return Status::failure(
            tr("Cannot write %1: its folder does not exist.").arg(shown(target)));
    const QFileInfo info(resolved);
    if (info.isDir())
        return Status::failure(tr("Cannot write %1: it is a folder.").arg(shown(target)));

    for (const QString &open : openDatabases) {
        if (open.contains(QLatin1String("://")))
            continue; // a server database has no file here
        const QString db = databaseFile(open);
        bool hit = resolved == db;
        for (const char *suffix : kCompanions)
            hit = hit || resolved == db + QLatin1String(suffix);
        if (hit)
            return Status::failure(tr("%1 is the open database %2 (or one of its files); "
                                      "writing there would destroy it. Choose another file "
                                      "name; nothing was written.")
                                       .arg(shown(target), shown(db)));
    }
    if (info.exists() && isDatabaseFile(resolved))
        return Status::failure(tr("%1 is a database file; Istiqbal never writes over a "
                                  "database. Choose another file name; nothing was written.")
                                   .arg(shown(target)));
    for (const char *suffix : kCompanions) {
        const QLatin1String s(suffix);
        if (resolved.endsWith(s) && isDatabaseFile(resolved.chopped(s.size())))
            return Status::failure(tr("%1 belongs to the database %2; Istiqbal never writes "
                                      "over a database. Choose another file name; nothing "
                                      "was written.")
                                       .arg(shown(target), shown(resolved.chopped(s.size()))));
    }
    return Status::success();
}
