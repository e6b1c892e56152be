// Makes the named Qt Sql connection behind a Database, prepared for use: to a
// SQLite file after looking at it read-only, or to a PostgreSQL server.
#pragma once

#include "core/Result.h"
#include "storage/DatabaseAddress.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QString>

class QSqlDatabase;

class ConnectionOpener final
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionOpener)

public:
    // A connection opened and prepared; the schema is not yet looked at on
    // a file, and is known to be Istiqbal's (or absent) on a server.
    struct Opened
    {
        QString name;
        QString path; // the file's absolute path, or the server's address shown
        SqlDialect dialect;
    };

    // Refuses, without changing a byte, an existing file that is not an
    // Istiqbal database, is damaged, is empty (unless emptyIsNew) or was
    // written by a newer Istiqbal; and a file this user cannot change unless
    // readOnly. A missing file is created (not when readOnly).
    static Result<Opened> openFile(const QString &path, bool readOnly, bool emptyIsNew);
    // Connects, then refuses a database holding another program's tables or
    // a newer schema.
    static Result<Opened> openServer(const DatabaseAddress &address);
    // Closes and removes a connection opened here, and lets go of its file.
    static void drop(const QString &name);

private:
    static Status checkFile(const QString &path, bool readOnly, bool emptyIsNew);
    static Status connectFile(const QString &name, const QString &path, bool readOnly,
                              SqlDialect *dialect);
    static Status connectServer(const QString &name, const DatabaseAddress &address,
                                SqlDialect *dialect);
    static Status probeFile(const QString &path, bool emptyIsNew);
    static Status probeServer(const QSqlDatabase &db, const SqlDialect &dialect,
                              const QString &shown);
    static Status configure(const QSqlDatabase &db, const SqlDialect &dialect, bool server,
                            bool readOnly, const QString &path);
};
