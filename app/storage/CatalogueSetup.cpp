#include "storage/CatalogueSetup.h"

#include "core/DefaultCatalogue.h"
#include "storage/Database.h"
#include "storage/ProgramKindRepository.h"
#include "storage/ServiceRepository.h"
#include "storage/SurveyRepository.h"

#include <QSet>

Status CatalogueSetup::ensureDefaults(Database &db, qint64 actorId, CatalogueSetupReport *added)
{
    CatalogueSetupReport report;
    const Status done = db.transaction([&]() -> Status {
        // The program kinds (issue 16) are a catalogue of their own: put in
        // whenever there are none, retired ones included, so a database that
        // already has services gets them too.
        ProgramKindRepository programKinds(db);
        const auto kinds = programKinds.list(true);
        if (!kinds)
            return kinds.status();
        if (kinds->isEmpty()) {
            for (const ProgramKind &k : ProgramKinds::defaults()) {
                const auto created = programKinds.create(k, actorId);
                if (!created)
                    return created.status();
                ++report.programKinds;
            }
        }

        ServiceRepository services(db);
        const auto existing = services.list(false);
        if (!existing)
            return existing.status();
        if (!existing->isEmpty())
            return Status::success();

        const auto types = services.documentTypes();
        if (!types)
            return types.status();
        QSet<QString> codes;
        for (const DocumentType &t : *types)
            codes.insert(t.code);
        for (const DocumentType &t : DefaultCatalogue::documentTypes()) {
            if (codes.contains(t.code))
                continue;
            const auto created = services.createDocumentType(t, actorId);
            if (!created)
                return created.status();
            ++report.documentTypes;
        }
        for (const Service &s : DefaultCatalogue::services()) {
            const auto created = services.create(s, actorId);
            if (!created)
                return created.status();
            ++report.services;
        }

        SurveyRepository surveys(db);
        const auto questions = surveys.questions(false);
        if (!questions)
            return questions.status();
        if (!questions->isEmpty())
            return Status::success();
        for (const SurveyQuestion &q : DefaultCatalogue::surveyQuestions()) {
            const auto created = surveys.createQuestion(q, actorId);
            if (!created)
                return created.status();
            ++report.surveyQuestions;
        }
        return Status::success();
    });
    if (!done)
        return Status::failure(
            tr("The starting catalogue of services could not be set up: %1").arg(done.error()));
    if (added)
        *added = report;
    return Status::success();
}
