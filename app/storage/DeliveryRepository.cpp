#include "storage/DeliveryRepository.h"

#include "core/Clock.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/Rows.h"
#include "storage/SqlSupport.h"

Result<QVector<Delivery>> DeliveryRepository::select(const QString &tail,
                                                     const QVariantList &values) const
{
    static const QString columns = Rows::deliveryColumns().join(QLatin1String(", "));
    Sql::Cached statement(m_db, QStringLiteral("SELECT %1 FROM deliveries ").arg(columns) + tail);
    if (Status s = statement.exec(values, tr("Could not read the deliveries.")); !s)
        return s;
    QSqlQuery &q = statement.query();
    QVector<Delivery> out;
    while (q.next())
        out << Rows::deliveryFrom(q);
    return out;
}

Result<Delivery> DeliveryRepository::create(const Delivery &input, qint64 actorId)
{
    Delivery d = input;
    if (!d.deliveredAt.isValid())
        d.deliveredAt = Clock::instance().nowUtc();
    if (d.deliveredBy == 0)
        d.deliveredBy = actorId;
    if (d.quantity < 0 || d.amount < 0)
        return Result<Delivery>::failure(tr("A quantity or amount cannot be negative."));
    const Status saved = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        const Result<qint64> id =
            Sql::insert(q, Rows::deliveryInsertSql(), Rows::deliveryInsertValues(d),
                        tr("Could not save the delivery."));
        if (!id)
            return id.status();
        d.id = *id;
        return AuditRepository(m_db).record(
            actorId, QStringLiteral("delivery.create"), QStringLiteral("case"), d.caseId,
            {{QStringLiteral("delivery"), d.id},
             {QStringLiteral("amount"), d.amount},
             {QStringLiteral("awaiting_approval"), d.awaitingApproval}});
    });
    if (!saved)
        return saved;
    return d;
}

Result<Delivery> DeliveryRepository::approve(qint64 deliveryId, qint64 actorId)
{
    const Status saved = m_db.transaction([&]() -> Status {
        const Result<Delivery> stored = get(deliveryId);
        if (!stored)
            return stored.status();
        if (!stored->awaitingApproval)
            return Status::failure(tr("This delivery is not waiting for approval."));
        QSqlQuery q(m_db.connection());
        if (Status s =
                Sql::exec(q,
                          QStringLiteral("UPDATE deliveries SET awaiting_approval = 0, "
                                         "approved_by = ?, approved_at = ? WHERE id = ?"),
                          {Sql::ref(actorId), Sql::time(Clock::instance().nowUtc()), deliveryId},
                          tr("Could not save the approval."));
            !s)
            return s;
        return AuditRepository(m_db).record(actorId, QStringLiteral("delivery.approve"),
                                            QStringLiteral("case"), stored->caseId,
                                            {{QStringLiteral("delivery"), deliveryId}});
    });
    if (!saved)
        return saved;
    return get(deliveryId);
}

Result<Delivery> DeliveryRepository::get(qint64 id) const
{
    const auto found = select(QStringLiteral("WHERE id = ?"), {id});
    if (!found)
        return found.status();
    if (found->isEmpty())
        return Result<Delivery>::failure(tr("There is no delivery with number %1.").arg(id));
    return found->first();
}

Result<QVector<Delivery>> DeliveryRepository::forCase(qint64 caseId) const
{
    return select(QStringLiteral("WHERE case_id = ? ORDER BY delivered_at, id"), {caseId});
}
