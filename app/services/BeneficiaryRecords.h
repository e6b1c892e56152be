// What the window reads about the people the association serves: finding a
// person as the receptionist types, a person's record and their documents for
// their file. Every read of a person's data goes through here, so that who
// may read it is checked in one place (Action::ViewCases).
#pragma once

#include "core/Beneficiary.h"
#include "core/Result.h"
#include "core/Service.h"
#include "storage/BeneficiarySearch.h"

#include <QVector>

class Database;
class Session;

class BeneficiaryRecords final
{
public:
    BeneficiaryRecords(Database &db, const Session &session) : m_db(db), m_session(session) {}

    // People whose name (in any spelling), ID number or phone match the
    // query, best first (DOMAIN.md section 4); for Action::ViewCases, or
    // HandleDataRequests to name whose request it is.
    Result<QVector<BeneficiaryMatch>> find(const QString &query, int limit) const;
    Result<Beneficiary> get(qint64 beneficiaryId) const;
    // The record for the person's file, recording that the session's user
    // opened it (person.view, AccessTrail): once per opening, not per reload.
    Result<Beneficiary> open(qint64 beneficiaryId) const;
    Result<QVector<Document>> documents(qint64 beneficiaryId) const;

private:
    Database &m_db;
    const Session &m_session;
};
