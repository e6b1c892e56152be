// The catalogue a new association starts from: common document types, services
// with typical eligibility rules, and the survey questions of the policy
// (satisfaction with the procedure and with the service provider). The manager
// edits all of it later.
#pragma once

#include "core/Service.h"
#include "core/Survey.h"

#include <QVector>

namespace DefaultCatalogue {

QVector<DocumentType> documentTypes();
QVector<Service> services();
QVector<SurveyQuestion> surveyQuestions();

} // namespace DefaultCatalogue
