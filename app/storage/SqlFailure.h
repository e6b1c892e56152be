// How a failed statement reads to a person: the sentence, the driver's detail,
// and whether a server connection was lost (Status::Code::ConnectionLost).
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QLoggingCategory>

class QSqlError;
class QSqlQuery;

// The storage layer's log: drivers' texts stay in English here.
Q_DECLARE_LOGGING_CATEGORY(lcDatabase)

class SqlFailure final
{
    Q_DECLARE_TR_FUNCTIONS(SqlFailure)

public:
    // Logs the driver's English text and returns sentence plus that detail;
    // on a server, a lost connection gives Status::Code::ConnectionLost. A
    // local file has no connection to lose (server false).
    static Status of(const QString &sentence, const QSqlError &error, bool server);
    // The same for a statement that failed; a connection the driver closed
    // after losing the server also gives Status::Code::ConnectionLost.
    static Status ofQuery(const QString &sentence, const QSqlQuery &query);
    // A server that went away, as opposed to a statement the server refused.
    static bool isConnectionLoss(const QSqlError &error);
    // "The connection to the database server was lost; nothing of this was
    // saved." as a failure of its own.
    static Status connectionLost();

private:
    static QString lostSentence();
};
