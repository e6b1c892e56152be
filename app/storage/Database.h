// One open Istiqbal database: a named Qt Sql connection owned by this object
// and used only from the thread that opened it (open one Database per thread).
// The door the repositories use; the work is done by ConnectionOpener (opening
// and probing a file or a server), SchemaMigrator, Transactions,
// StatementCache and ChangeAnnouncer. Open a path, or on a PostgreSQL server
// "postgresql://user@host:port/dbname".
#pragma once

#include "core/Result.h"
#include "storage/ChangeAnnouncer.h"
#include "storage/ConnectionOpener.h"
#include "storage/DatabaseAddress.h"
#include "storage/SqlDialect.h"
#include "storage/StatementCache.h"
#include "storage/Transactions.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>

class QSqlError;
class QSqlQuery;
class QThread;

class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // The newest schema version this program understands.
    static int latestSchemaVersion();

    // Opens (creating when absent) and migrates the SQLite file at path, or
    // the PostgreSQL database at a postgresql:// address (the database must
    // exist on the server; its tables are created). Refuses, without changing
    // a byte, a file that is not a database, is damaged, belongs to another
    // program or was written by a newer Istiqbal, and likewise a server
    // database that holds another program's tables or a newer schema.
    // An existing empty (0-byte) file is refused: it is what a failed copy
    // leaves, not a database.
    Status open(const QString &location);
    // As open(), and an existing empty file also becomes a new database: for
    // what makes one on purpose (demo, the first administrator).
    Status openOrCreate(const QString &location);
    // As open(), but leaves the schema as it is (to look at a database before
    // deciding to change it); a new database stays empty.
    Status openWithoutMigrating(const QString &location);
    // Opens an SQLite file only to read it (check, search, reports, backup),
    // also when the file or its folder is read-only; the schema is left as
    // it is. A server database opens as with open().
    Status openReadOnly(const QString &location);
    bool isReadOnly() const { return m_readOnly; }
    // Closes and opens the same database again (after the server was away).
    Status reopen();
    void close();

    bool isOpen() const;
    bool isServer() const { return m_address.isServer(); }
    // The file path, or the server address without its password.
    const QString &path() const { return m_path; }
    // What to give open() for another connection to the same database (a
    // worker thread's): the address as given, which may hold a password, so
    // keep it in memory only; never show or store it.
    QString location() const { return m_address.isServer() ? m_location : m_path; }
    const QString &connectionName() const { return m_name; }
    const SqlDialect &dialect() const { return m_dialect; }
    int schemaVersion() const { return m_schemaVersion; }

    // The connection, for the repositories; valid only on the opening thread.
    QSqlDatabase connection() const;

    // Runs work inside one write transaction (BEGIN IMMEDIATE ... COMMIT).
    // Rolls back when work returns a failure or throws (the exception goes on).
    // Nested calls become savepoints of the outer transaction.
    Status transaction(const std::function<Status()> &work);
    // Also true between beginWrite() and endWrite().
    bool inTransaction() const { return m_transactions.active(); }

    // Runs one statement without parameters (schema, pragmas).
    Status execute(const QString &sql, const QString &failureSentence);
    // A forward-only statement prepared on this connection once and kept for
    // the next call with the same SQL (the statementCacheSize most recently
    // used; closing forgets them): for the searches that run as the person
    // types, where SQLite spends longer preparing a statement than running it
    // (issue 7). Bind, exec, read, then finish() it so that it holds no read
    // snapshot. Valid until the next call or close().
    Result<QSqlQuery *> cachedStatement(const QString &sql, const QString &failureSentence);
    static constexpr int statementCacheSize = 32;
    // Starts a write transaction outside transaction() (BulkWriter's batches),
    // ended by endWrite(); transaction() inside it becomes a savepoint.
    Status beginWrite();
    // Commits (or rolls back) what beginWrite() started.
    Status endWrite(bool commit);

    // Tells the other desks that a record changed (entity "case", "referral"
    // or "beneficiary"; caseId for a referral). Inside a transaction it is
    // delivered when the transaction commits and dropped when it rolls back.
    // On PostgreSQL it goes through NOTIFY to every connection listening (see
    // ChangeNotifier); on SQLite to the other connections in this process.
    Status notifyChange(const QString &entity, qint64 id, qint64 caseId = 0);
    // Identifies this connection's changes among the notifications.
    const QString &origin() const { return m_changes.origin(); }

    // Logs the driver's English text and returns sentence plus that detail;
    // a lost server connection gives Status::Code::ConnectionLost.
    static Status sqlFailure(const QString &sentence, const QSqlError &error);
    // The same for a statement that failed; a connection the driver closed
    // after losing the server also gives Status::Code::ConnectionLost.
    static Status sqlFailure(const QString &sentence, const QSqlQuery &query);

    // A failure on this database's connection, as its engine means it: on a
    // local file never a lost connection.
    Status engineFailure(const QString &sentence, const QSqlError &error) const;

private:
    Status notOpen() const;
    struct OpenWay
    {
        bool readOnly = false;
        bool migrate = true;
        bool emptyIsNew = false;
    };
    Status openLocation(const QString &location, OpenWay way);
    Status openAddress(const QString &location);
    Status openFile(const QString &path);
    Status openServer();
    // Takes an opened connection on and brings its schema up to date.
    Status adopt(const ConnectionOpener::Opened &opened);

    QString m_name;
    QString m_path;
    QString m_location;
    DatabaseAddress m_address;
    SqlDialect m_dialect;
    QThread *m_thread = nullptr;
    int m_schemaVersion = 0;
    bool m_migrate = true;
    bool m_readOnly = false;
    bool m_emptyIsNew = false;
    StatementCache m_statements{statementCacheSize};
    ChangeAnnouncer m_changes;
    Transactions m_transactions{*this, m_changes};
};
