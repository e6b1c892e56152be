#include "storage/DatabaseCopy.h"

#include "storage/Database.h"
#include "storage/DatabaseAddress.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtEndian>

namespace {

// The bookkeeping table of the PostgreSQL schema version (SQLite keeps it in
// a pragma): it is written by the migrations, not copied.
const QLatin1String kSchemaVersionTable("schema_version");

// The same value reads the same from either engine: numbers as numbers
// (an integer stored in a REAL column included), text as text.
QByteArray canonical(const QVariant &v)
{
    if (v.isNull())
        return QByteArrayLiteral("\x01");
    QString text;
    switch (v.metaType().id()) {
    case QMetaType::Double:
    case QMetaType::Float:
        text = QString::number(v.toDouble(), 'g', 17);
        break;
    default:
        text = v.toString();
        break;
    }
    return '\x02' + text.toUtf8() + '\0';
}

QString select(const QString &table, const QStringList &columns)
{
    return QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QLatin1String(", ")), table);
}

} // namespace

qint64 CopyReport::rows() const
{
    qint64 n = 0;
    for (const TableFingerprint &t : tables)
        n += t.rows;
    return n;
}

Result<TableFingerprint> DatabaseCopy::fingerprint(Database &db, const QString &table,
                                                   const QStringList &columns)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(select(table, columns)))
        return Database::sqlFailure(tr("Cannot read the table %1.").arg(table), q.lastError());
    // A multiset hash: the sum of the rows' digests, so the order in which
    // each engine returns the rows does not matter.
    quint64 laneA = 0;
    quint64 laneB = 0;
    TableFingerprint out;
    out.table = table;
    while (q.next()) {
        QCryptographicHash row(QCryptographicHash::Sha256);
        for (int i = 0; i < columns.size(); ++i)
            row.addData(canonical(q.value(i)));
        const QByteArray digest = row.result();
        laneA += qFromBigEndian<quint64>(digest.constData());
        laneB += qFromBigEndian<quint64>(digest.constData() + 8);
        ++out.rows;
    }
    if (q.lastError().isValid())
        return Database::sqlFailure(tr("Cannot read the table %1.").arg(table), q.lastError());
    out.checksum = QStringLiteral("%1%2")
                       .arg(laneA, 16, 16, QLatin1Char('0'))
                       .arg(laneB, 16, 16, QLatin1Char('0'));
    return out;
}

Status DatabaseCopy::refuseNonEmpty(const QString &targetLocation)
{
    if (!DatabaseAddress::isServer(targetLocation)) {
        const QFileInfo file(targetLocation);
        if (!file.exists() || file.size() == 0)
            return Status::success();
    }
    Database probe;
    if (Status s = probe.openWithoutMigrating(targetLocation); !s)
        return s;
    const QStringList tables = probe.connection().tables();
    for (const QString &table : tables) {
        if (table == kSchemaVersionTable)
            continue;
        QSqlQuery q(probe.connection());
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !q.next())
            return Database::sqlFailure(tr("Cannot read the table %1.").arg(table), q.lastError());
        const qint64 rows = q.value(0).toLongLong();
        if (rows > 0)
            return Status::failure(tr("%1 already holds records (%2 in %3); the copy goes into a "
                                      "new, empty database only. Nothing was changed.")
                                       .arg(probe.path())
                                       .arg(rows)
                                       .arg(table));
    }
    return Status::success();
}

// The target's tables, each after the tables it refers to.
Result<QStringList> DatabaseCopy::tablesInOrder(Database &target)
{
    QSqlQuery q(target.connection());
    if (!q.exec(target.dialect().listTables()))
        return Database::sqlFailure(tr("Cannot read the tables of the new database."),
                                    q.lastError());
    QStringList tables;
    while (q.next()) {
        const QString t = q.value(0).toString();
        if (t != kSchemaVersionTable)
            tables << t;
    }
    if (!q.exec(target.dialect().tableReferences()))
        return Database::sqlFailure(tr("Cannot read the tables of the new database."),
                                    q.lastError());
    QHash<QString, QSet<QString>> needs;
    while (q.next()) {
        const QString from = q.value(0).toString();
        const QString to = q.value(1).toString();
        if (from != to)
            needs[from].insert(to);
    }
    QStringList ordered;
    QSet<QString> placed;
    while (ordered.size() < tables.size()) {
        bool progress = false;
        for (const QString &t : tables) {
            if (placed.contains(t))
                continue;
            bool ready = true;
            for (const QString &dep : needs.value(t)) {
                if (tables.contains(dep) && !placed.contains(dep))
                    ready = false;
            }
            if (ready) {
                ordered << t;
                placed.insert(t);
                progress = true;
            }
        }
        if (!progress)
            return Result<QStringList>::failure(
                tr("The tables refer to each other in a circle; they cannot be copied."));
    }
    return ordered;
}

