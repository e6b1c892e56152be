#include "cli/CommandLine.h"

#include "cli/CliContext.h"
#include "cli/Verbs.h"

#include <QCoreApplication>

namespace {

struct VerbEntry
{
    const char *name;
    int (*run)(CliContext &);
};

const VerbEntry kVerbs[] = {
    {"demo", &Verbs::demo},   {"import", &Verbs::importCsv}, {"search", &Verbs::search},
    {"check", &Verbs::check}, {"backup", &Verbs::backup},
};

QString usage()
{
    return Cli::tr(
        "Usage: istiqbal [VERB] [OPTIONS]\n"
        "\n"
        "Without a verb, opens the application window.\n"
        "\n"
        "Verbs (each takes --database PATH and --help):\n"
        "  demo --beneficiaries N --cases M [--seed S]   fill a database with synthetic data\n"
        "  import FILE.csv [--json]                     import beneficiaries from a spreadsheet\n"
        "  search QUERY [--json] [--limit K]            find beneficiaries by name, ID or phone\n"
        "  check                                        check the database's integrity\n"
        "  backup --output FILE                         write an online backup\n"
        "  version                                      print the version\n");
}

} // namespace

namespace CommandLine {

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
            CliContext ctx{verb, args.mid(2), out, err, in};
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
