#include "storage/DatabaseCheck.h"

#include "core/IoFailure.h"
#include "storage/AuditChainCheck.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/SettingsRepository.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QtEndian>

namespace {

QString schemaKindLabel(const QString &kind)
{
    if (kind == QLatin1String("table"))
        return DatabaseCheck::tr("table");
    if (kind == QLatin1String("index"))
        return DatabaseCheck::tr("index");
    if (kind == QLatin1String("trigger"))
        return DatabaseCheck::tr("trigger");
    return DatabaseCheck::tr("function");
}

// One number from a query, or the failure to read it.
Result<qint64> checkCount(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(sql) || !q.next())
        return Database::sqlFailure(DatabaseCheck::tr("The check could not count the records."), q);
    return q.value(0).toLongLong();
}

// A statement as SQLite keeps it (it drops "IF NOT EXISTS"), to compare.
QString comparable(const QString &sql)
{
    static const QRegularExpression ifNotExists(QStringLiteral("\\s+IF\\s+NOT\\s+EXISTS\\b"),
                                                QRegularExpression::CaseInsensitiveOption);
    QString s = sql;
    s.remove(ifNotExists);
    s = s.simplified();
    while (s.endsWith(QLatin1Char(';')))
        s.chop(1);
    return s;
}

} // namespace

const QVector<DatabaseCheck::NamedStep> &DatabaseCheck::steps()
{
    static const QVector<NamedStep> all = {
        {"whole file", &DatabaseCheck::wholeFile},
        {"integrity", &DatabaseCheck::integrity},
        {"schema objects", &DatabaseCheck::schemaObjects},
        {"search keys", &DatabaseCheck::searchKeys},
        {"unfinished demo", &DatabaseCheck::unfinishedDemo},
        {"audit chain", &DatabaseCheck::auditChain},
    };
    return all;
}

Result<DatabaseCheckReport> DatabaseCheck::run(Database &db)
{
    if (!db.isOpen())
        return Result<DatabaseCheckReport>::failure(tr("The database is not open."));
    DatabaseCheckReport report;
    for (const NamedStep &step : steps()) {
        if (Status s = step.run(db, report); !s)
            return s;
    }
    return report;
}

QString DatabaseCheck::demoFillingKey()
{
    return QStringLiteral("demo.filling");
}

QVector<DatabaseCheck::SchemaObject> DatabaseCheck::expectedObjects(const SqlDialect &dialect,
                                                                    int version)
{
    static const QRegularExpression create(
        QStringLiteral("^\\s*CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:UNIQUE\\s+)?"
                       "(TABLE|INDEX|TRIGGER|FUNCTION)\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression drop(
        QStringLiteral(
            "^\\s*DROP\\s+(TABLE|INDEX|TRIGGER|FUNCTION)\\s+(?:IF\\s+EXISTS\\s+)?(\\w+)"),
        QRegularExpression::CaseInsensitiveOption);
    QVector<SchemaObject> objects;
    for (const Migration &migration : Schema::migrations()) {
        if (migration.version > version)
            break;
        QStringList statements = migration.statements(dialect);
        if (migration.finishStatements)
            statements << migration.finishStatements(dialect);
        for (const QString &sql : statements) {
            if (const auto m = create.match(sql); m.hasMatch()) {
                const SchemaObject o{m.captured(1).toLower(), m.captured(2), sql};
                objects.removeAll(o);
                objects << o;
            } else if (const auto d = drop.match(sql); d.hasMatch()) {
                objects.removeAll(SchemaObject{d.captured(1).toLower(), d.captured(2), {}});
            }
        }
    }
    return objects;
}

Status DatabaseCheck::wholeFile(Database &db, DatabaseCheckReport &report)
{
    if (db.isServer())
        return Status::success();
    // The header says how many pages the file holds (valid when its two
    // change counters agree): a file cut off while being copied is shorter.
    QFile file(db.path());
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(tr("Cannot read %1: %2").arg(db.path(), IoFailure::reason(file)));
    const QByteArray h = file.read(100);
    if (h.size() < 100) {
        report.findings << tr("The file is only %n byte(s) long: it was cut off and is not a "
                              "whole database.",
                              "", int(file.size()));
        return Status::success();
    }
    const auto *bytes = reinterpret_cast<const uchar *>(h.constData());
    qint64 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pages = qFromBigEndian<quint32>(bytes + 28);
    const bool countValid =
        qFromBigEndian<quint32>(bytes + 24) == qFromBigEndian<quint32>(bytes + 92);
    if (countValid && pages > 0 && file.size() < pageSize * qint64(pages))
        report.findings << tr("The file is shorter than the database it holds (%1 of %2 bytes): "
                              "it was cut off while being written.")
                               .arg(file.size())
                               .arg(pageSize * qint64(pages));
    return Status::success();
}

Status DatabaseCheck::integrity(Database &db, DatabaseCheckReport &report)
{
    // integrityOf() stops at its first kind of problem, which is enough: a
    // damaged file says little reliable beyond that.
    if (Status s = integrityOf(db); !s)
        report.findings << s.error();
    return Status::success();
}

Status DatabaseCheck::integrityOf(const Database &db)
{
    if (!db.isOpen())
        return Status::failure(tr("The database is not open."));
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(db.dialect().integrityCheck()))
        return db.engineFailure(tr("The integrity check could not run."), q.lastError());
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (!problems.isEmpty()) {
        return Status::failure(tr("The database is damaged: %n problem(s) found. Restore the "
                                  "latest backup. First problem: %1",
                                  "", int(problems.size()))
                                   .arg(problems.first()));
    }
    if (!q.exec(db.dialect().foreignKeyCheck()))
        return db.engineFailure(tr("The integrity check could not run."), q.lastError());
    int orphans = 0;
    QStringList tables;
    while (q.next()) {
        ++orphans;
        const QString table = q.value(0).toString();
        if (!tables.contains(table))
            tables << table;
    }
    if (orphans > 0)
        return Status::failure(
            tr("%n record(s) refer to records that do not exist (in: %1).", "", orphans)
                .arg(tables.join(QLatin1String(", "))));
    return Status::success();
}

