// The passphrase of a sealed backup: typed at the terminal without echo, or
// the next line of standard input when that is not a terminal (after the
// signing-in person's password, which is the first).
#pragma once

#include "cli/CliContext.h"

#include <QByteArray>
#include <optional>

namespace Passphrase {

// To open a sealed backup (restore). Empty when none was given.
QByteArray read(CliContext &ctx);

// To seal a new one (backup --encrypt): typed twice at a terminal, at least
// SealedFile::minimumPassphrase characters; nothing after printing the reason.
std::optional<QByteArray> readNew(CliContext &ctx);

} // namespace Passphrase
