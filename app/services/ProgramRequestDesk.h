// Where program requests are received and their requester's signed
// declaration recorded (issue 16, seed 000 steps 1 and 3): by the desk or the
// program officer (Action::ReceiveProgramRequests); the lists also suit the
// officer and the manager who study and decide on them later. Every input is
// checked (ProgramRequestRules, ProgramRequestFlow) and refused in words
// before anything is written; each action is one transaction with its audit row.
#pragma once

#include "core/ProgramRequest.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QVector>

class Database;
class Session;

class ProgramRequestDesk final
{
    Q_DECLARE_TR_FUNCTIONS(ProgramRequestDesk)

public:
    ProgramRequestDesk(Database &db, const Session &session) : m_db(db), m_session(session) {}

    // A request received now through its channel: from a recorded
    // organisation, or from a person whose record may still be used; for a
    // catalogue kind still offered, or described in words.
    Result<ProgramRequest> receive(const ProgramRequest &request);
    // The requester's declaration of the accuracy of what they gave, signed
    // by declarantName on declaredOn; the request read at version must be
    // Received.
    Result<ProgramRequest> recordDeclaration(qint64 id, int version, const QString &declarantName,
                                             const QDate &declaredOn);
    Result<ProgramRequest> get(qint64 id) const;
    // By state (any when query.states is empty), newest received first.
    Result<QVector<ListedProgramRequest>> list(const ProgramRequestQuery &query) const;

private:
    Status requireReader() const;
    Status checkRequester(const ProgramRequest &request) const;
    Status checkKind(const ProgramRequest &request) const;

    Database &m_db;
    const Session &m_session;
};
