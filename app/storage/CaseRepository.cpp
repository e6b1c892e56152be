#include "storage/CaseRepository.h"

#include "core/Clock.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/Rows.h"
#include "storage/SqlSupport.h"

#include <QJsonObject>
#include <QTimeZone>

namespace {

void appendFilter(const CaseFilter &f, QStringList *where, QVariantList *values)
{
    if (!f.statuses.isEmpty()) {
        *where << QStringLiteral("status IN (%1)").arg(Sql::placeholders(int(f.statuses.size())));
        for (CaseStatus s : f.statuses)
            *values << Domain::code(s);
    }
    if (f.step) {
        *where << QStringLiteral("step = ?");
        *values << Domain::code(*f.step);
    }
    if (f.arrivedFrom.isValid()) {
        *where << QStringLiteral("arrival_at >= ?");
        *values << Sql::time(f.arrivedFrom);
    }
    if (f.arrivedTo.isValid()) {
        *where << QStringLiteral("arrival_at < ?");
        *values << Sql::time(f.arrivedTo);
    }
    if (f.beneficiaryId != 0) {
        *where << QStringLiteral("beneficiary_id = ?");
        *values << f.beneficiaryId;
    }
    if (f.receivedBy != 0) {
        *where << QStringLiteral("received_by = ?");
        *values << f.receivedBy;
    }
    if (f.serviceId != 0) {
        *where << QStringLiteral("service_id = ?");
        *values << f.serviceId;
    }
    if (f.answerToPickUp) {
        const QString answered =
            QStringLiteral("EXISTS (SELECT 1 FROM referrals r WHERE r.case_id = cases.id AND "
                           "r.answered_at IS NOT NULL AND r.picked_up_at IS NULL)");
        *where << (*f.answerToPickUp ? answered : QStringLiteral("NOT ") + answered);
    }
}

QString whereClause(const QStringList &where)
{
    return where.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + where.join(QLatin1String(" AND "));
}

} // namespace

Result<int> CaseRepository::nextQueueNumber(const QDateTime &arrivalUtc) const
{
    const QTimeZone zone = Clock::deskTimeZone();
    const QDate day = arrivalUtc.toTimeZone(zone).date();
    const QDateTime from = QDateTime(day, QTime(0, 0), zone).toUTC();
    const QDateTime to = QDateTime(day.addDays(1), QTime(0, 0), zone).toUTC();
    QSqlQuery q(m_db.connection());
    if (Status s =
            Sql::exec(q,
                      QStringLiteral("SELECT COALESCE(MAX(queue_number), 0) + 1 FROM cases "
                                     "WHERE arrival_at >= ? AND arrival_at < ?"),
                      {Sql::time(from), Sql::time(to)}, tr("Could not issue a ticket number."));
        !s)
        return s;
    if (!q.next())
        return Result<int>::failure(tr("Could not issue a ticket number."));
    return q.value(0).toInt();
}

Status CaseRepository::staleRefusal(qint64 caseId) const
{
    return AuditRepository(m_db).staleRefusal(
        QStringLiteral("case"), caseId,
        {QStringLiteral("case.update"), QStringLiteral("case.step")},
        tr("%1 saved this case at %2, after you opened it. Reload the case to see their changes, "
           "then make yours again."),
        tr("Someone else saved this case at %1, after you opened it. Reload the case to see "
           "their changes, then make yours again."),
        tr("Someone else saved this case after you opened it. Reload it and make your changes "
           "again."));
}

Result<Case> CaseRepository::create(const Case &input, qint64 actorId, bool issueQueueNumber)
{
    Case c = input;
    c.id = 0;
    c.version = 1;
    if (!c.arrivalAt.isValid())
        c.arrivalAt = Clock::instance().nowUtc();
    const Status saved = m_db.transaction([&]() -> Status {
        if (issueQueueNumber) {
            const Result<int> ticket = nextQueueNumber(c.arrivalAt);
            if (!ticket)
                return ticket.status();
            c.queueNumber = *ticket;
        }
        QSqlQuery q(m_db.connection());
        const Result<qint64> id = Sql::insert(q, Rows::caseInsertSql(), Rows::caseInsertValues(c),
                                              tr("Could not save the new case."));
        if (!id)
            return id.status();
        c.id = *id;
        if (Status s = m_db.notifyChange(QStringLiteral("case"), c.id); !s)
            return s;
        return AuditRepository(m_db).record(actorId, QStringLiteral("case.create"),
                                            QStringLiteral("case"), c.id,
                                            {{QStringLiteral("channel"), Domain::code(c.channel)},
                                             {QStringLiteral("purpose"), Domain::code(c.purpose)}});
    });
    if (!saved)
        return saved;
    return c;
}

