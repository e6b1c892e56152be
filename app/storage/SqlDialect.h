// The one place that knows which SQL engine is on the other end. Everything
// else in app/storage writes SQL that runs unchanged on SQLite and PostgreSQL
// (integer keys, epoch-millisecond times, ISO dates, RETURNING, ON CONFLICT,
// row values); what differs lives here.
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

    // Statements run once on every new connection (pragmas).
    QStringList connectionSetup() const;

    // Starts a write transaction that takes the write lock at once, so two
    // desks never both read and then fail to write.
    QString beginWrite() const;

    // Schema text with placeholders replaced: {pk} is an auto-numbered integer
    // primary key.
    QString expand(const QString &schemaSql) const;

    // Where the schema version lives (PRAGMA user_version on SQLite).
    QString readSchemaVersion() const;
    // How many tables the database holds (0 for a new file).
    QString countTables() const;
    QString writeSchemaVersion(int version) const;

    // Statements that make a table refuse UPDATE and DELETE.
    QStringList appendOnlyTriggers(const QString &table) const;

    // Online copy of the whole database into a new file (bind the path).
    QString backupInto() const;
    QString integrityCheck() const;
    QString foreignKeyCheck() const;
    QString explainQueryPlan() const;

    // The smallest string greater than every string that starts with prefix,
    // for index-friendly prefix ranges (key >= prefix AND key < upper).
    QString prefixUpperBound(const QString &prefix) const;

private:
    Engine m_engine;
};
