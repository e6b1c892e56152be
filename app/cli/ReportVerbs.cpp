#include "cli/ReportVerbs.h"

#include "cli/CliSignIn.h"
#include "cli/OpenDatabase.h"
#include "cli/ReportLanguage.h"
#include "core/Clock.h"
#include "core/OutputFile.h"
#include "core/OutputPath.h"
#include "reports/MonthlyCsvExport.h"
#include "reports/MonthlyReportPdf.h"
#include "reports/MonthlySummaryBuilder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <memory>

namespace {

struct MonthOptions
{
    QCommandLineOption month{QStringLiteral("month"),
                             Cli::tr("The month: YYYY-MM (a year below 1600 is a Hijri month)."),
                             QStringLiteral("YYYY-MM")};
    QCommandLineOption output{QStringLiteral("output"), Cli::tr("The file to write."),
                              QStringLiteral("FILE")};
    QCommandLineOption language{QStringLiteral("language"),
                                Cli::tr("The report's language: ar (default) or en."),
                                QStringLiteral("ar|en"), QStringLiteral("ar")};
};

// Parses the command line (usage: the verb's own arguments) and checks the
// month's options; an exit code when the verb should stop.
std::optional<int> readMonthOptions(CliContext &ctx, QCommandLineParser &parser,
                                    const MonthOptions &o, const QString &usage,
                                    ReportPeriod *period)
{
    parser.addOptions({o.month, o.output, o.language});
    if (const auto stop = ctx.parse(parser, usage))
        return *stop;
    if (!parser.isSet(o.month))
        return ctx.fail(Cli::tr("--month YYYY-MM is required"), CliExit::Usage);
    if (parser.value(o.output).isEmpty())
        return ctx.fail(Cli::tr("--output FILE is required"), CliExit::Usage);
    const QString language = parser.value(o.language);
    if (language != QLatin1String("ar") && language != QLatin1String("en"))
        return ctx.fail(Cli::tr("--language takes ar or en"), CliExit::Usage);
    const Result<ReportPeriod> p = ReportPeriod::parse(parser.value(o.month));
    if (!p)
        return ctx.fail(p.error(), CliExit::Usage);
    *period = *p;
    // Refused before the database is opened, so a slip changes nothing.
    if (const Status s = OutputPath::check(parser.value(o.output), {ctx.databasePath(parser)}); !s)
        return ctx.fail(s.error());
    return std::nullopt;
}

} // namespace

int Verbs::report(CliContext &ctx)
{
    QCommandLineParser parser;
    const MonthOptions o;
    ReportPeriod period;
    if (const auto stop = readMonthOptions(
            ctx, parser, o, QStringLiteral("--month YYYY-MM --output FILE.pdf"), &period))
        return *stop;
    if (!QCoreApplication::instance() || !QCoreApplication::instance()->inherits("QApplication"))
        return ctx.fail(Cli::tr("the report needs the graphics libraries; run it through the "
                                "istiqbal program"));
    auto db = OpenDatabase::forVerb(ctx, parser, OpenDatabase::Mode::ReadOnly);
    if (!db)
        return CliExit::Failure;

    const QString language = parser.value(o.language);
    const ReportLanguage translations(language);
    QElapsedTimer timer;
    timer.start();
    const Result<MonthlySummary> summary =
        MonthlySummaryBuilder::compute(*db, period, Clock::instance().nowUtc());
    if (!summary)
        return ctx.fail(summary.error());
    const qint64 figuresMs = timer.elapsed();
    ReportOptions options;
    options.language = language;
    const Result<ReportIdentity> identity = ReportIdentity::load(*db);
    if (!identity)
        return ctx.fail(identity.error());
    options.identity = *identity;

    const MonthlyReportPdf pdf(*summary, options);
    OutputFile file(parser.value(o.output), OutputFile::Existing::Replace, {db->path()});
    if (const Status s = file.open(); !s)
        return ctx.fail(s.error());
    if (const Status s = pdf.write(file.device()); !s)
        return ctx.fail(s.error());
    if (const Status s = file.commit(); !s)
        return ctx.fail(s.error());
    ctx.out << Cli::tr("Report for %1 written to %2: %3 pages, %4 cases, in %5 s (figures %6 s).")
                   .arg(period.code(), file.target())
                   .arg(pdf.pageCount())
                   .arg(summary->current.casesReceived)
                   .arg(timer.elapsed() / 1000.0, 0, 'f', 2)
                   .arg(figuresMs / 1000.0, 0, 'f', 2)
            << '\n';
    return CliExit::Ok;
}

int Verbs::exportCsv(CliContext &ctx)
{
    QCommandLineParser parser;
    const MonthOptions o;
    ReportPeriod period;
    // The rows carry names and ID numbers: the export is signed in and
    // recorded (issue 13), unlike the report's figures.
    parser.addOption(CliSignIn::userOption());
    if (const auto stop = readMonthOptions(
            ctx, parser, o, QStringLiteral("--month YYYY-MM --output FILE.csv --user NAME"),
            &period))
        return *stop;
    // A read-only database is opened read-only: it can keep no row, as for a sign-in.
    auto in = CliSignIn::open(ctx, parser, OpenDatabase::Mode::ReadOnly, Action::ExportReport);
    if (!in)
        return CliExit::Failure;
    Database &db = *in->db;
    const QString language = parser.value(o.language);
    const ReportLanguage translations(language);
    OutputFile file(parser.value(o.output), OutputFile::Existing::Replace, {db.path()});
    if (const Status s = file.open(); !s)
        return ctx.fail(s.error());
    const Result<qint64> rows = MonthlyCsvExport::write(db, period, file.device(), language);
    if (!rows)
        return ctx.fail(rows.error());
    if (const Status s = MonthlyCsvExport::recordExport(db, in->session.userId(), period, *rows);
        !s)
        return ctx.fail(s.error());
    if (const Status s = file.commit(); !s)
        return ctx.fail(s.error());
    ctx.out << Cli::tr("%1 cases of %2 written to %3.").arg(*rows).arg(period.code(), file.target())
            << '\n';
    return CliExit::Ok;
}