Result<Case> CaseRepository::update(const Case &input, qint64 actorId, const QString &note)
{
    Case c = input;
    const Status saved = m_db.transaction([&]() -> Status {
        const Result<Case> stored = get(c.id);
        if (!stored)
            return stored.status();
        if (stored->version != c.version)
            return staleRefusal(c.id);
        c.version = stored->version + 1;
        const QString failure = tr("Could not save the case.");
        {
            Sql::Cached update(
                m_db, QStringLiteral("UPDATE cases SET beneficiary_id = ?, channel = ?, "
                                     "purpose = ?, inquiry_text = ?, answer_text = ?, step = ?, "
                                     "status = ?, service_id = ?, queue_number = ?, "
                                     "arrival_at = ?, service_start_at = ?, end_at = ?, "
                                     "received_by = ?, data_verified = ?, "
                                     "declaration_signed_at = ?, declaration_recorded_by = ?, "
                                     "closing_reason = ?, version = ? "
                                     "WHERE id = ? AND version = ?"));
            if (Status s = update.exec(
                    Rows::caseInsertValues(c) + QVariantList{c.id, stored->version}, failure);
                !s)
                return s;
            if (update.query().numRowsAffected() != 1)
                return staleRefusal(c.id);
        }
        if (Status s = m_db.notifyChange(QStringLiteral("case"), c.id); !s)
            return s;

        const bool moved = stored->step != c.step || stored->status != c.status;
        if (moved) {
            StepEvent e;
            e.caseId = c.id;
            e.fromStep = stored->step;
            e.fromStatus = stored->status;
            e.toStep = c.step;
            e.toStatus = c.status;
            e.userId = actorId;
            e.at = Clock::instance().nowUtc();
            e.note = note;
            const Result<qint64> id = Sql::Cached(m_db, Rows::stepEventInsertSql())
                                          .insert(Rows::stepEventInsertValues(e),
                                                  tr("Could not record the step change."));
            if (!id)
                return id.status();
        }
        QJsonObject details{{QStringLiteral("version"), c.version}};
        if (moved) {
            details.insert(QStringLiteral("from"), Domain::code(stored->step) + QLatin1Char('/') +
                                                       Domain::code(stored->status));
            details.insert(QStringLiteral("to"),
                           Domain::code(c.step) + QLatin1Char('/') + Domain::code(c.status));
        }
        return AuditRepository(m_db).record(
            actorId, moved ? QStringLiteral("case.step") : QStringLiteral("case.update"),
            QStringLiteral("case"), c.id, details);
    });
    if (!saved)
        return saved;
    return c;
}

Result<Case> CaseRepository::get(qint64 id) const
{
    Sql::Cached statement(m_db, Rows::caseSelect() + QStringLiteral(" WHERE id = ?"));
    if (Status s = statement.exec({id}, tr("Could not read the case.")); !s)
        return s;
    QSqlQuery &q = statement.query();
    if (!q.next())
        return Status::failure(tr("There is no case with number %1.").arg(id));
    return Rows::caseFrom(q);
}

Result<QVector<StepEvent>> CaseRepository::stepEvents(qint64 caseId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status s = Sql::exec(q,
                             QStringLiteral("SELECT id, case_id, from_step, from_status, to_step, "
                                            "to_status, user_id, at, note FROM step_events "
                                            "WHERE case_id = ? ORDER BY at, id"),
                             {caseId}, tr("Could not read the case history."));
        !s)
        return s;
    QVector<StepEvent> out;
    while (q.next()) {
        StepEvent e;
        e.id = q.value(0).toLongLong();
        e.caseId = q.value(1).toLongLong();
        e.fromStep = Domain::stepFromCode(q.value(2).toString()).value_or(Step::Reception);
        e.fromStatus = Domain::statusFromCode(q.value(3).toString()).value_or(CaseStatus::Open);
        e.toStep = Domain::stepFromCode(q.value(4).toString()).value_or(Step::Reception);
        e.toStatus = Domain::statusFromCode(q.value(5).toString()).value_or(CaseStatus::Open);
        e.userId = Sql::refFrom(q.value(6));
        e.at = Sql::timeFrom(q.value(7));
        e.note = q.value(8).toString();
        out << e;
    }
    return out;
}

Result<CaseListPage> CaseRepository::list(const CaseFilter &filter,
                                          const CasePageRequest &page) const
{
    QStringList where;
    QVariantList values;
    appendFilter(filter, &where, &values);
    const QString order = page.newestFirst ? QStringLiteral("DESC") : QStringLiteral("ASC");
    if (page.after) {
        where << (page.newestFirst ? QStringLiteral("(arrival_at, id) < (?, ?)")
                                   : QStringLiteral("(arrival_at, id) > (?, ?)"));
        values << Sql::time(page.after->arrivalAt) << page.after->id;
    }
    const int limit = qBound(1, page.limit, 1000);
    values << limit + 1;
    const QString sql = Rows::caseSelect() + whereClause(where) +
                        QStringLiteral(" ORDER BY arrival_at %1, id %1 LIMIT ?").arg(order);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status s = Sql::exec(q, sql, values, tr("Could not read the list of cases.")); !s)
        return s;
    CaseListPage out;
    while (q.next()) {
        if (out.cases.size() == limit) {
            const Case &last = out.cases.last();
            out.next = CaseCursor{last.arrivalAt, last.id};
            break;
        }
        out.cases << Rows::caseFrom(q);
    }
    return out;
}

Result<qint64> CaseRepository::count(const CaseFilter &filter) const
{
    QStringList where;
    QVariantList values;
    appendFilter(filter, &where, &values);
    QSqlQuery q(m_db.connection());
    if (Status s = Sql::exec(q, QStringLiteral("SELECT COUNT(*) FROM cases") + whereClause(where),
                             values, tr("Could not count the cases."));
        !s)
        return s;
    if (!q.next())
        return Result<qint64>::failure(tr("Could not count the cases."));
    return q.value(0).toLongLong();
}
