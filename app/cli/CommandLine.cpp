#include "cli/CommandLine.h"

#include <QCoreApplication>

namespace {

const char *const kUsage = R"(Usage: istiqbal [VERB] [OPTIONS]

Without a verb, opens the application window.

Verbs:
  version                 print the version
  help                    print this text
)";

} // namespace

namespace CommandLine {

bool isVerb(const QStringList &args)
{
    if (args.size() < 2)
        return false;
    static const QStringList verbs = {QStringLiteral("version"), QStringLiteral("help"),
                                      QStringLiteral("--help"), QStringLiteral("--version")};
    return verbs.contains(args.at(1));
}

int run(const QStringList &args, QTextStream &out, QTextStream &err, QTextStream &in)
{
    Q_UNUSED(in);
    const QString verb = args.value(1);
    if (verb == QLatin1String("version") || verb == QLatin1String("--version")) {
        out << "istiqbal " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    if (verb == QLatin1String("help") || verb == QLatin1String("--help")) {
        out << kUsage;
        return 0;
    }
    err << "istiqbal: unknown verb '" << verb << "'; try 'istiqbal help'\n";
    return 2;
}

} // namespace CommandLine
