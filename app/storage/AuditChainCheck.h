// Verifies the audit trail's hash chain (AuditChain) from its first row to its
// recorded end, and names the first row that does not fit: a row changed,
// removed, inserted or replaced by any SQL, or the last rows removed. For
// `istiqbal check`, the database check and the audit viewer.
//
// What it cannot see: someone with full write access to the database who
// recomputes every hash after their change and rewrites the recorded end too
// (the method is not secret). Only a copy of the end kept elsewhere (a
// backup's, or one written down) shows that.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

class Database;

struct AuditChainReport
{
    qint64 rows = 0;       // rows that fit, in order, before the first that does not
    qint64 firstBadId = 0; // the first row that does not fit (0 when intact)
    QString problem;       // in words; empty when intact
    QString headHash;      // the last row's hash (empty for an empty trail)
    bool intact() const { return problem.isEmpty(); }
};

class AuditChainCheck final
{
    Q_DECLARE_TR_FUNCTIONS(AuditChainCheck)

public:
    explicit AuditChainCheck(Database &db) : m_db(db) {}

    // Walks the whole trail. A failure only when it cannot be read; a broken
    // chain is a report with the problem.
    Result<AuditChainReport> run() const;
    // The same as one Status: a failure says what is wrong and where.
    Status status() const;

private:
    Database &m_db;
};
