// What every verb shares: its streams, its arguments, and the one-line error
// convention ("istiqbal VERB: reason", exit code 2 for usage, 1 for failure).
#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <optional>

// Translation context of the command line's texts (English unless a verb
// installs a translator).
class Cli final
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

struct CliContext
{
    QString verb;
    QStringList args; // the verb's arguments (program name and verb removed)
    QTextStream &out;
    QTextStream &err;
    QTextStream &in;
    // On a server, the signed-in person's own login and password, which the
    // verb's connection uses instead of the address's (see CliSignIn).
    QString serverLogin;
    QString serverPassword;

    // Parses args with the verb's options (--database and --help are added).
    // Returns an exit code when the verb should stop here (bad usage, or help
    // printed), nothing when it should go on.
    std::optional<int> parse(QCommandLineParser &parser,
                             const QString &positionalSyntax = QString());

    // Prints "istiqbal VERB: reason" on err and returns code.
    int fail(const QString &reason, int code = 1);

    // The --database value, or the default file in the user's data folder; a
    // server address carries serverLogin and its password once set.
    QString databasePath(const QCommandLineParser &parser) const;
};

namespace CliExit {
constexpr int Ok = 0;
constexpr int Failure = 1;
constexpr int Usage = 2;
} // namespace CliExit
