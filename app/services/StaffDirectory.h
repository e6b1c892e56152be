// The names of the association's staff for the screens that show who did
// something (who received a case, referred it, recorded a delivery). Any
// signed-in person may read them; accounts no longer active keep their names,
// since old records still point at them.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

class Database;
class Session;

class StaffDirectory final
{
    Q_DECLARE_TR_FUNCTIONS(StaffDirectory)

public:
    StaffDirectory(Database &db, const Session &session) : m_db(db), m_session(session) {}

    // Every account's display name by id (the staff of an association is small).
    Result<QHash<qint64, QString>> names() const;
    // One person's display name; empty for 0 (nobody, or the system).
    Result<QString> name(qint64 userId) const;

private:
    Status mayRead() const;

    Database &m_db;
    const Session &m_session;
};
