// What `istiqbal check` verifies, on both engines: a file that is whole,
// SQLite's own integrity and foreign keys, every table, index and trigger the
// schema's migrations create (and, on SQLite, unchanged), counts that must
// agree, no interrupted demo fill, and the audit trail's hash chain. Each check
// is one step that adds what is wrong, in words; a new check is one more entry
// in steps().
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

class Database;
class SqlDialect;

// What the check found: nothing wrong when findings is empty.
struct DatabaseCheckReport
{
    QStringList findings;
    qint64 auditEntries = 0; // audit rows verified in their chain
    bool intact() const { return findings.isEmpty(); }
};

class DatabaseCheck final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCheck)

public:
    // Adds what is wrong to the report; a failure only when it could not
    // look at all (then the database cannot pass).
    using Step = Status (*)(Database &db, DatabaseCheckReport &report);
    struct NamedStep
    {
        const char *name;
        Step run;
    };
    // Every step, in the order run() takes them.
    static const QVector<NamedStep> &steps();

    // Runs every step: the report, or a failure when a step could not run.
    static Result<DatabaseCheckReport> run(Database &db);
    // SQLite's integrity_check and foreign_key_check (on a server, what it
    // offers): a failure says what is wrong, stopping at the first kind.
    static Status integrityOf(const Database &db);

    // One schema object: kind is "table", "index", "trigger" or "function".
    struct SchemaObject
    {
        QString kind;
        QString name;
        QString sql; // the statement that creates it
        bool operator==(const SchemaObject &o) const { return kind == o.kind && name == o.name; }
    };
    // What the migrations up to version create on this engine, less what a
    // later migration drops: read from the migrations themselves, so it
    // cannot drift from them.
    static QVector<SchemaObject> expectedObjects(const SqlDialect &dialect, int version);

    // The key under settings that a demo fill holds while it runs.
    static QString demoFillingKey();

    static Status wholeFile(Database &db, DatabaseCheckReport &report);
    static Status integrity(Database &db, DatabaseCheckReport &report);
    static Status schemaObjects(Database &db, DatabaseCheckReport &report);
    static Status searchKeys(Database &db, DatabaseCheckReport &report);
    static Status unfinishedDemo(Database &db, DatabaseCheckReport &report);
    static Status auditChain(Database &db, DatabaseCheckReport &report);
};
