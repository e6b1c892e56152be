// The reporting verbs (issue 5): the monthly PDF summary and the month's cases
// as CSV. `report` needs a QApplication (Qt Charts draws through the graphics
// view); main() gives it one on the offscreen platform, so no display is needed.
#pragma once

#include "cli/CliContext.h"

#include <QStringList>

namespace Verbs {

int report(CliContext &ctx);
int exportCsv(CliContext &ctx);

} // namespace Verbs
