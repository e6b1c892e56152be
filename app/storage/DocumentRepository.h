// A beneficiary's document checklist: one row per document type, saying
// whether it was provided and verified and when it expires.
#pragma once

#include "core/Result.h"
#include "core/Service.h"

#include <QCoreApplication>
#include <QVector>

class Database;

class DocumentRepository final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentRepository)

public:
    explicit DocumentRepository(Database &db) : m_db(db) {}

    // Inserts or replaces the beneficiary's row for d.typeCode.
    Result<Document> save(const Document &d, qint64 actorId);
    Result<QVector<Document>> forBeneficiary(qint64 beneficiaryId) const;
    // Provided documents expiring in [from, to), soonest first, paged.
    Result<QVector<Document>> expiring(const QDate &from, const QDate &to, int limit = 100,
                                       int offset = 0) const;

private:
    Database &m_db;
};
