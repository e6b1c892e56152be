// Where the manager and the administrator record people's requests about
// their own data and close them with what was done (DOMAIN.md 6.4, issue 13).
// Every call needs Action::HandleDataRequests; every input is checked and
// refused in words before anything is written.
#pragma once

#include "core/DataRequest.h"
#include "core/Result.h"
#include "storage/DataRequestRepository.h"

#include <QCoreApplication>

class Database;
class Session;

class DataRequestDesk final
{
    Q_DECLARE_TR_FUNCTIONS(DataRequestDesk)

public:
    // A request recorded more than this many days after it was received is
    // a typing mistake, not a late entry.
    static constexpr int oldestReceivedDays = 365;
    // The most a request's details or its outcome may hold, in characters.
    static constexpr int maxTextLength = 2000;

    DataRequestDesk(Database &db, const Session &session) : m_db(db), m_session(session) {}

    // Checks and stores a new request: a known person whose data still
    // exists, a kind, a channel, the day it was received (not after today,
    // not over a year ago) and optional details; the due date is set here.
    Result<DataRequest> record(const DataRequest &request);
    // Closes the request read at version with what was done (required).
    Result<DataRequest> close(qint64 id, int version, const QString &outcome);
    Result<DataRequest> get(qint64 id) const;
    Result<QVector<ListedDataRequest>> list(const DataRequestQuery &query) const;

    static bool isOverdue(const DataRequest &request, const QDate &today)
    {
        return request.isOpen() && request.dueOn < today;
    }

private:
    Database &m_db;
    const Session &m_session;
};