Status DatabaseCopy::copyTable(Database &source, Database &target, const QString &table,
                               const QStringList &columns)
{
    const QString failure = tr("Cannot copy the table %1.").arg(table);
    QSqlQuery read(source.connection());
    read.setForwardOnly(true);
    if (!read.exec(select(table, columns)))
        return Database::sqlFailure(failure, read.lastError());

    // Many rows per INSERT: far fewer round trips to a server.
    const int perRow = int(columns.size());
    const int batchRows = qMax(1, 1000 / perRow);
    const QString row = QLatin1Char('(') +
                        QStringList(perRow, QStringLiteral("?")).join(QLatin1String(", ")) +
                        QLatin1Char(')');
    auto insertSql = [&](int rows) {
        return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
            .arg(table, columns.join(QLatin1String(", ")),
                 QStringList(rows, row).join(QLatin1String(", ")));
    };
    QSqlQuery full(target.connection());
    bool fullPrepared = false;
    QVariantList pending;
    int pendingRows = 0;
    auto flush = [&](bool whole) -> Status {
        if (pendingRows == 0)
            return Status::success();
        QSqlQuery tail(target.connection());
        QSqlQuery *q = &full;
        if (whole) {
            if (!fullPrepared) {
                if (!full.prepare(insertSql(batchRows)))
                    return Database::sqlFailure(failure, full.lastError());
                fullPrepared = true;
            }
        } else {
            q = &tail;
            if (!tail.prepare(insertSql(pendingRows)))
                return Database::sqlFailure(failure, tail.lastError());
        }
        for (int i = 0; i < pending.size(); ++i)
            q->bindValue(i, pending.at(i));
        if (!q->exec())
            return Database::sqlFailure(failure, q->lastError());
        pending.clear();
        pendingRows = 0;
        return Status::success();
    };
    while (read.next()) {
        for (int i = 0; i < perRow; ++i)
            pending << read.value(i);
        if (++pendingRows == batchRows) {
            if (Status s = flush(true); !s)
                return s;
        }
    }
    if (read.lastError().isValid())
        return Database::sqlFailure(failure, read.lastError());
    if (Status s = flush(false); !s)
        return s;

    // Record numbers given from now on follow the copied ones.
    const QString reset = target.dialect().resetIdentity(table);
    if (!reset.isEmpty() && columns.contains(QStringLiteral("id"))) {
        QSqlQuery q(target.connection());
        if (!q.exec(QStringLiteral("SELECT pg_get_serial_sequence('%1', 'id')").arg(table)) ||
            !q.next())
            return Database::sqlFailure(failure, q.lastError());
        if (!q.value(0).isNull() && !q.exec(reset))
            return Database::sqlFailure(failure, q.lastError());
    }
    return Status::success();
}

Result<CopyReport> DatabaseCopy::copy(Database &source, const QString &targetLocation)
{
    if (!source.isOpen())
        return Result<CopyReport>::failure(tr("The database to copy is not open."));
    const Result<DatabaseAddress> address = DatabaseAddress::parse(targetLocation);
    if (!address)
        return address.status();
    const QString shownTarget =
        address->isServer() ? address->display() : QFileInfo(targetLocation).absoluteFilePath();
    if (shownTarget == source.path())
        return Result<CopyReport>::failure(tr("A database cannot be copied onto itself."));
    if (Status s = refuseNonEmpty(targetLocation); !s)
        return s;

    Database target;
    if (Status s = target.open(targetLocation); !s)
        return s;
    if (target.schemaVersion() != source.schemaVersion())
        return Result<CopyReport>::failure(
            tr("The two databases have different schemas (%1 and %2); open both with this "
               "version of Istiqbal first.")
                .arg(source.schemaVersion())
                .arg(target.schemaVersion()));
    const Result<QStringList> tables = tablesInOrder(target);
    if (!tables)
        return tables.status();
    const QStringList sourceTables = source.connection().tables();
    for (const QString &t : sourceTables) {
        if (!t.startsWith(QLatin1String("sqlite_")) && t != kSchemaVersionTable &&
            !tables->contains(t))
            return Result<CopyReport>::failure(
                tr("The table %1 has no place in the new database; nothing was copied.").arg(t));
    }

    CopyReport report;
    report.target = target.path();
    // The source stays as it is while it is read (no desk can save in
    // between), and the target gets all of it or nothing.
    const Status done = source.transaction([&]() -> Status {
        return target.transaction([&]() -> Status {
            for (const QString &table : *tables) {
                if (!sourceTables.contains(table))
                    return Status::failure(
                        tr("The table %1 is missing from the database to copy.").arg(table));
                const QSqlRecord targetColumns = target.connection().record(table);
                const QSqlRecord sourceColumns = source.connection().record(table);
                QStringList columns;
                for (int i = 0; i < targetColumns.count(); ++i) {
                    const QString c = targetColumns.fieldName(i);
                    if (!sourceColumns.contains(c))
                        return Status::failure(
                            tr("The column %1.%2 is missing from the database to copy.")
                                .arg(table, c));
                    columns << c;
                }
                if (sourceColumns.count() != targetColumns.count())
                    return Status::failure(
                        tr("The table %1 has other columns in the database to copy.").arg(table));
                if (Status s = copyTable(source, target, table, columns); !s)
                    return s;
                const Result<TableFingerprint> from = fingerprint(source, table, columns);
                if (!from)
                    return from.status();
                const Result<TableFingerprint> to = fingerprint(target, table, columns);
                if (!to)
                    return to.status();
                if (from->rows != to->rows)
                    return Status::failure(tr("The copy of %1 holds %2 rows instead of %3; "
                                              "nothing was copied.")
                                               .arg(table)
                                               .arg(to->rows)
                                               .arg(from->rows));
                if (from->checksum != to->checksum)
                    return Status::failure(tr("The copy of %1 differs from the original "
                                              "(checksums %2 and %3); nothing was copied.")
                                               .arg(table, to->checksum, from->checksum));
                report.tables << *to;
            }
            return Status::success();
        });
    });
    if (!done)
        return done;
    for (const QString &sql : target.dialect().afterBulkLoad()) {
        // Statistics for the planner only: the copy is whole and verified
        // without them, and the server gathers them again by itself.
        (void)target.execute(sql, tr("Cannot copy the database."));
    }
    return report;
}
