#include "storage/EligibilityRepository.h"

#include "core/Clock.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QJsonObject>

Status EligibilityRepository::pinRules(qint64 caseId, qint64 serviceId, int rulesVersion,
                                       qint64 actorId)
{
    return m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (Status s = Sql::exec(
                q,
                QStringLiteral("INSERT INTO case_service_rules (case_id, service_id, "
                               "rules_version, pinned_at, pinned_by) VALUES (?, ?, ?, ?, ?) "
                               "ON CONFLICT (case_id) DO UPDATE SET "
                               "service_id = excluded.service_id, "
                               "rules_version = excluded.rules_version, "
                               "pinned_at = excluded.pinned_at, pinned_by = excluded.pinned_by"),
                {caseId, serviceId, rulesVersion, Sql::time(Clock::instance().nowUtc()),
                 Sql::ref(actorId)},
                tr("Could not record which rules the case is judged by."));
            !s)
            return s;
        return AuditRepository(m_db).record(actorId, QStringLiteral("case.rules"),
                                            QStringLiteral("case"), caseId,
                                            {{QStringLiteral("service"), serviceId},
                                             {QStringLiteral("rules_version"), rulesVersion}});
    });
}

Result<std::optional<CaseRules>> EligibilityRepository::pinnedRules(qint64 caseId) const
{
    Sql::Cached statement(m_db, QStringLiteral("SELECT case_id, service_id, rules_version, "
                                               "pinned_at, pinned_by FROM case_service_rules "
                                               "WHERE case_id = ?"));
    if (Status s =
            statement.exec({caseId}, tr("Could not read which rules the case is judged by."));
        !s)
        return s;
    QSqlQuery &q = statement.query();
    if (!q.next())
        return std::optional<CaseRules>();
    CaseRules r;
    r.caseId = q.value(0).toLongLong();
    r.serviceId = q.value(1).toLongLong();
    r.rulesVersion = q.value(2).toInt();
    r.pinnedAt = Sql::timeFrom(q.value(3));
    r.pinnedBy = Sql::refFrom(q.value(4));
    return std::optional<CaseRules>(r);
}

Result<EligibilityOverride> EligibilityRepository::addOverride(const EligibilityOverride &input,
                                                               qint64 actorId)
{
    EligibilityOverride o = input;
    o.reason = o.reason.trimmed();
    if (o.reason.isEmpty())
        return Result<EligibilityOverride>::failure(
            tr("Write the reason for overriding the eligibility rules."));
    if (!o.overriddenAt.isValid())
        o.overriddenAt = Clock::instance().nowUtc();
    if (o.overriddenBy == 0)
        o.overriddenBy = actorId;
    const Status saved = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        const Result<qint64> id = Sql::insert(
            q,
            QStringLiteral("INSERT INTO eligibility_overrides (case_id, service_id, "
                           "rules_version, reason, failed_rules, overridden_by, overridden_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {o.caseId, o.serviceId, o.rulesVersion, o.reason,
             Sql::text(o.failedRules.join(QLatin1Char('\n'))), Sql::ref(o.overriddenBy),
             Sql::time(o.overriddenAt)},
            tr("Could not save the eligibility override."));
        if (!id)
            return id.status();
        o.id = *id;
        // Not the reason: free text about the person, kept in the override's
        // row (which anonymisation may empty) and out of the hash-chained
        // trail. Rows written before issue 13 keep theirs.
        return AuditRepository(m_db).record(actorId, QStringLiteral("case.eligibility_override"),
                                            QStringLiteral("case"), o.caseId,
                                            {{QStringLiteral("override"), o.id},
                                             {QStringLiteral("service"), o.serviceId},
                                             {QStringLiteral("rules_version"), o.rulesVersion}});
    });
    if (!saved)
        return saved;
    return o;
}

Result<QVector<EligibilityOverride>> EligibilityRepository::overridesForCase(qint64 caseId) const
{
    Sql::Cached statement(m_db, QStringLiteral("SELECT id, case_id, service_id, rules_version, "
                                               "reason, failed_rules, overridden_by, overridden_at "
                                               "FROM eligibility_overrides WHERE case_id = ? "
                                               "ORDER BY id"));
    if (Status s = statement.exec({caseId}, tr("Could not read the eligibility overrides.")); !s)
        return s;
    QSqlQuery &q = statement.query();
    QVector<EligibilityOverride> out;
    while (q.next()) {
        EligibilityOverride o;
        o.id = q.value(0).toLongLong();
        o.caseId = q.value(1).toLongLong();
        o.serviceId = q.value(2).toLongLong();
        o.rulesVersion = q.value(3).toInt();
        o.reason = q.value(4).toString();
        o.failedRules = q.value(5).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        o.overriddenBy = Sql::refFrom(q.value(6));
        o.overriddenAt = Sql::timeFrom(q.value(7));
        out << o;
    }
    return out;
}
