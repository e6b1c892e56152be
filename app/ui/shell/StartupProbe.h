// A measuring aid for the benchmark (scripts/bench, issue 7), off unless its
// environment variables are set:
//   ISTIQBAL_EXIT_WHEN_SHOWN=1     when the main window has been painted for
//     the first time, prints "shown <ms> <kB>" (milliseconds since arm(),
//     called in main just before the window's QApplication is made, and the
//     peak resident memory so far, VmHWM, or -1) on standard output and quits;
//   ISTIQBAL_SIGN_IN_FROM_STDIN=1  with the above: answers the sign-in dialog
//     with the username and the password read from standard input (two
//     lines), typed into its fields and submitted, so the password is checked
//     as if typed.
// Nothing is skipped or bypassed: the probe watches the application's events
// and types.
#pragma once

namespace StartupProbe {

// Call in main before the window's QApplication is made (not for a
// command-line verb): when the variables are set, the probe starts watching
// as soon as the QApplication exists.
void arm();

// The process's peak resident memory so far in kB (Linux: VmHWM), or -1; the
// benchmark reads its own children's with it too.
long long peakResidentKb();

} // namespace StartupProbe
