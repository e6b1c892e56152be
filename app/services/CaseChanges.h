// Tells a list page that another desk changed a case or a referral, once the
// changes have settled (a short quiet time, so a burst of saves reloads the
// list once). Only for a session that may see cases: the page reloads through
// its own services, which check again. Wraps storage's ChangeNotifier, so the
// screens need not know how the database announces changes.
#pragma once

#include "core/Result.h"

#include <QObject>

class ChangeNotifier;
class Database;
class QTimer;
class Session;

class CaseChanges final : public QObject
{
    Q_OBJECT

public:
    // The quiet time after the last change before changed() is emitted.
    static constexpr int settleMs = 300;

    CaseChanges(Database &db, const Session &session, QObject *parent = nullptr);
    ~CaseChanges() override;

    // Starts listening, or again after the connection came back
    // (Database::reopen()). Refused for a session that may not see cases; a
    // database that cannot announce changes says why (the page then relies on
    // reading again now and then).
    Status listen();

signals:
    // Cases or referrals changed elsewhere since the last emission.
    void changed();

private:
    const Session &m_session;
    ChangeNotifier *m_notifier = nullptr;
    QTimer *m_settle = nullptr;
};
