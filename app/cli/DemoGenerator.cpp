#include "cli/DemoGenerator.h"

#include "cli/DemoBeneficiaries.h"
#include "cli/DemoCases.h"
#include "cli/DemoCatalogue.h"
#include "cli/DemoDice.h"
#include "cli/DemoStaff.h"
#include "core/Clock.h"
#include "storage/BulkWriter.h"
#include "storage/CatalogueSetup.h"
#include "storage/Database.h"
#include "storage/DatabaseCheck.h"
#include "storage/SettingsRepository.h"

#include <QTimeZone>

namespace {

// Writes a case and the rows of its story, which take the case's id.
Status writeStory(BulkWriter &writer, DemoCaseStory &story, DemoCounts &counts)
{
    const auto caseId = writer.addCase(story.theCase);
    if (!caseId)
        return caseId.status();
    ++counts.cases;
    for (StepEvent &e : story.events) {
        e.caseId = *caseId;
        if (const auto r = writer.addStepEvent(e); !r)
            return r.status();
    }
    if (story.givenAnswer) {
        story.givenAnswer->caseId = *caseId;
        if (Status s = writer.addGivenAnswer(*story.givenAnswer); !s)
            return s;
    }
    if (story.referral) {
        story.referral->caseId = *caseId;
        if (const auto r = writer.addReferral(*story.referral); !r)
            return r.status();
        ++counts.referrals;
    }
    if (story.delivery) {
        story.delivery->caseId = *caseId;
        if (const auto r = writer.addDelivery(*story.delivery); !r)
            return r.status();
        ++counts.deliveries;
    }
    if (story.survey) {
        story.survey->caseId = *caseId;
        if (const auto saved = writer.addSurveyResponse(*story.survey); !saved)
            return saved.status();
        ++counts.surveys;
    }
    return Status::success();
}

} // namespace

QString DemoGenerator::demoPassword()
{
    return QStringLiteral("istiqbal-demo");
}

Result<DemoCounts> DemoGenerator::fill(Database &db, const DemoOptions &options,
                                       const std::function<bool(qint64, qint64)> &progress)
{
    if (options.beneficiaries < 1 || options.cases < 0)
        return Result<DemoCounts>::failure(tr("The demo needs at least one beneficiary."));
    // Marked while it fills, so that check refuses what an interrupted fill
    // leaves (its rows are committed in batches).
    SettingsRepository settings(db);
    if (const Status s = settings.setValue(DatabaseCheck::demoFillingKey(),
                                           Clock::instance().nowUtc().toString(Qt::ISODate), 0);
        !s)
        return s;
    if (const Status s = CatalogueSetup::ensureDefaults(db, 0); !s)
        return s;
    const auto staff = DemoStaff::ensure(db);
    if (!staff)
        return staff.status();
    const auto catalogue = DemoCatalogue::load(db);
    if (!catalogue)
        return catalogue.status();

    DemoDice dice(options.seed);
    const QDateTime now = options.now.isValid() ? options.now.toUTC() : Clock::instance().nowUtc();
    const QDate today = now.toTimeZone(Clock::deskTimeZone()).date();
    const qint64 total = qint64(options.beneficiaries) + options.cases;
    const auto cancelled = [&](qint64 done) {
        return progress && !progress(done, total);
    };
    DemoCounts counts;

    BulkWriter writer(db);
    if (const Status s = writer.begin(); !s)
        return s;

    DemoBeneficiaries people(dice, options.seed, now, today);
    QVector<qint64> beneficiaryIds;
    beneficiaryIds.reserve(options.beneficiaries);
    for (int i = 0; i < options.beneficiaries; ++i) {
        const auto id = writer.addBeneficiary(people.make(i));
        if (!id)
            return id.status();
        beneficiaryIds << *id;
        ++counts.beneficiaries;
        if (i % 5000 == 0 && cancelled(i)) {
            writer.abandon();
            return Result<DemoCounts>::failure(tr("The demo data was cancelled."));
        }
    }

    DemoCases cases(dice, *staff, *catalogue, beneficiaryIds, now, today);
    const QVector<QDateTime> arrivals = cases.arrivals(options.cases);
    for (int i = 0; i < options.cases; ++i) {
        DemoCaseStory story = cases.make(arrivals.at(i));
        if (Status s = writeStory(writer, story, counts); !s)
            return s;
        if (i % 5000 == 0 && cancelled(options.beneficiaries + i)) {
            writer.abandon();
            return Result<DemoCounts>::failure(tr("The demo data was cancelled."));
        }
    }
    if (const Status s = writer.finish(0, QStringLiteral("demo.fill")); !s)
        return s;
    if (const Status s = settings.remove(DatabaseCheck::demoFillingKey(), 0); !s)
        return s;
    if (progress)
        progress(total, total);
    return counts;
}
