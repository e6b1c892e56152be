// Runs one child process for the benchmark: its output, its exit code and,
// when asked, how long it took from the spawn until a line starting with a
// marker appeared on its standard output. (Its peak memory the child reports
// itself, from VmHWM: wait4's ru_maxrss would count the parent's memory at
// the spawn, which Linux carries over the exec.)
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace BenchProcess {

struct Outcome
{
    bool started = false;
    int exitCode = -1;              // -1 when killed by a signal
    QByteArray out;                 // standard output, whole
    std::optional<double> markerMs; // spawn -> marker line, when asked and seen
};

// Runs program with arguments; extraEnv ("NAME=value") is added to this
// process's environment; input is written to its standard input, which is
// then closed. Standard error goes to errorFile when given (replaced), else
// where this process's goes.
Outcome run(const QString &program, const QStringList &arguments, const QStringList &extraEnv = {},
            const QByteArray &input = {}, const QByteArray &marker = {},
            const QString &errorFile = {});

} // namespace BenchProcess
