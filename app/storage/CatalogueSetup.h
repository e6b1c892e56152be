// Gives a new database the default catalogue (DefaultCatalogue: document
// types, services with their eligibility rules, survey questions; and
// ProgramKinds::defaults(), the kinds of programs requested) so a desk
// can work from the first day; the manager edits it afterwards.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>

class Database;

// What ensureDefaults() added.
struct CatalogueSetupReport
{
    int documentTypes = 0;
    int services = 0;
    int surveyQuestions = 0;
    int programKinds = 0;

    bool addedAnything() const
    {
        return documentTypes + services + surveyQuestions + programKinds > 0;
    }
};

class CatalogueSetup final
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueSetup)

public:
    // When the database has no service yet, adds in one transaction the
    // default document types whose codes are not there yet, the services,
    // and the survey questions unless some exist. A database with services
    // is left as it is, so calling this at every start is safe (idempotent).
    // actorId 0 records the system as the author.
    static Status ensureDefaults(Database &db, qint64 actorId = 0,
                                 CatalogueSetupReport *report = nullptr);
};
