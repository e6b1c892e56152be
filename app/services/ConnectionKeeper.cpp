#include "services/ConnectionKeeper.h"

#include "storage/Database.h"

#include <QTimer>

ConnectionKeeper::ConnectionKeeper(Database &db, QObject *parent)
    : QObject(parent), m_db(db), m_timer(new QTimer(this))
{
    m_timer->setInterval(defaultRetryIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &ConnectionKeeper::retryNow);
}

void ConnectionKeeper::setRetryInterval(int ms)
{
    m_timer->setInterval(qMax(10, ms));
}

void ConnectionKeeper::reportLost(const QString &reason)
{
    m_lastFailure = reason;
    if (m_lost)
        return;
    m_lost = true;
    m_attempts = 0;
    m_timer->start();
    emit lost(reason);
}

bool ConnectionKeeper::retryNow()
{
    if (!m_lost)
        return true;
    ++m_attempts;
    const Status reopened = m_db.reopen();
    if (!reopened) {
        m_lastFailure = reopened.error();
        emit retryFailed(m_lastFailure);
        return false;
    }
    m_timer->stop();
    m_lost = false;
    m_lastFailure.clear();
    emit restored();
    return true;
}
