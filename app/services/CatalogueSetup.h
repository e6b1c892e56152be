// Gives a new database the default catalogue (document types, services with
// their eligibility rules, survey questions) so a desk can work from the first
// day; the manager edits it afterwards.
#pragma once

#include "core/Result.h"

class Database;

namespace CatalogueSetup {

// Inserts DefaultCatalogue when the database has no service yet, in one
// transaction; does nothing otherwise (idempotent).
Status ensureDefaults(Database &db, qint64 actorId);

} // namespace CatalogueSetup
