#include "storage/ServerDump.h"

#include "core/OutputFile.h"
#include "core/SealedFile.h"
#include "storage/Database.h"
#include "storage/DatabaseCheck.h"
#include "storage/PgTools.h"
#include "storage/SqlDialect.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

namespace {

QByteArray headOf(const QString &path, int bytes)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(bytes) : QByteArray();
}

// "215; 1259 16390 TABLE public audit_log owner": the tables an archive's
// table of contents lists in the public schema.
QStringList tablesListed(const QByteArray &list)
{
    static const QRegularExpression table(
        QStringLiteral("^\\d+;\\s+\\d+\\s+\\d+\\s+TABLE\\s+public\\s+(\\S+)\\s"),
        QRegularExpression::MultilineOption);
    QStringList tables;
    auto it = table.globalMatch(QString::fromUtf8(list));
    while (it.hasNext())
        tables << it.next().captured(1);
    return tables;
}

// The highest version among the rows of schema_version as pg_restore writes
// them (COPY ... FROM stdin; one value a line; "\.").
int highestVersion(const QByteArray &sql)
{
    int highest = 0;
    bool inData = false;
    for (const QByteArray &raw : sql.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.startsWith("COPY ")) {
            inData = true;
            continue;
        }
        if (line == "\\.")
            inData = false;
        else if (inData) {
            bool ok = false;
            const int v = line.toInt(&ok);
            if (ok && v > highest)
                highest = v;
        }
    }
    return highest;
}

} // namespace

bool ServerDump::isArchive(const QString &path)
{
    return headOf(path, 5) == "PGDMP";
}

Result<DumpContents> ServerDump::inspect(const PgTools &tools, const QString &archive)
{
    using R = Result<DumpContents>;
    if (!QFileInfo(archive).isFile())
        return R::failure(tr("%1 does not exist or is not a file.").arg(archive));
    if (!isArchive(archive)) {
        QFile file(archive);
        if (file.open(QIODevice::ReadOnly) && SealedFile::isSealed(file))
            return R::failure(tr("It is a sealed backup of a database file, not of a server "
                                 "database: restore it into a file (--database FILE) with its "
                                 "passphrase, then move it to the server with istiqbal "
                                 "migrate-to."));
        if (headOf(archive, 15) == "SQLite format 3")
            return R::failure(tr("It is the backup of a database file, not of a server "
                                 "database: restore it into a file (--database FILE), then move "
                                 "it to the server with istiqbal migrate-to."));
        return R::failure(tr("It is not a backup made by istiqbal backup on a server (a "
                             "pg_dump archive in the custom format)."));
    }
    QByteArray list;
    if (Status s =
            tools.run(QStringLiteral("pg_restore"), {QStringLiteral("--list"), archive}, &list);
        !s)
        return s;
    DumpContents contents;
    contents.tables = tablesListed(list);
    if (!contents.tables.contains(QStringLiteral("schema_version")))
        return R::failure(tr("The archive holds no Istiqbal database (it has no schema "
                             "version)."));
    QByteArray versions;
    if (Status s =
            tools.run(QStringLiteral("pg_restore"),
                      {QStringLiteral("--data-only"), QStringLiteral("--table=schema_version"),
                       QStringLiteral("--file=-"), archive},
                      &versions);
        !s)
        return s;
    contents.schemaVersion = highestVersion(versions);
    if (contents.schemaVersion <= 0)
        return R::failure(tr("The archive's schema version cannot be read."));
    if (contents.schemaVersion <= Database::latestSchemaVersion()) {
        const SqlDialect postgres = SqlDialect::forDriver(QStringLiteral("QPSQL"));
        for (const DatabaseCheck::SchemaObject &o :
             DatabaseCheck::expectedObjects(postgres, contents.schemaVersion)) {
            if (o.kind == QLatin1String("table") && !contents.tables.contains(o.name))
                return R::failure(
                    tr("The archive lacks the table \"%1\" that an Istiqbal database of schema "
                       "version %2 has.")
                        .arg(o.name)
                        .arg(contents.schemaVersion));
        }
    }
    // Every block read and decompressed: a file cut short fails here.
    if (Status s = tools.run(QStringLiteral("pg_restore"),
                             {QStringLiteral("--file=") + QProcess::nullDevice(), archive});
        !s)
        return s;
    return contents;
}

Result<BackupWritten> ServerDump::write(Database &db, const QString &target)
{
    const auto tools =
        PgTools::forDatabase(db, {QStringLiteral("pg_dump"), QStringLiteral("pg_restore")});
    if (!tools)
        return tools.status();
    Result<BackupWritten> written = write(**tools, target);
    if (written && written->schemaVersion != db.schemaVersion())
        return Result<BackupWritten>::failure(
            tr("The backup's schema version (%1) is not the database's (%2).")
                .arg(written->schemaVersion)
                .arg(db.schemaVersion()));
    return written;
}

Result<BackupWritten> ServerDump::write(const PgTools &tools, const QString &target)
{
    OutputFile out(target, OutputFile::Existing::Refuse);
    if (Status s = out.open(); !s)
        return s;
    const QString temporary = out.handOverPath();
    if (Status s = tools.run(QStringLiteral("pg_dump"),
                             {QStringLiteral("--format=custom"), QStringLiteral("--no-owner"),
                              QStringLiteral("--no-privileges"),
                              QStringLiteral("--file=") + temporary, tools.dbnameArgument()});
        !s)
        return s;
    const Result<DumpContents> contents = inspect(tools, temporary);
    if (!contents)
        return Result<BackupWritten>::failure(
            tr("The backup did not pass its check after writing, so it was not kept: %1")
                .arg(contents.error()));
    if (Status s = out.commit(); !s)
        return s;
    BackupWritten written;
    written.path = target;
    written.schemaVersion = contents->schemaVersion;
    written.bytes = QFileInfo(target).size();
    return written;
}
