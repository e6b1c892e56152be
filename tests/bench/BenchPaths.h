// The paths the benchmark measures inside a child process of its own (so that
// the child's peak memory is the path's): each runs a few times unmeasured to
// warm the caches, then `runs` times measured. Where the path has a floor (the
// same work as the database's plain indexed query, or a plain durable insert),
// the floor runs alternately with the path, on the same connection.
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace BenchPaths {

// The paths measured in a child of the benchmark, in the order of the table
// (startup is measured on the real program by BenchMain).
const QStringList &inProcess();

// Whether the path needs a QApplication (widgets, the report's charts).
bool needsGui(const QString &path);

// Runs path against the database file and prints one line of JSON on stdout:
// {"samples": [ms...], "floor": [ms...], "info": "..."}. dataNow is the
// moment the demo data was generated for: the clock runs on from it, so
// "today" at the desk is the data's today. Returns the exit code.
int run(const QString &path, const QString &database, const QDateTime &dataNow, int runs);

} // namespace BenchPaths
