#include "storage/PersonEvents.h"

#include "storage/Database.h"
#include "storage/SqlSupport.h"

Result<QVector<PersonEvent>> PersonEvents::inRange(const TimeRange &range, int limit) const
{
    // A case's row names its person through the case; a data request's
    // through the request. Rows about no one (settings, users, a walk-in's
    // case without a person) are left out.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status s = Sql::exec(
            q,
            QStringLiteral(
                "SELECT a.id, a.at, a.user_id, a.action, a.entity, a.entity_id, a.details, "
                "CASE WHEN a.entity = 'beneficiary' THEN a.entity_id WHEN a.entity = 'case' "
                "THEN c.beneficiary_id ELSE r.beneficiary_id END AS person "
                "FROM audit_log a "
                "LEFT JOIN cases c ON a.entity = 'case' AND c.id = a.entity_id "
                "LEFT JOIN data_requests r ON a.entity = 'data_request' AND r.id = a.entity_id "
                "WHERE a.at >= ? AND a.at < ? AND ((a.entity = 'beneficiary' AND a.entity_id IS "
                "NOT NULL) OR c.beneficiary_id IS NOT NULL OR r.beneficiary_id IS NOT NULL) "
                "ORDER BY a.at, a.id LIMIT ?"),
            {Sql::time(range.from), Sql::time(range.to), qMax(1, limit)},
            tr("Could not read the audit log."));
        !s)
        return s;
    QVector<PersonEvent> out;
    while (q.next()) {
        PersonEvent e;
        e.auditId = q.value(0).toLongLong();
        e.at = Sql::timeFrom(q.value(1));
        e.userId = Sql::refFrom(q.value(2));
        e.action = q.value(3).toString();
        e.entity = q.value(4).toString();
        e.entityId = Sql::refFrom(q.value(5));
        e.details = q.value(6).toString();
        e.beneficiaryId = Sql::refFrom(q.value(7));
        if (e.entity == QLatin1String("case"))
            e.caseId = e.entityId;
        out << e;
    }
    return out;
}

Result<QVector<CaseArrival>> PersonEvents::arrivals(const TimeRange &range, qint64 beneficiaryId,
                                                    int limit) const
{
    QStringList where{QStringLiteral("c.beneficiary_id IS NOT NULL")};
    QVariantList values;
    if (beneficiaryId != 0) {
        where << QStringLiteral("c.beneficiary_id = ?");
        values << beneficiaryId;
    }
    if (range.from.isValid()) {
        where << QStringLiteral("c.arrival_at >= ?");
        values << Sql::time(range.from);
    }
    if (range.to.isValid()) {
        where << QStringLiteral("c.arrival_at < ?");
        values << Sql::time(range.to);
    }
    values << qMax(1, limit);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status s =
            Sql::exec(q,
                      QStringLiteral(
                          "SELECT c.id, c.beneficiary_id, c.arrival_at, b.restricted_at FROM cases "
                          "c JOIN beneficiaries b ON b.id = c.beneficiary_id WHERE %1 ORDER BY "
                          "c.arrival_at, c.id LIMIT ?")
                          .arg(where.join(QLatin1String(" AND "))),
                      values, tr("Could not read the cases received."));
        !s)
        return s;
    QVector<CaseArrival> out;
    while (q.next()) {
        CaseArrival a;
        a.caseId = q.value(0).toLongLong();
        a.beneficiaryId = q.value(1).toLongLong();
        a.arrivalAt = Sql::timeFrom(q.value(2));
        if (!q.value(3).isNull())
            a.restrictedAt = Sql::timeFrom(q.value(3));
        out << a;
    }
    return out;
}
