// Restricting the processing of a person's data while a dispute is settled,
// and lifting it, each with a reason (issue 13): for the manager and the
// administrator (Action::HandleDataRequests). While restricted, the desk's
// services refuse new work with the person's data (ProcessingRestriction).
#pragma once

#include "core/Beneficiary.h"
#include "core/Result.h"

#include <QCoreApplication>

class Database;
class Session;

class RestrictionDesk final
{
    Q_DECLARE_TR_FUNCTIONS(RestrictionDesk)

public:
    RestrictionDesk(Database &db, const Session &session) : m_db(db), m_session(session) {}

    Result<Beneficiary> restrict(qint64 beneficiaryId, const QString &reason);
    Result<Beneficiary> lift(qint64 beneficiaryId, const QString &reason);

private:
    Result<Beneficiary> set(qint64 beneficiaryId, bool restricted, const QString &reason);

    Database &m_db;
    const Session &m_session;
};
