#include "storage/AuditRepository.h"

#include "core/Clock.h"
#include "storage/AuditChain.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QJsonDocument>
#include <QTimeZone>

Result<qint64> AuditRepository::append(const AuditEntry &entry)
{
    const QDateTime at = entry.at.isValid() ? entry.at : Clock::instance().nowUtc();
    AuditLink link;
    link.atMs = at.toMSecsSinceEpoch();
    link.userId = Sql::ref(entry.userId);
    link.action = entry.action;
    link.entity = entry.entity;
    link.entityId = Sql::ref(entry.entityId);
    link.details = entry.details.isEmpty() ? QStringLiteral("{}") : entry.details;
    auto write = [&]() -> Status {
        // Under the write lock: the head read here is the one this row follows.
        const Result<AuditChainHead> head = AuditChain::head(m_db);
        if (!head)
            return head.status();
        const Result<qint64> id = AuditChain::nextId(m_db, *head);
        if (!id)
            return id.status();
        link.id = *id;
        link.prevHash = head->hash;
        link.hash = AuditChain::seal(link);
        // Every change writes one: prepared once per connection (issue 7).
        if (Status s =
                Sql::Cached(m_db, QStringLiteral("INSERT INTO audit_log (id, at, user_id, action, "
                                                 "entity, entity_id, details, prev_hash, hash) "
                                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"))
                    .exec({link.id, link.atMs, link.userId, Sql::text(link.action),
                           Sql::text(link.entity), link.entityId, link.details,
                           Sql::text(link.prevHash), link.hash},
                          tr("Could not write to the audit log."));
            !s)
            return s;
        return AuditChain::advance(m_db, *head, link);
    };
    // A row outside a transaction (a sign-in) still takes the write lock, so
    // that two desks never chain after the same row.
    const Status written = m_db.inTransaction() ? write() : m_db.transaction(write);
    if (!written)
        return written;
    return link.id;
}

Status AuditRepository::record(qint64 actorId, const QString &action, const QString &entity,
                               qint64 entityId, const QJsonObject &details)
{
    AuditEntry e;
    e.userId = actorId;
    e.action = action;
    e.entity = entity;
    e.entityId = entityId;
    e.details = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    return append(e).status();
}

Result<QVector<AuditEntry>> AuditRepository::query(const AuditQuery &query) const
{
    QStringList where;
    QVariantList values;
    if (!query.entity.isEmpty()) {
        where << QStringLiteral("entity = ?");
        values << query.entity;
        if (query.entityId != 0) {
            where << QStringLiteral("entity_id = ?");
            values << query.entityId;
        }
    }
    if (query.beneficiaryId != 0) {
        where << QStringLiteral(
            "((entity = 'beneficiary' AND entity_id = ?) OR (entity = 'case' "
            "AND entity_id IN (SELECT id FROM cases WHERE beneficiary_id = ?)))");
        values << query.beneficiaryId << query.beneficiaryId;
    }
    if (!query.actions.isEmpty()) {
        where << QStringLiteral("action IN (%1)").arg(Sql::placeholders(int(query.actions.size())));
        for (const QString &a : query.actions)
            values << a;
    }
    if (query.userId != 0) {
        where << QStringLiteral("user_id = ?");
        values << query.userId;
    }
    if (query.from.isValid()) {
        where << QStringLiteral("at >= ?");
        values << Sql::time(query.from);
    }
    if (query.to.isValid()) {
        where << QStringLiteral("at < ?");
        values << Sql::time(query.to);
    }
    QString sql =
        QStringLiteral("SELECT id, at, user_id, action, entity, entity_id, details FROM audit_log");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QLatin1String(" AND "));
    sql += QStringLiteral(" ORDER BY at DESC, id DESC LIMIT ? OFFSET ?");
    values << qMax(1, query.limit) << qMax(0, query.offset);

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status s = Sql::exec(q, sql, values, tr("Could not read the audit log.")); !s)
        return s;
    QVector<AuditEntry> out;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = Sql::timeFrom(q.value(1));
        e.userId = Sql::refFrom(q.value(2));
        e.action = q.value(3).toString();
        e.entity = q.value(4).toString();
        e.entityId = Sql::refFrom(q.value(5));
        e.details = q.value(6).toString();
        out << e;
    }
    return out;
}

Result<LastChange> AuditRepository::lastChange(const QString &entity, qint64 entityId,
                                               const QStringList &actions) const
{
    QString sql = QStringLiteral("SELECT a.user_id, u.display_name, a.at, a.action FROM audit_log "
                                 "a LEFT JOIN users u ON u.id = a.user_id WHERE a.entity = ? AND "
                                 "a.entity_id = ?");
    QVariantList values{entity, entityId};
    if (!actions.isEmpty()) {
        sql += QStringLiteral(" AND a.action IN (%1)").arg(Sql::placeholders(int(actions.size())));
        for (const QString &a : actions)
            values << a;
    }
    sql += QStringLiteral(" ORDER BY a.at DESC, a.id DESC LIMIT 1");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status s = Sql::exec(q, sql, values, tr("Could not read the audit log.")); !s)
        return s;
    LastChange last;
    if (q.next()) {
        last.userId = Sql::refFrom(q.value(0));
        last.userName = q.value(1).toString();
        last.at = Sql::timeFrom(q.value(2));
        last.action = q.value(3).toString();
    }
    return last;
}

Status AuditRepository::staleRefusal(const QString &entity, qint64 entityId,
                                     const QStringList &actions, const QString &byWhomAndWhen,
                                     const QString &when, const QString &unknown) const
{
    const Result<LastChange> last = lastChange(entity, entityId, actions);
    if (!last || !last->at.isValid())
        return Status::failure(unknown, Status::Code::Stale);
    const QString time = Clock::deskMinute(last->at);
    if (!last->userName.trimmed().isEmpty())
        return Status::failure(byWhomAndWhen.arg(last->userName.trimmed(), time),
                               Status::Code::Stale);
    return Status::failure(when.arg(time), Status::Code::Stale);
}
