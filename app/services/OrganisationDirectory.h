// Where the desk and the program officer find, add and correct the
// organisations that ask for programs (issue 16). Adding or changing needs
// Action::ReceiveProgramRequests; finding also suits the manager, who
// decides on their requests. Every input is checked and refused in words.
#pragma once

#include "core/Organisation.h"
#include "core/Result.h"
#include "storage/OrganisationSearch.h"

#include <QCoreApplication>

class Database;
class Session;

class OrganisationDirectory final
{
    Q_DECLARE_TR_FUNCTIONS(OrganisationDirectory)

public:
    OrganisationDirectory(Database &db, const Session &session) : m_db(db), m_session(session) {}

    // By name, in any spelling (OrganisationSearch).
    Result<QVector<OrganisationMatch>> find(const QString &query, int limit = 50) const;
    Result<Organisation> get(qint64 id) const;
    // Checks (OrganisationRules) and stores a new organisation; refused when
    // one of the same name (in any spelling of rule 4) is already recorded.
    Result<Organisation> add(const Organisation &organisation);
    // Saves the corrections to the organisation read at its version.
    Result<Organisation> edit(const Organisation &organisation);

private:
    Status requireReader() const;
    Status refuseSameName(const Organisation &organisation) const;

    Database &m_db;
    const Session &m_session;
};
