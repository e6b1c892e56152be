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
