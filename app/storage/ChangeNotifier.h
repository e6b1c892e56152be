// Tells a desk that another desk changed a case, a referral or a beneficiary,
// so queues and open records can refresh without polling.
//
// On PostgreSQL it LISTENs on the Database's connection: the repositories send
// NOTIFY inside the writing transaction (Database::notifyChange), so a change
// is announced when, and only when, it is committed, usually within
// milliseconds. On SQLite (one desk) it hears the other connections of the
// same process. Changes made through the Database it watches are not
// announced back to it. Signals arrive in the thread of that Database, which
// needs a running event loop.
//
//   ChangeNotifier notifier(db);
//   notifier.start();
//   connect(&notifier, &ChangeNotifier::referralChanged, queue, &Queue::reload);
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QSqlDriver>

class Database;

class ChangeNotifier final : public QObject
{
    Q_OBJECT

public:
    explicit ChangeNotifier(Database &db, QObject *parent = nullptr);
    ~ChangeNotifier() override;

    // Starts listening (again, after Database::reopen()). A failure says why.
    Status start();
    void stop();
    bool isListening() const { return m_listening; }

signals:
    // A case was created or saved elsewhere (its step, status or fields).
    void caseChanged(qint64 caseId);
    // A referral was made, answered or picked up elsewhere.
    void referralChanged(qint64 referralId, qint64 caseId);
    void beneficiaryChanged(qint64 beneficiaryId);
    // Any of the above; for a view that simply reloads.
    void changed();

private:
    void onServerNotification(const QString &name, QSqlDriver::NotificationSource source,
                              const QVariant &payload);
    void onLocalChange(const QString &database, const QString &payload);
    void deliver(const QString &payload);

    Database &m_db;
    QPointer<QSqlDriver> m_driver;
    QMetaObject::Connection m_connection;
    bool m_listening = false;
    bool m_subscribed = false;
};
