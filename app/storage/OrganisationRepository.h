// Organisations that ask for programs (issue 16): each kept in one
// transaction with its name's search keys (OrganisationSearch reads them) and
// its audit row.
#pragma once

#include "core/Organisation.h"
#include "core/Result.h"

#include <QCoreApplication>

class Database;

class OrganisationRepository final
{
    Q_DECLARE_TR_FUNCTIONS(OrganisationRepository)

public:
    explicit OrganisationRepository(Database &db) : m_db(db) {}

    // Stores a checked organisation (OrganisationRules); gives it back with
    // its id and version 1.
    Result<Organisation> create(const Organisation &organisation, qint64 actorId);
    // Saves the changes to the organisation read at organisation.version;
    // refused when someone changed it since.
    Result<Organisation> update(const Organisation &organisation, qint64 actorId);
    Result<Organisation> get(qint64 id) const;

private:
    Status writeNameKeys(qint64 id, const QString &name, bool replace);

    Database &m_db;
};
