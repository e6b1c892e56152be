// The one place that knows which SQL engine is on the other end. Everything
// else in app/storage writes SQL that runs unchanged on SQLite and PostgreSQL
// (integer keys, epoch-millisecond times, ISO dates, RETURNING, ON CONFLICT,
// row values); what differs lives here.
//
// Write transactions: SQLite's BEGIN IMMEDIATE takes the database's one write
// lock at the start, so writers run one after another while readers go on.
// PostgreSQL does the same here: READ COMMITTED plus a transaction-scoped
// advisory lock taken first (beginWrite()). Every statement after it sees what
// earlier writers committed, so a read-then-write (a version check, the next
// ticket number) can never lose an update, and no transaction has to be retried
// the way SERIALIZABLE would demand. Saves at a front desk are a few
// milliseconds each, so one writer at a time costs nothing noticeable; readers
// (search, lists) never wait for it.
#pragma once

#include <QString>
#include <QStringList>

class SqlDialect final
{
public:
    enum class Engine
    {
        SQLite,
        PostgreSQL
    };

    explicit SqlDialect(Engine engine = Engine::SQLite) : m_engine(engine) {}
    static SqlDialect forDriver(const QString &driverName);

    Engine engine() const { return m_engine; }
    bool isSQLite() const { return m_engine == Engine::SQLite; }
    bool isPostgreSQL() const { return m_engine == Engine::PostgreSQL; }
    // The Qt Sql driver of the engine.
    QString driverName() const;

    // Statements run once on every new connection (pragmas, session settings).
    QStringList connectionSetup() const;
    // Turns on the write-ahead log and answers the journal mode now in force
    // ("wal"); empty where the server keeps its own log.
    QString writeAheadLog() const;

    // Starts a write transaction that takes the write lock at once, so two
    // desks never both read and then fail (or forget) to write.
    QStringList beginWrite() const;

    // Schema text with placeholders replaced: {pk} is an auto-numbered integer
    // primary key; {key} is text compared byte by byte (code point order), for
    // the columns searched by prefix ranges.
    QString expand(const QString &schemaSql) const;

    // Whether the schema version can be read (a new PostgreSQL database has no
    // schema_version table yet): one row, a count > 0 when it can.
    QString schemaVersionReadable() const;
    // Where the schema version lives (PRAGMA user_version on SQLite).
    QString readSchemaVersion() const;
    // How many tables the database holds (0 for a new file).
    QString countTables() const;
    QString writeSchemaVersion(int version) const;

    // Statements that make a table refuse UPDATE and DELETE.
    QStringList appendOnlyTriggers(const QString &table) const;

    // Online copy of the whole database into a new file (bind the path); empty
    // when the engine's own tools make backups (pg_dump on a server).
    QString backupInto() const;
    QString integrityCheck() const;
    QString foreignKeyCheck() const;
    QString explainQueryPlan() const;
    // Whether EXPLAIN needs the values written into the statement (PostgreSQL
    // cannot prepare an EXPLAIN with parameters).
    bool explainNeedsLiterals() const { return m_engine == Engine::PostgreSQL; }
    // A plan line that reads a whole table, e.g. "SCAN b" or "Seq Scan on b".
    QString tableScanPattern() const;

    // Statements that refresh the planner's statistics after a bulk load.
    QStringList afterBulkLoad() const;

    // Tells the other connections that something changed, delivered when the
    // transaction commits (bind the payload). Empty when the engine has no
    // such channel (SQLite: Database signals within the process instead).
    QString notifyChange() const;
    static QString changeChannel();

    // Every table, index, trigger and function of the database as rows of
    // (kind, name, the statement that created it where the engine keeps it).
    QString schemaObjects() const;
    // The names of the tables in the database (one per row).
    QString listTables() const;
    // Which table refers to which through a foreign key: rows of (table,
    // referenced table).
    QString tableReferences() const;
    // After rows were copied with their ids: makes the table's automatic ids
    // continue after the highest one (bind nothing). Empty on SQLite.
    QString resetIdentity(const QString &table) const;

    // The smallest string greater than every string that starts with prefix,
    // for index-friendly prefix ranges (key >= prefix AND key < upper).
    QString prefixUpperBound(const QString &prefix) const;

private:
    Engine m_engine;
};
