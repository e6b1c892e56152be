// The command-line verbs, one function each (DESIGN.md section 5).
#pragma once

#include "cli/CliContext.h"

namespace Verbs {

int demo(CliContext &ctx);
int importCsv(CliContext &ctx);
int search(CliContext &ctx);
int check(CliContext &ctx);
int backup(CliContext &ctx);
int restore(CliContext &ctx);
int users(CliContext &ctx);
int migrateTo(CliContext &ctx);
int serverSetup(CliContext &ctx);
// person anonymise (issue 13); person copy joins it as another sub-verb.
int person(CliContext &ctx);
// retention list|apply (issue 13).
int retention(CliContext &ctx);
// breach-report --from --to --output FILE.pdf|.csv (issue 13).
int breachReport(CliContext &ctx);

} // namespace Verbs
