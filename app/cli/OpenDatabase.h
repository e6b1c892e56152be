// Opens the database a verb names, with the verb's one-line error on failure.
// Only a database that exists is opened: a mistyped path or an empty file
// never silently becomes a new database.
#pragma once

#include "cli/CliContext.h"
#include "storage/Database.h"

#include <memory>

namespace OpenDatabase {

enum class Mode
{
    // The verb changes the database: it must exist, not be empty, and be
    // writable (file and folder).
    MustExist,
    // The verb only reads: it must exist and not be empty; a read-only file
    // or folder is opened read-only.
    ReadOnly,
    // The first `users add` (and `demo` on a server): a missing or empty file
    // becomes a new database.
    CreateIfMissing
};

// Null after printing the reason (the caller returns CliExit::Failure).
std::unique_ptr<Database> forVerb(CliContext &ctx, const QCommandLineParser &parser, Mode mode);

} // namespace OpenDatabase
