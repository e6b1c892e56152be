#include "cli/OpenDatabase.h"
#include "cli/Verbs.h"
#include "core/Phone.h"
#include "storage/BeneficiarySearch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString shownPhone(const QString &e164)
{
    if (e164.isEmpty())
        return {};
    const auto p = Phone::parse(e164);
    return p ? p->shown() : e164;
}

} // namespace

int Verbs::search(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print JSON."));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   Cli::tr("At most K results (default 20)."), QStringLiteral("K"),
                                   QStringLiteral("20"));
    parser.addOptions({json, limit});
    parser.addPositionalArgument(QStringLiteral("QUERY"),
                                 Cli::tr("A name (any spelling), national ID or phone."));
    if (const auto stop = ctx.parse(parser, QStringLiteral("QUERY")))
        return *stop;

    const QString query = parser.positionalArguments().join(QLatin1Char(' ')).trimmed();
    if (query.isEmpty())
        return ctx.fail(Cli::tr("give a name, national ID or phone to search for"), CliExit::Usage);
    bool ok = false;
    const int k = parser.value(limit).toInt(&ok);
    if (!ok || k < 1 || k > 1000)
        return ctx.fail(Cli::tr("--limit takes a whole number from 1 to 1000"), CliExit::Usage);

    auto db = OpenDatabase::forVerb(ctx, parser, OpenDatabase::Mode::ReadOnly);
    if (!db)
        return CliExit::Failure;
    const auto found = BeneficiarySearch(*db).find(query, k);
    if (!found)
        return ctx.fail(found.error());

    if (parser.isSet(json)) {
        QJsonArray array;
        for (const BeneficiaryMatch &m : *found) {
            array.append(QJsonObject{{QStringLiteral("id"), m.id},
                                     {QStringLiteral("national_id"), m.idNumber},
                                     {QStringLiteral("name"), m.fullName},
                                     {QStringLiteral("phone"), shownPhone(m.phone)}});
        }
        ctx.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) << '\n';
        return CliExit::Ok;
    }
    if (found->isEmpty()) {
        ctx.out << Cli::tr("No beneficiary matches \"%1\".").arg(query) << '\n';
        return CliExit::Ok;
    }
    for (const BeneficiaryMatch &m : *found) {
        ctx.out << m.id << '\t' << m.idNumber << '\t' << m.fullName << '\t' << shownPhone(m.phone)
                << '\n';
    }
    return CliExit::Ok;
}
