// Opens the database a verb names, with the verb's one-line error on failure.
#pragma once

#include "cli/CliContext.h"
#include "storage/Database.h"

#include <memory>

namespace OpenDatabase {

enum class Mode
{
    MustExist,
    CreateIfMissing
};

// Null after printing the reason (the caller returns CliExit::Failure).
std::unique_ptr<Database> forVerb(CliContext &ctx, const QCommandLineParser &parser, Mode mode);

} // namespace OpenDatabase
