#include "storage/ChangeNotifier.h"

#include "storage/ChangeHub.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QVariant>

ChangeHub &ChangeHub::instance()
{
    static ChangeHub hub;
    return hub;
}

ChangeNotifier::ChangeNotifier(Database &db, QObject *parent) : QObject(parent), m_db(db) {}

ChangeNotifier::~ChangeNotifier()
{
    stop();
}

Status ChangeNotifier::start()
{
    stop();
    if (!m_db.isOpen())
        return Status::failure(Database::tr("The database is not open."));
    if (!m_db.isServer()) {
        m_connection = connect(&ChangeHub::instance(), &ChangeHub::posted, this,
                               &ChangeNotifier::onLocalChange);
        m_listening = true;
        return Status::success();
    }
    QSqlDriver *driver = m_db.connection().driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications))
        return Status::failure(
            tr("This database connection cannot tell about changes made at other desks."));
    const QString channel = SqlDialect::changeChannel();
    if (!driver->subscribedToNotifications().contains(channel)) {
        if (!driver->subscribeToNotification(channel))
            return Database::sqlFailure(tr("Cannot listen for changes made at other desks."),
                                        driver->lastError());
        m_subscribed = true;
    }
    m_driver = driver;
    m_connection =
        connect(driver, &QSqlDriver::notification, this, &ChangeNotifier::onServerNotification);
    m_listening = true;
    return Status::success();
}

void ChangeNotifier::stop()
{
    if (m_connection)
        disconnect(m_connection);
    m_connection = {};
    if (m_driver && m_subscribed)
        m_driver->unsubscribeFromNotification(SqlDialect::changeChannel());
    m_driver.clear();
    m_subscribed = false;
    m_listening = false;
}

void ChangeNotifier::onServerNotification(const QString &name, QSqlDriver::NotificationSource,
                                          const QVariant &payload)
{
    if (name == SqlDialect::changeChannel())
        deliver(payload.toString());
}

void ChangeNotifier::onLocalChange(const QString &database, const QString &payload)
{
    if (m_db.isOpen() && database == m_db.path())
        deliver(payload);
}

void ChangeNotifier::deliver(const QString &payload)
{
    // "origin entity id caseId" (Database::notifyChange).
    const QStringList parts = payload.split(QLatin1Char(' '));
    if (parts.size() != 4)
        return;
    if (parts.at(0) == m_db.origin())
        return; // this desk's own change
    const QString &entity = parts.at(1);
    const qint64 id = parts.at(2).toLongLong();
    const qint64 caseId = parts.at(3).toLongLong();
    if (entity == QLatin1String("case"))
        emit caseChanged(id);
    else if (entity == QLatin1String("referral"))
        emit referralChanged(id, caseId);
    else if (entity == QLatin1String("beneficiary"))
        emit beneficiaryChanged(id);
    else
        return;
    emit changed();
}
