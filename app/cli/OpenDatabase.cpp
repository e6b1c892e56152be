#include "cli/OpenDatabase.h"

#include <QFileInfo>

namespace OpenDatabase {

std::unique_ptr<Database> forVerb(CliContext &ctx, const QCommandLineParser &parser, Mode mode)
{
    const QString path = ctx.databasePath(parser);
    // A mistyped path must not silently become a new, empty database. (A
    // server database is created on the server, never by Istiqbal.)
    if (mode == Mode::MustExist && !DatabaseAddress::isServer(path) && !QFileInfo::exists(path)) {
        ctx.fail(Cli::tr("no database at %1").arg(path));
        return nullptr;
    }
    auto db = std::make_unique<Database>();
    if (const Status s = db->open(path); !s) {
        ctx.fail(s.error());
        return nullptr;
    }
    return db;
}

} // namespace OpenDatabase
