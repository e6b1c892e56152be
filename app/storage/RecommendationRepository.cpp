#include "storage/RecommendationRepository.h"

#include "core/Clock.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

Result<std::optional<MonthlyRecommendation>>
RecommendationRepository::get(const QString &period) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status s = Sql::exec(q,
                             QStringLiteral("SELECT period, body, updated_at, updated_by, version "
                                            "FROM monthly_recommendations WHERE period = ?"),
                             {period}, tr("Could not read the recommendations."));
        !s)
        return s;
    if (!q.next())
        return std::optional<MonthlyRecommendation>();
    MonthlyRecommendation r;
    r.period = q.value(0).toString();
    r.text = q.value(1).toString();
    r.updatedAt = Sql::timeFrom(q.value(2));
    r.updatedBy = Sql::refFrom(q.value(3));
    r.version = q.value(4).toInt();
    return std::optional<MonthlyRecommendation>(r);
}

Result<MonthlyRecommendation> RecommendationRepository::save(const QString &period,
                                                             const QString &text, qint64 actorId)
{
    if (period.trimmed().isEmpty())
        return Result<MonthlyRecommendation>::failure(
            tr("The recommendations need the month they are for."));
    MonthlyRecommendation r;
    r.period = period;
    r.text = text;
    r.updatedAt = Clock::instance().nowUtc();
    r.updatedBy = actorId;
    const Status saved = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        const QString failure = tr("Could not save the recommendations.");
        if (Status s = Sql::exec(
                q,
                QStringLiteral("INSERT INTO monthly_recommendations (period, body, updated_at, "
                               "updated_by, version) VALUES (?, ?, ?, ?, 1) ON CONFLICT (period) "
                               "DO UPDATE SET body = excluded.body, updated_at = "
                               "excluded.updated_at, updated_by = excluded.updated_by, version = "
                               "monthly_recommendations.version + 1 RETURNING version"),
                {period, Sql::text(text), Sql::time(r.updatedAt), Sql::ref(actorId)}, failure);
            !s)
            return s;
        if (!q.next())
            return Database::sqlFailure(failure, q.lastError());
        r.version = q.value(0).toInt();
        q.finish();
        return AuditRepository(m_db).record(
            actorId, QStringLiteral("recommendations.save"), QStringLiteral("recommendations"), 0,
            {{QStringLiteral("period"), period}, {QStringLiteral("length"), int(text.size())}});
    });
    if (!saved)
        return saved;
    return r;
}
