#include "storage/DataRequestRepository.h"

#include "core/Clock.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QJsonObject>

namespace {

const char *const kRequestColumns =
    "SELECT r.id, r.beneficiary_id, r.kind, r.channel, r.received_on, r.due_on, r.details, "
    "r.recorded_by, r.recorded_at, r.closed_at, r.closed_by, r.outcome, r.version, b.full_name "
    "FROM data_requests r LEFT JOIN beneficiaries b ON b.id = r.beneficiary_id ";

ListedDataRequest requestFrom(const QSqlQuery &q)
{
    ListedDataRequest out;
    DataRequest &r = out.request;
    r.id = q.value(0).toLongLong();
    r.beneficiaryId = q.value(1).toLongLong();
    r.kind = DataRequestKinds::fromCode(q.value(2).toString()).value_or(DataRequest::Kind::Copy);
    r.channel = Domain::channelFromCode(q.value(3).toString()).value_or(Channel::Interview);
    r.receivedOn = Sql::dateFrom(q.value(4));
    r.dueOn = Sql::dateFrom(q.value(5));
    r.details = q.value(6).toString();
    r.recordedBy = Sql::refFrom(q.value(7));
    r.recordedAt = Sql::timeFrom(q.value(8));
    r.closedAt = Sql::timeFrom(q.value(9));
    r.closedBy = Sql::refFrom(q.value(10));
    r.outcome = q.value(11).toString();
    r.version = q.value(12).toInt();
    out.beneficiaryName = q.value(13).toString();
    return out;
}

} // namespace

Result<QVector<ListedDataRequest>> DataRequestRepository::select(const QString &tail,
                                                                 const QVariantList &values) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status s = Sql::exec(q, QString::fromLatin1(kRequestColumns) + tail, values,
                             tr("Could not read the data requests."));
        !s)
        return s;
    QVector<ListedDataRequest> out;
    while (q.next())
        out << requestFrom(q);
    return out;
}

Result<DataRequest> DataRequestRepository::create(const DataRequest &input, qint64 actorId)
{
    DataRequest r = input;
    r.version = 1;
    r.recordedBy = actorId;
    r.recordedAt = Clock::instance().nowUtc();
    r.closedAt = {};
    r.closedBy = 0;
    r.outcome.clear();
    const Status saved = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        const Result<qint64> id = Sql::insert(
            q,
            QStringLiteral("INSERT INTO data_requests (beneficiary_id, kind, channel, "
                           "received_on, due_on, details, recorded_by, recorded_at, version) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {r.beneficiaryId, DataRequestKinds::code(r.kind), Domain::code(r.channel),
             Sql::date(r.receivedOn), Sql::date(r.dueOn), Sql::text(r.details), Sql::ref(actorId),
             Sql::time(r.recordedAt), r.version},
            tr("Could not save the data request."));
        if (!id)
            return id.status();
        r.id = *id;
        // Codes and dates only: the details are the person's words.
        return AuditRepository(m_db).record(
            actorId, QStringLiteral("data_request.create"), QStringLiteral("data_request"), r.id,
            {{QStringLiteral("beneficiary"), r.beneficiaryId},
             {QStringLiteral("kind"), DataRequestKinds::code(r.kind)},
             {QStringLiteral("channel"), Domain::code(r.channel)},
             {QStringLiteral("received"), r.receivedOn.toString(Qt::ISODate)},
             {QStringLiteral("due"), r.dueOn.toString(Qt::ISODate)}});
    });
    if (!saved)
        return saved;
    return r;
}

Result<DataRequest> DataRequestRepository::get(qint64 id) const
{
    const auto found = select(QStringLiteral("WHERE r.id = ?"), {id});
    if (!found)
        return found.status();
    if (found->isEmpty())
        return Result<DataRequest>::failure(tr("There is no data request number %1.").arg(id));
    return found->first().request;
}

Result<QVector<ListedDataRequest>> DataRequestRepository::list(const DataRequestQuery &query) const
{
    QStringList where;
    QVariantList values;
    if (query.state == DataRequestQuery::State::Open)
        where << QStringLiteral("r.closed_at IS NULL");
    else if (query.state == DataRequestQuery::State::Closed)
        where << QStringLiteral("r.closed_at IS NOT NULL");
    if (query.beneficiaryId > 0) {
        where << QStringLiteral("r.beneficiary_id = ?");
        values << query.beneficiaryId;
    }
    QString tail;
    if (!where.isEmpty())
        tail = QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")) + QLatin1Char(' ');
    tail += QStringLiteral("ORDER BY CASE WHEN r.closed_at IS NULL THEN 0 ELSE 1 END, "
                           "CASE WHEN r.closed_at IS NULL THEN r.due_on ELSE '' END, "
                           "r.closed_at DESC, r.id LIMIT ? OFFSET ?");
    values << qBound(1, query.limit, 1000) << qMax(0, query.offset);
    return select(tail, values);
}

Result<DataRequest> DataRequestRepository::close(qint64 id, int version, const QString &outcome,
                                                 qint64 actorId)
{
    const QDateTime at = Clock::instance().nowUtc();
    DataRequest closed;
    const Status saved = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (Status s = Sql::exec(
                q,
                QStringLiteral("UPDATE data_requests SET closed_at = ?, closed_by = ?, "
                               "outcome = ?, version = version + 1 WHERE id = ? AND version = ? "
                               "AND closed_at IS NULL"),
                {Sql::time(at), Sql::ref(actorId), Sql::text(outcome), id, version},
                tr("Could not close the data request."));
            !s)
            return s;
        const bool changed = q.numRowsAffected() == 1;
        const auto stored = get(id);
        if (!stored)
            return stored.status();
        if (!changed) {
            if (!stored->isOpen())
                return Status::failure(
                    tr("This request was already closed on %1; open the list again to see how.")
                        .arg(Clock::deskMinute(stored->closedAt)),
                    Status::Code::Stale);
            return Status::failure(tr("Someone else changed this request since you opened it; "
                                      "open the list again and close it from there."),
                                   Status::Code::Stale);
        }
        closed = *stored;
        return AuditRepository(m_db).record(
            actorId, QStringLiteral("data_request.close"), QStringLiteral("data_request"), id,
            {{QStringLiteral("kind"), DataRequestKinds::code(closed.kind)}});
    });
    if (!saved)
        return saved;
    return closed;
}
