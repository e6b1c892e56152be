#include "cli/DemoCatalogue.h"

#include "cli/DemoNames.h"
#include "storage/ApprovedAnswerRepository.h"
#include "storage/ServiceRepository.h"
#include "storage/SurveyRepository.h"

Result<DemoCatalogue> DemoCatalogue::load(Database &db)
{
    DemoCatalogue catalogue;
    const auto services = ServiceRepository(db).list(true);
    if (!services)
        return services.status();
    const auto questions = SurveyRepository(db).questions(true);
    if (!questions)
        return questions.status();
    if (services->isEmpty())
        return Result<DemoCatalogue>::failure(tr("The catalogue has no active service."));
    catalogue.services = *services;
    catalogue.questions = *questions;

    // Answered inquiries record which approved answer was given, as the
    // reception page does.
    ApprovedAnswerRepository answers(db);
    const auto listed = answers.list(true);
    if (!listed)
        return listed.status();
    catalogue.answers = *listed;
    if (!catalogue.answers.isEmpty())
        return catalogue;
    for (const QString &line : DemoNames::approvedAnswers()) {
        const QStringList parts = line.split(QLatin1Char('|'));
        ApprovedAnswer a;
        a.question = parts.value(0);
        a.answer = parts.value(1);
        a.sourceDocument = parts.value(2);
        const auto created = answers.create(a, 0);
        if (!created)
            return created.status();
        catalogue.answers << *created;
    }
    return catalogue;
}
