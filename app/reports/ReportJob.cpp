#include "reports/ReportJob.h"

#include "core/Clock.h"
#include "core/OutputFile.h"
#include "core/Permissions.h"
#include "reports/MonthlyCsvExport.h"
#include "reports/MonthlyReportPdf.h"
#include "reports/MonthlySummaryBuilder.h"
#include "storage/Database.h"

#include <QElapsedTimer>

namespace {

ReportJobResult failed(const Status &s, bool cancelled = false)
{
    ReportJobResult r;
    r.status = s;
    r.cancelled = cancelled;
    return r;
}

} // namespace

ReportJobResult ReportJob::run(const ReportJobRequest &request, const Progress &progress)
{
    QElapsedTimer timer;
    timer.start();
    bool cancelled = false;
    auto report = [&](int percent, const QString &stage) {
        if (progress && !progress(percent, stage))
            cancelled = true;
        return !cancelled;
    };
    const Action needed = request.kind == ReportJobRequest::Kind::Preview ? Action::ViewReports
                                                                          : Action::ExportReport;
    if (Status s = Permissions::require(request.user, needed); !s)
        return failed(s);
    if (!request.period.isValid())
        return failed(Status::failure(tr("Choose the month of the report.")));

    Database db;
    if (Status s = db.open(request.databasePath); !s)
        return failed(s);

    const Status cancelledStatus = Status::failure(tr("The work was cancelled."));
    ReportJobResult result;
    if (request.kind == ReportJobRequest::Kind::Csv) {
        OutputFile file(request.outputPath, OutputFile::Existing::Replace, {db.path()});
        if (Status s = file.open(); !s)
            return failed(s);
        report(0, tr("Writing the month's cases…"));
        const Result<qint64> rows = MonthlyCsvExport::write(
            db, request.period, file.device(), request.language, [&](qint64 done, qint64 total) {
                return report(total > 0 ? int(100 * done / total) : 100,
                              tr("Writing the month's cases…"));
            });
        if (cancelled) {
            file.discard();
            return failed(cancelledStatus, true);
        }
        if (!rows)
            return failed(rows.status());
        // Not written unless recorded (issue 13: every export is known).
        if (Status s = MonthlyCsvExport::recordExport(db, request.user.id, request.period, *rows);
            !s) {
            file.discard();
            return failed(s);
        }
        if (Status s = file.commit(); !s)
            return failed(s);
        result.rows = result.cases = *rows;
        result.milliseconds = timer.elapsed();
        return result;
    }

    // PDF and preview: the figures (up to 70%), then the pages.
    report(0, tr("Counting the month's figures…"));
    const QDateTime now = request.now.isValid() ? request.now : Clock::instance().nowUtc();
    const Result<MonthlySummary> summary =
        MonthlySummaryBuilder::compute(db, request.period, now, [&](int done, int total) {
            return report(total > 0 ? 70 * done / total : 70, tr("Counting the month's figures…"));
        });
    if (cancelled)
        return failed(cancelledStatus, true);
    if (!summary)
        return failed(summary.status());
    ReportOptions options;
    options.language = request.language;
    const Result<ReportIdentity> identity = ReportIdentity::load(db);
    if (!identity)
        return failed(identity.status());
    options.identity = *identity;
    if (!report(72, tr("Laying out the pages…")))
        return failed(cancelledStatus, true);
    const MonthlyReportPdf pdf(*summary, options);
    result.pages = pdf.pageCount();
    result.cases = summary->current.casesReceived;
    const auto pageProgress = [&](int done, int total) {
        return report(75 + 25 * done / qMax(1, total),
                      tr("Drawing page %1 of %2…").arg(done).arg(total));
    };

    if (request.kind == ReportJobRequest::Kind::Preview) {
        const auto images = pdf.renderPages(request.previewDpi, pageProgress);
        if (cancelled)
            return failed(cancelledStatus, true);
        if (!images)
            return failed(images.status());
        result.images = *images;
    } else {
        OutputFile file(request.outputPath, OutputFile::Existing::Replace, {db.path()});
        if (Status s = file.open(); !s)
            return failed(s);
        const Status written = pdf.write(file.device(), pageProgress);
        if (cancelled) {
            file.discard();
            return failed(cancelledStatus, true);
        }
        if (!written)
            return failed(written);
        if (Status s = file.commit(); !s)
            return failed(s);
    }
    result.milliseconds = timer.elapsed();
    return result;
}
