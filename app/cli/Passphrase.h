// The passphrase of a sealed backup (restore): typed at the terminal without
// echo, or the first line of standard input when that is not a terminal.
#pragma once

#include "cli/CliContext.h"

#include <QByteArray>

namespace Passphrase {

// Empty when none was given.
QByteArray read(CliContext &ctx);

} // namespace Passphrase
