#include "cli/OpenDatabase.h"

#include <QDir>
#include <QFileInfo>

namespace OpenDatabase {

std::unique_ptr<Database> forVerb(CliContext &ctx, const QCommandLineParser &parser, Mode mode)
{
    const QString path = ctx.databasePath(parser);
    auto db = std::make_unique<Database>();
    // A server database is created on the server, never by Istiqbal.
    if (DatabaseAddress::isServer(path)) {
        if (const Status s = db->open(path); !s) {
            ctx.fail(s.error());
            return nullptr;
        }
        return db;
    }
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    const QString howToCreate =
        Cli::tr("create one with: istiqbal users add --role admin USERNAME --database %1")
            .arg(shown);
    if (mode != Mode::CreateIfMissing) {
        if (!info.exists()) {
            ctx.fail(Cli::tr("no database at %1; check the path, or %2").arg(shown, howToCreate));
            return nullptr;
        }
        if (info.isFile() && info.size() == 0) {
            ctx.fail(Cli::tr("%1 is empty (0 bytes), not a database; restore a backup, or %2")
                         .arg(shown, howToCreate));
            return nullptr;
        }
    }
    // A verb that only reads works on a file or folder this user cannot
    // write; opened normally, it would be refused as read-only.
    const bool readOnly =
        info.exists() && (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable());
    Status opened = Status::success();
    if (mode == Mode::CreateIfMissing)
        opened = db->openOrCreate(path);
    else if (mode == Mode::ReadOnly && readOnly)
        opened = db->openReadOnly(path);
    else
        opened = db->open(path);
    if (!opened) {
        ctx.fail(opened.error());
        return nullptr;
    }
    return db;
}

} // namespace OpenDatabase
