#include "storage/AuditChain.h"

#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QVector>

namespace {

// Each field as name=length:bytes, so that no two different rows can give the
// same bytes (a value cannot end early or run into the next field); a null
// number is written as name=null, which no length can be mistaken for.
void field(QByteArray &out, const char *name, const QByteArray &value)
{
    out += name;
    out += '=';
    out += QByteArray::number(value.size());
    out += ':';
    out += value;
    out += '\n';
}

void number(QByteArray &out, const char *name, const QVariant &value)
{
    if (value.isNull()) {
        out += name;
        out += "=null\n";
        return;
    }
    field(out, name, QByteArray::number(value.toLongLong()));
}

constexpr int kSealBatch = 500;

} // namespace

QString AuditChain::seal(const AuditLink &link)
{
    QByteArray bytes("istiqbal-audit-v1\n");
    field(bytes, "id", QByteArray::number(link.id));
    field(bytes, "at", QByteArray::number(link.atMs));
    number(bytes, "user", link.userId);
    field(bytes, "action", link.action.toUtf8());
    field(bytes, "entity", link.entity.toUtf8());
    number(bytes, "entity_id", link.entityId);
    field(bytes, "details", link.details.toUtf8());
    field(bytes, "prev", link.prevHash.toLatin1());
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString AuditChain::columns()
{
    return QStringLiteral("id, at, user_id, action, entity, entity_id, details, prev_hash, hash");
}

AuditLink AuditChain::read(const QSqlQuery &q)
{
    AuditLink l;
    l.id = q.value(0).toLongLong();
    l.atMs = q.value(1).toLongLong();
    l.userId = q.value(2).isNull() ? QVariant() : QVariant(q.value(2).toLongLong());
    l.action = q.value(3).toString();
    l.entity = q.value(4).toString();
    l.entityId = q.value(5).isNull() ? QVariant() : QVariant(q.value(5).toLongLong());
    l.details = q.value(6).toString();
    l.prevHash = q.value(7).toString();
    l.hash = q.value(8).toString();
    return l;
}

Result<AuditChainHead> AuditChain::head(Database &db)
{
    Sql::Cached q(db, QStringLiteral("SELECT last_id, row_count, head_hash FROM audit_chain "
                                     "WHERE id = 1"));
    if (Status s = q.exec({}, tr("Could not read the end of the audit trail.")); !s)
        return s;
    AuditChainHead h;
    if (q.query().next()) {
        h.present = true;
        h.lastId = q.query().value(0).toLongLong();
        h.rowCount = q.query().value(1).toLongLong();
        h.hash = q.query().value(2).toString();
    }
    return h;
}

Result<qint64> AuditChain::nextId(Database &db, const AuditChainHead &head)
{
    // After the highest row there, and never below the recorded end: a row
    // number once used is not given again, even when the row was removed.
    Sql::Cached q(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM audit_log"));
    if (Status s = q.exec({}, tr("Could not read the end of the audit trail.")); !s)
        return s;
    const qint64 highest = q.query().next() ? q.query().value(0).toLongLong() : 0;
    return qMax(highest, head.lastId) + 1;
}

Status AuditChain::advance(Database &db, const AuditChainHead &from, const AuditLink &appended)
{
    return Sql::Cached(
               db, QStringLiteral("INSERT INTO audit_chain (id, last_id, row_count, head_hash) "
                                  "VALUES (1, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET last_id = "
                                  "excluded.last_id, row_count = excluded.row_count, head_hash = "
                                  "excluded.head_hash"))
        .exec({appended.id, from.rowCount + 1, appended.hash},
              tr("Could not write the end of the audit trail."));
}

Status AuditChain::sealExisting(Database &db)
{
    const QString failure = tr("Could not seal the audit trail.");
    AuditChainHead head;
    qint64 after = 0;
    for (;;) {
        // In batches, so that the table is never read while it is written.
        QVector<AuditLink> batch;
        {
            QSqlQuery q(db.connection());
            q.setForwardOnly(true);
            if (Status s = Sql::exec(q,
                                     QStringLiteral("SELECT %1 FROM audit_log WHERE id > ? "
                                                    "ORDER BY id LIMIT %2")
                                         .arg(columns())
                                         .arg(kSealBatch),
                                     {after}, failure);
                !s)
                return s;
            while (q.next())
                batch << read(q);
        }
        if (batch.isEmpty())
            break;
        QSqlQuery update(db.connection());
        if (!update.prepare(
                QStringLiteral("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?")))
            return Database::sqlFailure(failure, update);
        for (AuditLink &link : batch) {
            link.prevHash = head.hash;
            link.hash = seal(link);
            if (Status s = Sql::execPrepared(update, {Sql::text(link.prevHash), link.hash, link.id},
                                             failure);
                !s)
                return s;
            head.present = true;
            head.lastId = link.id;
            ++head.rowCount;
            head.hash = link.hash;
            after = link.id;
        }
    }
    if (!head.present)
        return Status::success();
    QSqlQuery q(db.connection());
    return Sql::exec(q,
                     QStringLiteral("INSERT INTO audit_chain (id, last_id, row_count, head_hash) "
                                    "VALUES (1, ?, ?, ?)"),
                     {head.lastId, head.rowCount, head.hash}, failure);
}
