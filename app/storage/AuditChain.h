// The hash chain that makes the audit log tamper-evident (issue 11): each row
// carries the SHA-256 of its own content together with the previous row's
// hash, as transparency logs do, and the audit_chain table keeps the last
// row's number, hash and the row count, written in the same transaction as
// the row, so that removing the last rows shows too.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>

class Database;
class QSqlQuery;

// One audit row exactly as stored: the values its hash is taken of.
struct AuditLink
{
    qint64 id = 0;
    qint64 atMs = 0;
    QVariant userId; // null: the system
    QString action;
    QString entity;
    QVariant entityId; // null: none
    QString details;
    QString prevHash; // empty for the first row
    QString hash;
};

// Where the chain ends, as recorded with the last row written.
struct AuditChainHead
{
    bool present = false; // false: no row was ever written through the chain
    qint64 lastId = 0;
    qint64 rowCount = 0;
    QString hash;
};

class AuditChain final
{
    Q_DECLARE_TR_FUNCTIONS(AuditChain)

public:
    // The hex SHA-256 of the row's content and prevHash (not of hash).
    static QString seal(const AuditLink &link);

    // Reads the head and the number the next row takes, then (after the
    // caller inserted the row) records the new head. Call both inside the
    // write transaction that holds the write lock, so that two desks never
    // append after the same head.
    static Result<AuditChainHead> head(Database &db);
    static Result<qint64> nextId(Database &db, const AuditChainHead &head);
    static Status advance(Database &db, const AuditChainHead &from, const AuditLink &appended);

    // For the migration that introduced the chain: hashes the rows already
    // there in the order of their numbers, so that an old database chains
    // from its first row. Runs inside the migration's transaction.
    static Status sealExisting(Database &db);

    // The row's columns for a SELECT, and the row read from such a query.
    static QString columns();
    static AuditLink read(const QSqlQuery &query);
};
