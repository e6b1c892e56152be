#include "cli/DemoGenerator.h"
#include "cli/OpenDatabase.h"
#include "cli/Verbs.h"
#include "core/Clock.h"
#include "core/OutputFile.h"
#include "storage/BeneficiaryRepository.h"
#include "storage/DatabaseUse.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

namespace {

// A whole number from min to max, or nothing.
std::optional<qint64> wholeNumber(const QString &text, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < min || v > max)
        return std::nullopt;
    return v;
}

} // namespace

int Verbs::demo(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption beneficiaries(QStringLiteral("beneficiaries"),
                                           Cli::tr("How many beneficiaries (default 2000)."),
                                           QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption cases(QStringLiteral("cases"),
                                   Cli::tr("How many cases (default 3000)."), QStringLiteral("M"),
                                   QStringLiteral("3000"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  Cli::tr("The random seed: the same seed gives the same data."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    parser.addOptions({beneficiaries, cases, seed});
    if (const auto stop = ctx.parse(parser))
        return *stop;

    const auto n = wholeNumber(parser.value(beneficiaries), 1, 5000000);
    const auto m = wholeNumber(parser.value(cases), 0, 10000000);
    const auto s = wholeNumber(parser.value(seed), 0, std::numeric_limits<qint32>::max());
    if (!n)
        return ctx.fail(Cli::tr("--beneficiaries takes a whole number from 1 to 5000000"),
                        CliExit::Usage);
    if (!m)
        return ctx.fail(Cli::tr("--cases takes a whole number from 0 to 10000000"), CliExit::Usage);
    if (!s)
        return ctx.fail(Cli::tr("--seed takes a whole number from 0 to 2147483647"),
                        CliExit::Usage);

    const QString path = ctx.databasePath(parser);
    std::unique_ptr<OutputFile> file;
    auto db = std::make_unique<Database>();
    if (DatabaseAddress::isServer(path)) {
        db = OpenDatabase::forVerb(ctx, parser, OpenDatabase::Mode::CreateIfMissing);
        if (!db)
            return CliExit::Failure;
        // Demo data goes into an empty database only, so it never mixes with
        // real beneficiaries.
        const auto existing = BeneficiaryRepository(*db).count();
        if (!existing)
            return ctx.fail(existing.error());
        if (*existing > 0)
            return ctx.fail(Cli::tr("%1 already holds %n beneficiaries; demo data goes into a "
                                    "new database only",
                                    "", int(*existing))
                                .arg(db->path()));
    } else {
        // A file is built under a temporary name and takes its name only when
        // complete: an interrupted demo leaves no half-filled database.
        const QFileInfo info(path);
        if (info.exists() && (info.isDir() || info.size() > 0))
            return ctx.fail(
                Cli::tr("%1 already exists; demo data goes into a new database only").arg(path));
        file = std::make_unique<OutputFile>(path, info.exists() ? OutputFile::Existing::Replace
                                                                : OutputFile::Existing::Refuse);
        if (const Status opened = file->open(); !opened)
            return ctx.fail(opened.error());
        if (const Status opened = db->openOrCreate(file->handOverPath()); !opened)
            return ctx.fail(opened.error());
    }
    // Opening the temporary gave it a lock file of its own (DatabaseUse); the
    // temporary's name is private to this process, so its lock goes with it,
    // whether the demo completes or fails.
    const QString temporaryLock = file ? DatabaseUse::lockPath(db->path()) : QString();
    const auto dropTemporaryLock = qScopeGuard([&] {
        if (temporaryLock.isEmpty())
            return;
        db->close();
        QFile::remove(temporaryLock);
    });

    DemoOptions options;
    options.beneficiaries = int(*n);
    options.cases = int(*m);
    options.seed = quint64(*s);
    options.now = Clock::instance().nowUtc();

    QElapsedTimer timer;
    timer.start();
    const auto counts = DemoGenerator::fill(*db, options);
    if (!counts)
        return ctx.fail(counts.error());
    const QString shownPath = file ? file->target() : db->path();
    if (file) {
        db->close();
        if (const Status committed = file->commit(); !committed)
            return ctx.fail(committed.error());
    }
    const double seconds = timer.elapsed() / 1000.0;
    ctx.out << Cli::tr("Demo data written to %1 in %2 s: %3 beneficiaries, %4 cases, %5 referrals, "
                       "%6 deliveries, %7 surveys.")
                   .arg(shownPath)
                   .arg(seconds, 0, 'f', 1)
                   .arg(counts->beneficiaries)
                   .arg(counts->cases)
                   .arg(counts->referrals)
                   .arg(counts->deliveries)
                   .arg(counts->surveys)
            << '\n';
    ctx.out << Cli::tr("Sign in as reception1, officer, manager or admin with the password %1.")
                   .arg(DemoGenerator::demoPassword())
            << '\n';
    return CliExit::Ok;
}
