#include "cli/CommandLine.h"

#include "cli/CliContext.h"
#include "cli/ReportVerbs.h"
#include "cli/Verbs.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>

namespace {

struct VerbEntry
{
    const char *name;
    const char *syntax;
    const char *summary; // translated in the Cli context
    int (*run)(CliContext &);
};

const VerbEntry kVerbs[] = {
    {"demo", "demo --beneficiaries N --cases M [--seed S]",
     QT_TRANSLATE_NOOP("Cli", "fill a new database with synthetic data"), &Verbs::demo},
    {"import", "import --user NAME FILE.csv [--json]",
     QT_TRANSLATE_NOOP("Cli", "import beneficiaries from a spreadsheet"), &Verbs::importCsv},
    {"search", "search QUERY [--json] [--limit K]",
     QT_TRANSLATE_NOOP("Cli", "find beneficiaries by name, ID or phone"), &Verbs::search},
    {"check", "check", QT_TRANSLATE_NOOP("Cli", "check the database's integrity"), &Verbs::check},
    {"backup", "backup --user NAME --output FILE [--encrypt]",
     QT_TRANSLATE_NOOP("Cli", "write a checked backup, sealed with a passphrase with --encrypt (a "
                              "manager or an administrator)"),
     &Verbs::backup},
    {"restore", "restore --user ADMIN BACKUP",
     QT_TRANSLATE_NOOP("Cli", "put a backup (plain or sealed) in the database's place, checked "
                              "first; the current file is kept aside"),
     &Verbs::restore},
    {"users", "users add --user ADMIN --role ROLE USERNAME",
     QT_TRANSLATE_NOOP("Cli", "add a user (passwords from standard input, the administrator's "
                              "first; without --user only the first administrator)"),
     &Verbs::users},
    {"migrate-to", "migrate-to postgresql://USER@HOST:PORT/DBNAME",
     QT_TRANSLATE_NOOP("Cli", "copy the database into a new, empty server database, verified "
                              "(--user ADMIN)"),
     &Verbs::migrateTo},
    {"server-setup", "server-setup --admin NAME",
     QT_TRANSLATE_NOOP("Cli", "set up a server database's roles and its first administrator "
                              "(as the database's owner)"),
     &Verbs::serverSetup},
    {"person", "person anonymise|copy ID ... --user NAME",
     QT_TRANSLATE_NOOP("Cli", "destroy a person's identifying data for good, keeping their cases "
                              "as figures, or write the copy of their data (PDF or JSON)"),
     &Verbs::person},
    {"retention", "retention list|set YEARS|apply --user MANAGER [--yes]",
     QT_TRANSLATE_NOOP("Cli", "the retention period: who is past it, setting it, anonymising "
                              "them"),
     &Verbs::retention},
    {"breach-report", "breach-report --from DAY --to DAY --output FILE",
     QT_TRANSLATE_NOOP("Cli", "whose personal data was seen or changed in a range of days, by "
                              "whom, as PDF or CSV (--user NAME: signed in, recorded)"),
     &Verbs::breachReport},
    {"report", "report --month YYYY-MM --output FILE.pdf",
     QT_TRANSLATE_NOOP("Cli", "write the monthly summary as PDF ([--language ar|en])"),
     &Verbs::report},
    {"export", "export --month YYYY-MM --output FILE.csv --user NAME",
     QT_TRANSLATE_NOOP("Cli",
                       "write the month's cases as CSV for spreadsheets (signed in, recorded)"),
     &Verbs::exportCsv},
};

QString usage()
{
    QString text = Cli::tr("Usage: istiqbal [VERB] [OPTIONS]") + QLatin1String("\n\n") +
                   Cli::tr("Without a verb, opens the application window.") +
                   QLatin1String("\n\n") +
                   Cli::tr("Verbs (each takes --database PATH and --help):") + QLatin1Char('\n');
    for (const VerbEntry &v : kVerbs) {
        text +=
            QStringLiteral("  %1  %2\n").arg(QLatin1String(v.syntax), -46).arg(Cli::tr(v.summary));
    }
    text += QStringLiteral("  %1  %2\n")
                .arg(QStringLiteral("version, --version"), -46)
                .arg(Cli::tr("print the version"));
    return text;
}

} // namespace

namespace CommandLine {

void quietLogging()
{
    if (qEnvironmentVariableIsSet("ISTIQBAL_LOG"))
        return;
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &text) {
        // A fatal message still says why the program stops.
        if (type == QtFatalMsg)
            fprintf(stderr, "%s\n", qPrintable(text));
    });
}

bool needsGui(const QStringList &args)
{
    // The report's charts are drawn by Qt Charts through the graphics view;
    // the copy of a person's data is laid out with the report's fonts.
    if (args.size() >= 2 && args.at(1) == QLatin1String("report"))
        return true;
    // The breach report's PDF is laid out like the copy.
    if (args.size() >= 2 && args.at(1) == QLatin1String("breach-report"))
        return std::any_of(args.begin() + 2, args.end(), [](const QString &a) {
            return a.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
        });
    // (Options may come before the sub-verb.)
    return args.size() >= 3 && args.at(1) == QLatin1String("person") &&
           args.mid(2).contains(QLatin1String("copy"));
}

bool isVerb(const QStringList &args)
{
    if (args.size() < 2)
        return false;
    const QString verb = args.at(1);
    if (verb == QLatin1String("version") || verb == QLatin1String("--version") ||
        verb == QLatin1String("help") || verb == QLatin1String("--help"))
        return true;
    for (const VerbEntry &v : kVerbs) {
        if (verb == QLatin1String(v.name))
            return true;
    }
    // Anything else that is not an option is a mistyped verb: answer it on the
    // command line rather than opening a window.
    return !verb.startsWith(QLatin1Char('-'));
}

int run(const QStringList &args, QTextStream &out, QTextStream &err, QTextStream &in)
{
    const QString verb = args.value(1);
    if (verb == QLatin1String("version") || verb == QLatin1String("--version")) {
        out << "istiqbal " << QCoreApplication::applicationVersion() << '\n';
        return CliExit::Ok;
    }
    if (verb == QLatin1String("help") || verb == QLatin1String("--help")) {
        out << usage();
        return CliExit::Ok;
    }
    for (const VerbEntry &v : kVerbs) {
        if (verb == QLatin1String(v.name)) {
            quietLogging();
            CliContext ctx{verb, args.mid(2), out, err, in, QString(), QString()};
            const int code = v.run(ctx);
            out.flush();
            err.flush();
            return code;
        }
    }
    err << Cli::tr("istiqbal: unknown verb '%1'; try 'istiqbal help'").arg(verb) << '\n';
    return CliExit::Usage;
}

} // namespace CommandLine
