// breach-report (issue 13, DOMAIN.md 6.6): whose personal data was seen or
// changed in a range of days, by whom, as PDF or CSV, signed in as a manager
// or an administrator and recorded like the window's.
#include "cli/CliSignIn.h"
#include "cli/OpenDatabase.h"
#include "cli/ReportLanguage.h"
#include "cli/Verbs.h"
#include "core/DateInput.h"
#include "core/OutputPath.h"
#include "services/BreachReportDesk.h"

int Verbs::breachReport(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"),
                                  Cli::tr("The first day: YYYY-MM-DD (a year below 1600 is a "
                                          "Hijri date)."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption to(QStringLiteral("to"), Cli::tr("The last day, included."),
                                QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption output(QStringLiteral("output"),
                                    Cli::tr("The file to write, .pdf or .csv."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      Cli::tr("The report's language: ar (default) or en."),
                                      QStringLiteral("ar|en"), QStringLiteral("ar"));
    parser.addOptions({from, to, output, language, CliSignIn::userOption()});
    if (const auto stop = ctx.parse(
            parser, QStringLiteral("--from YYYY-MM-DD --to YYYY-MM-DD --output FILE.pdf|FILE.csv "
                                   "--user NAME")))
        return *stop;
    if (!parser.isSet(from) || !parser.isSet(to))
        return ctx.fail(Cli::tr("--from and --to YYYY-MM-DD are required"), CliExit::Usage);
    const Result<QDate> first = DateInput::parse(parser.value(from));
    if (!first)
        return ctx.fail(QStringLiteral("--from: ") + first.error(), CliExit::Usage);
    const Result<QDate> last = DateInput::parse(parser.value(to));
    if (!last)
        return ctx.fail(QStringLiteral("--to: ") + last.error(), CliExit::Usage);
    if (*last < *first)
        return ctx.fail(Cli::tr("--to is before --from"), CliExit::Usage);
    const QString path = parser.value(output);
    if (path.isEmpty())
        return ctx.fail(Cli::tr("--output FILE is required"), CliExit::Usage);
    const Result<BreachReportDesk::Format> format = BreachReportDesk::formatOf(path);
    if (!format)
        return ctx.fail(format.error(), CliExit::Usage);
    const QString lang = parser.value(language);
    if (lang != QLatin1String("ar") && lang != QLatin1String("en"))
        return ctx.fail(Cli::tr("--language takes ar or en"), CliExit::Usage);
    if (*format == BreachReportDesk::Format::Pdf &&
        (!QCoreApplication::instance() ||
         !QCoreApplication::instance()->inherits("QGuiApplication")))
        return ctx.fail(Cli::tr("the PDF report needs the graphics libraries; run it through the "
                                "istiqbal program"));
    // Refused before the database is opened, so a slip changes nothing.
    if (const Status s = OutputPath::check(path, {ctx.databasePath(parser)}); !s)
        return ctx.fail(s.error());
    auto signedIn =
        CliSignIn::open(ctx, parser, OpenDatabase::Mode::ReadOnly, Action::HandleDataRequests);
    if (!signedIn)
        return CliExit::Failure;
    Result<qint64> rows = Status::failure(QString());
    {
        // The report in its language; the verb's own words stay the program's.
        const ReportLanguage translations(lang);
        rows = BreachReportDesk(*signedIn->db, signedIn->session).write(*first, *last, path, lang);
    }
    if (!rows)
        return ctx.fail(rows.error());
    ctx.out << Cli::tr("Breach report from %1 to %2: %3 entries written to %4.")
                   .arg(first->toString(Qt::ISODate), last->toString(Qt::ISODate))
                   .arg(*rows)
                   .arg(path)
            << '\n';
    return CliExit::Ok;
}
