#include "cli/CliSignIn.h"
#include "cli/Verbs.h"
#include "core/Clock.h"
#include "services/Authenticator.h"
#include "services/RetentionDesk.h"

namespace {

QString retentionUsage()
{
    return Cli::tr("usage: istiqbal retention list|set YEARS|apply --user MANAGER [--yes] (the "
                   "password is read from standard input)");
}

int list(CliContext &ctx, RetentionDesk &desk)
{
    const Result<int> years = desk.years();
    if (!years)
        return ctx.fail(years.error());
    if (*years == 0) {
        ctx.out << Cli::tr("No retention period is set (istiqbal retention set YEARS): nobody's "
                           "data is past it.")
                << '\n';
        return CliExit::Ok;
    }
    const Result<QVector<PastRetention>> past = desk.pastPeriod();
    if (!past)
        return ctx.fail(past.error());
    ctx.out << Cli::tr("Retention period: %n year(s) after a person's last closed case.", "",
                       *years)
            << '\n'
            << Cli::tr("%n person(s) past it:", "", int(past->size())) << '\n';
    for (const PastRetention &p : *past) {
        const Result<ErasurePreview> preview = desk.preview(p.beneficiaryId);
        if (!preview)
            return ctx.fail(preview.error());
        qint64 values = 0;
        for (const ErasureItem &item : preview->items)
            values += item.count;
        ctx.out << QStringLiteral("#%1\t%2\t%3\t")
                       .arg(p.beneficiaryId)
                       .arg(p.fileNumber.isEmpty() ? QStringLiteral("-") : p.fileNumber,
                            Clock::deskMinute(p.lastActivity).left(10))
                << Cli::tr("%n case(s)", "", int(p.cases)) << '\t'
                << Cli::tr("%n value(s) to remove", "", int(values)) << '\n';
    }
    return CliExit::Ok;
}

int apply(CliContext &ctx, RetentionDesk &desk, const QString &password)
{
    const Result<RetentionRun> run = desk.apply(password, [&](int done, int total) {
        ctx.err << Cli::tr("anonymised %1 of %2").arg(done).arg(total) << '\n';
        ctx.err.flush();
        return true;
    });
    if (!run)
        return ctx.fail(run.error());
    ctx.out << Cli::tr("%n person(s) past the retention period anonymised.", "", run->anonymised)
            << '\n';
    return CliExit::Ok;
}

} // namespace

int Verbs::retention(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption yes(QStringLiteral("yes"),
                                 Cli::tr("apply: anonymise everyone past the period without "
                                         "asking (it cannot be undone)."));
    parser.addOptions({yes, CliSignIn::userOption()});
    parser.addPositionalArgument(
        QStringLiteral("list|set|apply"),
        Cli::tr("list: the people past the retention period, with how many of their values "
                "anonymising them would remove. set YEARS: the period, in years after a "
                "person's last closed case (0: none). apply: anonymise everyone past it, one "
                "person at a time. All three for a manager."));
    if (const auto stop = ctx.parse(parser, QStringLiteral("list|set YEARS|apply")))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    const QString what = positional.value(0);
    const bool setting = what == QLatin1String("set") && positional.size() == 2;
    bool numeric = false;
    const int years = setting ? positional.at(1).toInt(&numeric) : 0;
    if (setting && !numeric)
        return ctx.fail(Cli::tr("set takes a number of years, such as 5"), CliExit::Usage);
    if (!setting && (positional.size() != 1 ||
                     (what != QLatin1String("list") && what != QLatin1String("apply"))))
        return ctx.fail(retentionUsage(), CliExit::Usage);
    if (what == QLatin1String("apply") && !parser.isSet(yes))
        return ctx.fail(Cli::tr("apply destroys the data of everyone past the retention period "
                                "for good: look at 'istiqbal retention list' first, then give "
                                "--yes"),
                        CliExit::Usage);
    auto signedIn =
        CliSignIn::open(ctx, parser, OpenDatabase::Mode::MustExist, Action::DestroyPersonalData);
    if (!signedIn)
        return CliExit::Failure;
    RetentionDesk desk(*signedIn->db, signedIn->session, *signedIn->authenticator);
    if (what == QLatin1String("list"))
        return list(ctx, desk);
    if (setting) {
        if (Status s = desk.setYears(years); !s)
            return ctx.fail(s.error());
        ctx.out << (years == 0 ? Cli::tr("No retention period is set now.")
                               : Cli::tr("Retention period: %n year(s) after a person's last "
                                         "closed case.",
                                         "", years))
                << '\n';
        return CliExit::Ok;
    }
    return apply(ctx, desk, signedIn->password);
}
