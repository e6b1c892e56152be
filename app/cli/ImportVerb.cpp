#include "cli/CliSignIn.h"
#include "cli/Verbs.h"
#include "core/BeneficiaryImport.h"
#include "core/Clock.h"
#include "core/IoFailure.h"
#include "services/BeneficiaryDesk.h"
#include "storage/BeneficiaryRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

int Verbs::importCsv(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print the result as JSON."));
    parser.addOptions({json, CliSignIn::userOption()});
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The CSV file to import."));
    if (const auto stop = ctx.parse(parser, QStringLiteral("FILE.csv")))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(Cli::tr("give exactly one CSV file to import"), CliExit::Usage);

    const QString fileName = parser.positionalArguments().constFirst();
    const CsvLimits limits;
    // Only a regular file of a stated size is read: a device or a pipe may
    // never end (istiqbal import /dev/zero), and opening a pipe would wait.
    const QFileInfo info(fileName);
    if (!info.exists())
        return ctx.fail(Cli::tr("cannot read %1: there is no such file").arg(fileName));
    if (!info.isFile())
        return ctx.fail(Cli::tr("%1 is not a file but a folder, a device or a pipe; give the CSV "
                                "file saved from the spreadsheet")
                            .arg(fileName));
    if (info.size() > limits.maxFileBytes)
        return ctx.fail(Cli::tr("%1 is larger than %2 MB, the most one import takes; split it "
                                "into smaller files")
                            .arg(fileName)
                            .arg(limits.maxFileBytes / (1024 * 1024)));
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return ctx.fail(Cli::tr("cannot read %1: %2").arg(fileName, IoFailure::reason(file)));

    // File-level problems (not UTF-8, a line too long, missing columns) are
    // found in a first reading, before the database is opened, so a bad file
    // never creates or touches one. Both readings stream the file.
    {
        CsvReader reader(file, limits);
        if (const auto dry = BeneficiaryImport::plan(reader, Clock::instance().today(), {}); !dry)
            return ctx.fail(dry.error());
    }
    if (!file.seek(0))
        return ctx.fail(Cli::tr("cannot read %1: %2").arg(fileName, IoFailure::reason(file)));

    // Whoever imports registers people: the receptionist's right, checked
    // again by the service that stores them.
    auto signedIn =
        CliSignIn::open(ctx, parser, OpenDatabase::Mode::MustExist, Action::EditBeneficiary);
    if (!signedIn)
        return CliExit::Failure;
    Database &db = *signedIn->db;
    BeneficiaryRepository repo(db);
    QString lookupError;
    CsvReader reader(file, limits);
    const auto plan =
        BeneficiaryImport::plan(reader, Clock::instance().today(), [&](const QString &id) {
            for (IdType type : {IdType::NationalId, IdType::Iqama}) {
                const auto found = repo.findByIdNumber(type, id);
                if (!found)
                    lookupError = found.error();
                else if (found->has_value())
                    return true;
            }
            return false;
        });
    if (!plan)
        return ctx.fail(plan.error());
    if (!lookupError.isEmpty())
        return ctx.fail(lookupError);

    // All valid rows in one transaction: either every one is stored or none.
    const Status stored = BeneficiaryDesk(db, signedIn->session).importRows(plan->accepted);
    if (!stored)
        return ctx.fail(Cli::tr("nothing was imported: %1").arg(stored.error()));

    if (parser.isSet(json)) {
        QJsonArray rejected;
        for (const RejectedRow &r : plan->rejected)
            rejected.append(QJsonObject{{QStringLiteral("line"), r.line},
                                        {QStringLiteral("reason"), r.reason}});
        QJsonArray warned;
        for (const ImportedRow &r : plan->accepted) {
            for (const QString &w : r.warnings)
                warned.append(
                    QJsonObject{{QStringLiteral("line"), r.line}, {QStringLiteral("warning"), w}});
        }
        const QJsonObject result{{QStringLiteral("imported"), int(plan->accepted.size())},
                                 {QStringLiteral("rejected"), rejected},
                                 {QStringLiteral("warnings"), warned}};
        ctx.out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)) << '\n';
    } else {
        ctx.out << Cli::tr("Imported %n beneficiaries.", "", int(plan->accepted.size())) << '\n';
        for (const ImportedRow &r : plan->accepted) {
            for (const QString &w : r.warnings)
                ctx.out << Cli::tr("Line %1 imported, to check: %2").arg(r.line).arg(w) << '\n';
        }
        for (const RejectedRow &r : plan->rejected)
            ctx.out << Cli::tr("Line %1 rejected: %2").arg(r.line).arg(r.reason) << '\n';
        for (const QString &c : plan->ignoredColumns)
            ctx.out << Cli::tr("Column \"%1\" is not a beneficiary field and was ignored.").arg(c)
                    << '\n';
    }
    return CliExit::Ok;
}
