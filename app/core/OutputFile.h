// A file Istiqbal writes (PDF, CSV, backup, demo database): written to a
// temporary file beside the target, flushed to disk and only then renamed into
// place, so a crash, a full disk or a refusing device leaves either the whole
// new file or nothing. The target is checked first by OutputPath.
//
//   OutputFile out(path, OutputFile::Existing::Replace, {db.path()});
//   if (Status s = out.open(); !s) ...
//   write into out.device() (or, for SQLite, into out.handOverPath())
//   if (Status s = out.commit(); !s) ...   // says why; nothing is left behind
//
// Not QSaveFile: writers that need a file name (VACUUM INTO, a new SQLite
// database, QPrinter) use the same temporary, and the temporary's name carries
// the writer's process id so that the next write can clear what a killed one
// left behind.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <QStringList>

class OutputFile final
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)

public:
    enum class Existing
    {
        Replace, // an existing file at the target is replaced (reports, exports)
        Refuse   // the target must not exist, also at the moment of the rename (backups)
    };

    explicit OutputFile(QString target, Existing existing = Existing::Replace,
                        QStringList openDatabases = {});
    ~OutputFile(); // an uncommitted temporary file is removed
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    // Checks the target and creates the empty temporary file beside it.
    Status open();
    // The temporary file, open for writing (streaming writers).
    QIODevice *device() { return &m_file; }
    // For writers that open the file themselves (SQLite, QPrinter): closes
    // device() and gives the temporary file's name (an empty file). The
    // writer must have closed it again before commit().
    QString handOverPath();
    // The path given and the file it names once links are followed.
    const QString &target() const { return m_target; }

    // Flushes and syncs the temporary file, then renames it onto the target.
    // On any failure the temporary file is removed and the reason says so.
    Status commit();
    // Removes the temporary file (and an SQLite journal beside it).
    void discard();

private:
    Status failed(const QString &why);

    QString m_target;
    QString m_resolved;
    Existing m_existing;
    QStringList m_openDatabases;
    QString m_temporary;
    QFile m_file;
    bool m_committed = false;
};