Status DatabaseCheck::schemaObjects(Database &db, DatabaseCheckReport &report)
{
    const SqlDialect &dialect = db.dialect();
    if (db.schemaVersion() < Schema::latestVersion())
        report.findings << tr("The database has schema version %1; this version of Istiqbal "
                              "expects %2. Open it once with write access to upgrade it.")
                               .arg(db.schemaVersion())
                               .arg(Schema::latestVersion());
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(dialect.schemaObjects()))
        return Database::sqlFailure(tr("The check could not list the database's tables."), q);
    QVector<SchemaObject> present;
    while (q.next())
        present << SchemaObject{q.value(0).toString(), q.value(1).toString(),
                                q.value(2).toString()};
    for (const SchemaObject &want : expectedObjects(dialect, db.schemaVersion())) {
        const int at = present.indexOf(want);
        if (at < 0) {
            report.findings << tr("The %1 \"%2\" is missing: it was removed from the database.")
                                   .arg(schemaKindLabel(want.kind), want.name);
        } else if (dialect.isSQLite() && want.kind != QLatin1String("table") &&
                   comparable(present.at(at).sql) != comparable(want.sql)) {
            // SQLite keeps each statement as written; a table's changes with
            // ALTER TABLE, so only indexes and triggers are compared.
            report.findings << tr("The %1 \"%2\" was changed: it is not the one Istiqbal "
                                  "created.")
                                   .arg(schemaKindLabel(want.kind), want.name);
        }
    }
    return Status::success();
}

Status DatabaseCheck::searchKeys(Database &db, DatabaseCheckReport &report)
{
    // An anonymised record has no name left to find it by, so no keys
    // (schema version 6 brought anonymisation).
    const QString named =
        db.schemaVersion() >= 6 ? QStringLiteral("b.anonymised_at IS NULL AND ") : QString();
    const auto without =
        checkCount(db, QStringLiteral("SELECT COUNT(*) FROM beneficiaries b WHERE %1NOT EXISTS "
                                      "(SELECT 1 FROM name_tokens t WHERE t.beneficiary_id = b.id)")
                           .arg(named));
    if (!without)
        return without.status();
    auto orphans = checkCount(
        db, QStringLiteral("SELECT COUNT(*) FROM name_tokens t WHERE NOT EXISTS "
                           "(SELECT 1 FROM beneficiaries b WHERE b.id = t.beneficiary_id)"));
    if (!orphans)
        return orphans.status();
    if (db.schemaVersion() >= 7) { // the secondary keys of DOMAIN.md 4.6
        const auto folds = checkCount(
            db, QStringLiteral("SELECT COUNT(*) FROM name_folds t WHERE NOT EXISTS "
                               "(SELECT 1 FROM beneficiaries b WHERE b.id = t.beneficiary_id)"));
        if (!folds)
            return folds.status();
        orphans = *orphans + *folds;
    }
    if (*without > 0)
        report.findings << tr("%n beneficiary(ies) cannot be found by name: their search keys "
                              "are missing.",
                              "", int(*without));
    if (*orphans > 0)
        report.findings << tr("%n search key(s) belong to no beneficiary.", "", int(*orphans));
    if (db.schemaVersion() >= 9) { // organisations that ask for programs (issue 16)
        const auto unnamed = checkCount(
            db, QStringLiteral("SELECT COUNT(*) FROM organisations o WHERE NOT EXISTS (SELECT 1 "
                               "FROM organisation_name_tokens t WHERE t.organisation_id = o.id)"));
        if (!unnamed)
            return unnamed.status();
        if (*unnamed > 0)
            report.findings << tr("%n organisation(s) cannot be found by name: their search keys "
                                  "are missing.",
                                  "", int(*unnamed));
    }
    return Status::success();
}

Status DatabaseCheck::unfinishedDemo(Database &db, DatabaseCheckReport &report)
{
    const auto mark = SettingsRepository(db).value(demoFillingKey());
    if (!mark)
        return mark.status();
    if (mark->has_value())
        report.findings << tr("A demo fill was interrupted here (started %1): the database is "
                              "half-filled. Make a new demo database.")
                               .arg(**mark);
    return Status::success();
}

Status DatabaseCheck::auditChain(Database &db, DatabaseCheckReport &report)
{
    const Result<AuditChainReport> chain = AuditChainCheck(db).run();
    if (!chain)
        return chain.status();
    report.auditEntries = chain->rows;
    if (!chain->intact())
        report.findings << tr("The audit trail was tampered with. %1").arg(chain->problem);
    return Status::success();
}
