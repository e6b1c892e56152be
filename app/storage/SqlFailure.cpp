#include "storage/SqlFailure.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcDatabase, "istiqbal.storage")

bool SqlFailure::isConnectionLoss(const QSqlError &error)
{
    if (error.type() == QSqlError::ConnectionError)
        return true;
    const QString code = error.nativeErrorCode();
    // SQLSTATE class 08 (connection exception), 57P01-57P03 (server shutting
    // down or starting).
    if (code.startsWith(QLatin1String("08")) || code.startsWith(QLatin1String("57P0")))
        return true;
    // libpq reports a dropped connection without a SQLSTATE.
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    for (const char *sign : {"server closed the connection", "no connection to the server",
                             "terminating connection", "could not receive data from server",
                             "could not send data to server", "connection to server"}) {
        if (text.contains(QLatin1String(sign), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString SqlFailure::lostSentence()
{
    return tr("The connection to the database server was lost; nothing of this was saved.");
}

Status SqlFailure::connectionLost()
{
    return Status::failure(lostSentence(), Status::Code::ConnectionLost);
}

// A local file has no connection to lose: QSQLITE reports a file it cannot
// open as a "connection error", which must not read as a lost server.
Status SqlFailure::of(const QString &sentence, const QSqlError &error, bool server)
{
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    qCWarning(lcDatabase).noquote() << sentence << "| driver:" << detail;
    if (server && isConnectionLoss(error))
        return Status::failure(sentence + QLatin1Char(' ') + lostSentence(),
                               Status::Code::ConnectionLost);
    if (detail.trimmed().isEmpty())
        return Status::failure(sentence);
    return Status::failure(sentence + QLatin1Char(' ') +
                           tr("(Technical detail: %1)").arg(detail.trimmed()));
}

Status SqlFailure::ofQuery(const QString &sentence, const QSqlQuery &query)
{
    const QSqlDriver *driver = query.driver();
    if (driver && driver->dbmsType() == QSqlDriver::SQLite)
        return of(sentence, query.lastError(), false);
    if (driver && !driver->isOpen() && !isConnectionLoss(query.lastError())) {
        qCWarning(lcDatabase).noquote() << sentence << "| the connection is closed";
        return Status::failure(sentence + QLatin1Char(' ') + lostSentence(),
                               Status::Code::ConnectionLost);
    }
    return of(sentence, query.lastError(), true);
}
