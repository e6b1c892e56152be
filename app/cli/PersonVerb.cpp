#include "cli/CliSignIn.h"
#include "cli/ReportLanguage.h"
#include "cli/Verbs.h"
#include "services/Anonymiser.h"
#include "services/Authenticator.h"
#include "services/PersonCopyDesk.h"

#include <QCoreApplication>

namespace {

QString personUsage()
{
    return Cli::tr("usage: istiqbal person anonymise ID --reason TEXT --user MANAGER, or istiqbal "
                   "person copy ID --output FILE.pdf|FILE.json --user NAME (ID: the person's ID "
                   "number, their file number such as 1448-000123, or # and their record number; "
                   "the password is read from standard input)");
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
    Anonymiser anonymiser(*signedIn->db, signedIn->session, *signedIn->authenticator);
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

// person copy: the copy of everything held about a person, for them (PDF)
// or for a machine (JSON), recorded against them.
int copy(CliContext &ctx, const QCommandLineParser &parser, const QString &key)
{
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return ctx.fail(Cli::tr("give --output FILE.pdf or FILE.json"), CliExit::Usage);
    const Result<PersonCopyDesk::Format> format = PersonCopyDesk::formatOf(output);
    if (!format)
        return ctx.fail(format.error(), CliExit::Usage);
    const QString language = parser.value(QStringLiteral("language"));
    if (language != QLatin1String("ar") && language != QLatin1String("en"))
        return ctx.fail(Cli::tr("--language takes ar or en"), CliExit::Usage);
    if (*format == PersonCopyDesk::Format::Pdf &&
        (!QCoreApplication::instance() ||
         !QCoreApplication::instance()->inherits("QGuiApplication")))
        return ctx.fail(Cli::tr("the PDF copy needs the graphics libraries; run it through the "
                                "istiqbal program"));
    auto signedIn =
        CliSignIn::open(ctx, parser, OpenDatabase::Mode::ReadOnly, Action::HandleDataRequests);
    if (!signedIn)
        return CliExit::Failure;
    PersonCopyDesk desk(*signedIn->db, signedIn->session);
    const Result<qint64> id = desk.find(key);
    if (!id)
        return ctx.fail(id.error());
    const ReportLanguage translations(language);
    if (Status written = desk.write(*id, output, language); !written)
        return ctx.fail(written.error());
    ctx.out << Cli::tr("The copy of record #%1's data is written to %2.").arg(*id).arg(output)
            << '\n';
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
    const QCommandLineOption output(QStringLiteral("output"),
                                    Cli::tr("copy: the file to write, .pdf or .json."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      Cli::tr("copy: the PDF's language, ar (default) or en."),
                                      QStringLiteral("ar|en"), QStringLiteral("ar"));
    parser.addOptions({reason, output, language, CliSignIn::userOption()});
    parser.addPositionalArgument(
        QStringLiteral("anonymise|copy"),
        Cli::tr("anonymise: destroy the person's identifying data for good (a manager): names, "
                "ID number, phone, birth date (the year is kept), district, free text written "
                "about them and the search keys; their cases stay as figures. copy: write the "
                "copy of everything held about the person, for them (PDF) or for a machine "
                "(JSON), recorded against them (a manager or an administrator)."));
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 Cli::tr("The person's ID number, file number (1448-000123) or # "
                                         "and record number (#42)."));
    if (const auto stop =
            ctx.parse(parser, QStringLiteral("anonymise ID --reason TEXT | copy ID --output FILE")))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() == 2 && positional.at(0) == QLatin1String("anonymise"))
        return anonymise(ctx, parser, positional.at(1));
    if (positional.size() == 2 && positional.at(0) == QLatin1String("copy"))
        return copy(ctx, parser, positional.at(1));
    return ctx.fail(personUsage(), CliExit::Usage);
}
