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
    QStringList actions; // empty: any
    // 0: any; else only entries about the beneficiary (their record and
    // documents) and about their cases
    qint64 beneficiaryId = 0;
    QDateTime from; // inclusive, invalid: open
    QDateTime to;   // exclusive, invalid: open
    int limit = 100;
    int offset = 0;
};

// The latest entry about one record: who saved it last, and when.
struct LastChange
{
    qint64 userId = 0; // 0: the system, or no entry
    QString userName;  // display name; empty when unknown
    QDateTime at;      // invalid when the record has no entry
    QString action;
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

    // Who changed the record last with one of actions (any action when
    // empty), and when: for the refusal of a stale save.
    Result<LastChange> lastChange(const QString &entity, qint64 entityId,
                                  const QStringList &actions = {}) const;

    // The refusal of a save made on a stale copy: says who saved the record
    // since and when (byWhomAndWhen takes %1 the name and %2 the time; when
    // takes %1 the time; unknown is for a record without such an entry), and
    // carries Status::Code::Stale so the caller can offer to reload.
    Status staleRefusal(const QString &entity, qint64 entityId, const QStringList &actions,
                        const QString &byWhomAndWhen, const QString &when,
                        const QString &unknown) const;

private:
    Database &m_db;
};
