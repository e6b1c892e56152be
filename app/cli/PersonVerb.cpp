#include "cli/CliSignIn.h"
#include "cli/Verbs.h"
#include "services/Anonymiser.h"
#include "services/Authenticator.h"

namespace {

QString personUsage()
{
    return Cli::tr("usage: istiqbal person anonymise ID --reason TEXT --user MANAGER (ID: the "
                   "person's ID number, their file number such as 1448-000123, or # and their "
                   "record number; the password is read from standard input)");
}

// person anonymise: the manager destroys one person's identifying data.
int anonymise(CliContext &ctx, const QCommandLineParser &parser, const QString &key)
{
    const QString reason = parser.value(QStringLiteral("reason"));
    if (reason.trimmed().isEmpty())
        return ctx.fail(Cli::tr("give --reason TEXT: why this person's data is destroyed (kept in "
                                "the audit trail, so without their name or numbers)"),
                        CliExit::Usage);
    auto signedIn =
        CliSignIn::open(ctx, parser, OpenDatabase::Mode::MustExist, Action::DestroyPersonalData);
    if (!signedIn)
        return CliExit::Failure;
    Authenticator auth(*signedIn->db);
    Anonymiser anonymiser(*signedIn->db, signedIn->session, auth);
    const Result<qint64> id = anonymiser.find(key);
    if (!id)
        return ctx.fail(id.error());
    const Result<ErasurePreview> preview = anonymiser.preview(*id);
    if (!preview)
        return ctx.fail(preview.error());
    if (Status done = anonymiser.anonymise(*id, reason, signedIn->password); !done)
        return ctx.fail(done.error());
    ctx.out << Cli::tr("Record #%1 is anonymised; its cases stay in the figures. Removed:").arg(*id)
            << '\n';
    for (const ErasureItem &item : preview->items)
        ctx.out << "  " << item.label << ": " << item.count << '\n';
    return CliExit::Ok;
}

} // namespace

int Verbs::person(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption reason(
        QStringLiteral("reason"),
        Cli::tr("anonymise: why the data is destroyed (for example the number of the person's "
                "request); kept in the audit trail, so it may not hold their name or numbers."),
        QStringLiteral("TEXT"));
    parser.addOptions({reason, CliSignIn::userOption()});
    parser.addPositionalArgument(
        QStringLiteral("anonymise"),
        Cli::tr("Destroy the person's identifying data for good (a manager): names, ID number, "
                "phone, birth date (the year is kept), district, free text written about them "
                "and the search keys. Their cases stay as figures."));
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 Cli::tr("The person's ID number, file number (1448-000123) or # "
                                         "and record number (#42)."));
    if (const auto stop = ctx.parse(parser, QStringLiteral("anonymise ID --reason TEXT")))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() == 2 && positional.at(0) == QLatin1String("anonymise"))
        return anonymise(ctx, parser, positional.at(1));
    return ctx.fail(personUsage(), CliExit::Usage);
}
