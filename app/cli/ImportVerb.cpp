#include "cli/OpenDatabase.h"
#include "cli/Verbs.h"
#include "core/BeneficiaryImport.h"
#include "core/Clock.h"
#include "storage/BeneficiaryRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

int Verbs::importCsv(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print the result as JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The CSV file to import."));
    if (const auto stop = ctx.parse(parser, QStringLiteral("FILE.csv")))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(Cli::tr("give exactly one CSV file to import"), CliExit::Usage);

    const QString fileName = parser.positionalArguments().constFirst();
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return ctx.fail(Cli::tr("cannot read %1: %2").arg(fileName, file.errorString()));
    const auto records = CsvReader::read(file);
    if (!records)
        return ctx.fail(records.error());

    // File-level problems (missing columns) are reported before the database
    // is opened, so a bad file never creates or touches one.
    if (const auto dry = BeneficiaryImport::plan(*records, Clock::instance().today(), {}); !dry)
        return ctx.fail(dry.error());

    auto db = OpenDatabase::forVerb(ctx, parser, OpenDatabase::Mode::CreateIfMissing);
    if (!db)
        return CliExit::Failure;
    BeneficiaryRepository repo(*db);
    QString lookupError;
    const auto plan =
        BeneficiaryImport::plan(*records, Clock::instance().today(), [&](const QString &id) {
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
    const Status stored = db->transaction([&]() -> Status {
        for (const ImportedRow &row : plan->accepted) {
            const auto created = repo.create(row.beneficiary, 0);
            if (!created)
                return Status::failure(Cli::tr("line %1: %2").arg(row.line).arg(created.error()));
        }
        return Status::success();
    });
    if (!stored)
        return ctx.fail(Cli::tr("nothing was imported: %1").arg(stored.error()));

    if (parser.isSet(json)) {
        QJsonArray rejected;
        for (const RejectedRow &r : plan->rejected)
            rejected.append(QJsonObject{{QStringLiteral("line"), r.line},
                                        {QStringLiteral("reason"), r.reason}});
        const QJsonObject result{{QStringLiteral("imported"), int(plan->accepted.size())},
                                 {QStringLiteral("rejected"), rejected}};
        ctx.out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)) << '\n';
    } else {
        ctx.out << Cli::tr("Imported %n beneficiaries.", "", int(plan->accepted.size())) << '\n';
        for (const RejectedRow &r : plan->rejected)
            ctx.out << Cli::tr("Line %1 rejected: %2").arg(r.line).arg(r.reason) << '\n';
        for (const QString &c : plan->ignoredColumns)
            ctx.out << Cli::tr("Column \"%1\" is not a beneficiary field and was ignored.").arg(c)
                    << '\n';
    }
    return CliExit::Ok;
}
