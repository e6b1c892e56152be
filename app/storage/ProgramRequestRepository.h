// Program requests as kept (issue 16): each received with its attachments
// checklist, and each later step (the declaration first), in one transaction
// with its audit row. The checks are the service's (ProgramRequestRules,
// ProgramRequestFlow); here a stale version is refused.
#pragma once

#include "core/ProgramRequest.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QVector>

class Database;

class ProgramRequestRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ProgramRequestRepository)

public:
    explicit ProgramRequestRepository(Database &db) : m_db(db) {}

    // Stores a checked request as Received now, by actorId; gives it back
    // with its id and version 1.
    Result<ProgramRequest> create(const ProgramRequest &request, qint64 actorId);
    Result<ProgramRequest> get(qint64 id) const;
    // Newest received first.
    Result<QVector<ListedProgramRequest>> list(const ProgramRequestQuery &query) const;
    // Records the signed declaration on the request read at version and
    // moves it to Declared.
    Result<ProgramRequest> declare(qint64 id, int version, const QString &declarantName,
                                   const QDate &declaredOn, qint64 actorId);

private:
    Result<QVector<ListedProgramRequest>> select(const QString &tail,
                                                 const QVariantList &values) const;
    Status readAttachments(ProgramRequest &request) const;

    Database &m_db;
};
