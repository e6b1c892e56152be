#include "services/CatalogueSetup.h"

#include "core/DefaultCatalogue.h"
#include "storage/Database.h"
#include "storage/ServiceRepository.h"
#include "storage/SurveyRepository.h"

namespace CatalogueSetup {

Status ensureDefaults(Database &db, qint64 actorId)
{
    ServiceRepository services(db);
    const auto existing = services.list(false);
    if (!existing)
        return existing.status();
    if (!existing->isEmpty())
        return Status::success();

    return db.transaction([&]() -> Status {
        const auto types = services.documentTypes();
        if (!types)
            return types.status();
        if (types->isEmpty()) {
            for (const DocumentType &t : DefaultCatalogue::documentTypes()) {
                if (const auto r = services.createDocumentType(t, actorId); !r)
                    return r.status();
            }
        }
        for (const Service &s : DefaultCatalogue::services()) {
            if (const auto r = services.create(s, actorId); !r)
                return r.status();
        }
        SurveyRepository surveys(db);
        const auto questions = surveys.questions(false);
        if (!questions)
            return questions.status();
        if (questions->isEmpty()) {
            for (const SurveyQuestion &q : DefaultCatalogue::surveyQuestions()) {
                if (const auto r = surveys.createQuestion(q, actorId); !r)
                    return r.status();
            }
        }
        return Status::success();
    });
}

} // namespace CatalogueSetup
