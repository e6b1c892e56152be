// The command-line verbs of DESIGN.md section 5, run without a window. Each verb
// prints human text (or JSON with --json) and returns a process exit code;
// failures print one line with the reason on the error stream.
#pragma once

#include <QStringList>
#include <QTextStream>

namespace CommandLine {

// True when args[1] names a verb, so main() knows not to open the window.
bool isVerb(const QStringList &args);

// True when the verb needs a QApplication (the report draws charts); main()
// then starts one on the offscreen platform unless QT_QPA_PLATFORM says otherwise.
bool needsGui(const QStringList &args);

// Keeps Qt's and the libraries' log lines (warnings from the SQL driver, the
// platform) off the error stream, which carries the verb's one line only;
// ISTIQBAL_LOG=1 lets them through for a developer. main() calls it before
// the application object exists, as that already logs.
void quietLogging();

// args is the whole argv (program name first). in supplies stdin for verbs that
// read a password.
int run(const QStringList &args, QTextStream &out, QTextStream &err, QTextStream &in);

} // namespace CommandLine
