// The log of people's requests about their own data (DOMAIN.md 6.4): each
// request recorded and closed in one transaction with its audit row, whose
// details hold no personal value (the details and outcome stay in the table,
// where destroying the person's data can reach them).
#pragma once

#include "core/DataRequest.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QVector>

class Database;

class DataRequestRepository final
{
    Q_DECLARE_TR_FUNCTIONS(DataRequestRepository)

public:
    explicit DataRequestRepository(Database &db) : m_db(db) {}

    // Stores a checked request (the service checks it) with its audit row;
    // gives it back with its id and version 1.
    Result<DataRequest> create(const DataRequest &request, qint64 actorId);
    Result<DataRequest> get(qint64 id) const;
    // Open ones first, earliest due first; then closed ones, latest closed first.
    Result<QVector<ListedDataRequest>> list(const DataRequestQuery &query) const;
    // Closes the request read at version with what was done; refused when it
    // was closed or changed since.
    Result<DataRequest> close(qint64 id, int version, const QString &outcome, qint64 actorId);

private:
    Result<QVector<ListedDataRequest>> select(const QString &tail,
                                              const QVariantList &values) const;

    Database &m_db;
};
