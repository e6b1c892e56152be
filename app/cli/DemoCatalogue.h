// What the demo's cases are served from: the catalogue's active services and
// survey questions (CatalogueSetup::ensureDefaults makes them first), and the
// approved answers to the common inquiries, the demo's own when there are none.
#pragma once

#include "core/ApprovedAnswer.h"
#include "core/Result.h"
#include "core/Service.h"
#include "core/Survey.h"

#include <QCoreApplication>
#include <QVector>

class Database;

struct DemoCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(DemoCatalogue)

public:
    QVector<Service> services;         // the active ones, at least one
    QVector<SurveyQuestion> questions; // the active ones
    QVector<ApprovedAnswer> answers;   // most asked first

    static Result<DemoCatalogue> load(Database &db);
};
