// Runs a verb in-process with captured streams, as a script would see it.
#pragma once

#include "cli/CommandLine.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

inline CliRun runCli(const QStringList &verbAndArgs, const QString &stdinText = QString())
{
    CliRun r;
    QString input = stdinText;
    QTextStream out(&r.out), err(&r.err), in(&input);
    QStringList args = verbAndArgs;
    args.prepend(QStringLiteral("istiqbal"));
    r.code = CommandLine::run(args, out, err, in);
    out.flush();
    err.flush();
    return r;
}

// The people of a test database for the verbs that sign in: the first
// administrator (added without signing in, the one exception) adds the others.
namespace CliPeople {

inline const QString &password()
{
    static const QString p = QStringLiteral("a long enough secret");
    return p;
}

inline QString line(const QString &secret = password())
{
    return secret + QLatin1Char('\n');
}

// admin, and reception, officer and manager with one role each; false with
// the reason printed when one could not be added.
inline CliRun addPeople(const QString &database)
{
    CliRun r = runCli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--database"),
                       database, QStringLiteral("--role"), QStringLiteral("admin"),
                       QStringLiteral("admin")},
                      line());
    if (r.code != 0)
        return r;
    const QStringList people[] = {{QStringLiteral("reception"), QStringLiteral("receptionist")},
                                  {QStringLiteral("officer"), QStringLiteral("officer")},
                                  {QStringLiteral("manager"), QStringLiteral("manager")}};
    for (const QStringList &p : people) {
        r = runCli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--database"),
                    database, QStringLiteral("--user"), QStringLiteral("admin"),
                    QStringLiteral("--role"), p.at(1), p.at(0)},
                   line() + line());
        if (r.code != 0)
            return r;
    }
    return r;
}

} // namespace CliPeople
