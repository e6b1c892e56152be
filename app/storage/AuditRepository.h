// The append-only audit log: who did what to which record, when. Repositories
// append inside the transaction of the change they record.
#pragma once

#include "core/Result.h"
#include "core/User.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QVector>

class Database;

struct AuditQuery
{
    QString entity;      // empty: any
    qint64 entityId = 0; // 0: any (used with entity)
    qint64 userId = 0;   // 0: any
    // 0: any; else only entries about the beneficiary (their record and
    // documents) and about their cases
    qint64 beneficiaryId = 0;
    QDateTime from;      // inclusive, invalid: open
    QDateTime to;        // exclusive, invalid: open
    int limit = 100;
    int offset = 0;
};

class AuditRepository final
{
    Q_DECLARE_TR_FUNCTIONS(AuditRepository)

public:
    explicit AuditRepository(Database &db) : m_db(db) {}

    // Appends one entry (at defaults to the clock's now). Returns its id.
    Result<qint64> append(const AuditEntry &entry);
    // Convenience used by the repositories; actorId 0 is "the system".
    Status record(qint64 actorId, const QString &action, const QString &entity, qint64 entityId,
                  const QJsonObject &details = {});

    // Newest first, paged.
    Result<QVector<AuditEntry>> query(const AuditQuery &query) const;

private:
    Database &m_db;
};
