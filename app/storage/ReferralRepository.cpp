#include "storage/ReferralRepository.h"

#include "core/Clock.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/Rows.h"
#include "storage/SqlSupport.h"

Result<QVector<Referral>> ReferralRepository::select(const QString &tail,
                                                     const QVariantList &values) const
{
    static const QString columns = Rows::referralColumns().join(QLatin1String(", "));
    Sql::Cached statement(m_db, QStringLiteral("SELECT %1 FROM referrals ").arg(columns) + tail);
    if (Status s = statement.exec(values, tr("Could not read the referrals.")); !s)
        return s;
    QSqlQuery &q = statement.query();
    QVector<Referral> out;
    while (q.next())
        out << Rows::referralFrom(q);
    return out;
}

Result<Referral> ReferralRepository::create(const Referral &input, qint64 actorId)
{
    Referral r = input;
    if (r.question.trimmed().isEmpty())
        return Result<Referral>::failure(tr("Write the question for the program officer."));
    if (!r.referredAt.isValid())
        r.referredAt = Clock::instance().nowUtc();
    if (r.referredBy == 0)
        r.referredBy = actorId;
    r.answer.clear();
    r.answeredBy = 0;
    r.answeredAt = QDateTime();
    r.pickedUpAt = QDateTime();
    const Status saved = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        const Result<qint64> id =
            Sql::insert(q, Rows::referralInsertSql(), Rows::referralInsertValues(r),
                        tr("Could not save the referral."));
        if (!id)
            return id.status();
        r.id = *id;
        if (Status s = m_db.notifyChange(QStringLiteral("referral"), r.id, r.caseId); !s)
            return s;
        return AuditRepository(m_db).record(actorId, QStringLiteral("referral.create"),
                                            QStringLiteral("case"), r.caseId,
                                            {{QStringLiteral("referral"), r.id}});
    });
    if (!saved)
        return saved;
    return r;
}

Result<Referral> ReferralRepository::answer(qint64 referralId, const QString &answer,
                                            qint64 actorId)
{
    if (answer.trimmed().isEmpty())
        return Result<Referral>::failure(tr("Write the answer before sending it."));
    const Status saved = m_db.transaction([&]() -> Status {
        const Result<Referral> stored = get(referralId);
        if (!stored)
            return stored.status();
        if (stored->isAnswered())
            return Status::failure(tr("This referral has already been answered."));
        QSqlQuery q(m_db.connection());
        if (Status s = Sql::exec(
                q,
                QStringLiteral("UPDATE referrals SET answer = ?, answered_by = ?, "
                               "answered_at = ? WHERE id = ? AND answered_at IS "
                               "NULL"),
                {answer, Sql::ref(actorId), Sql::time(Clock::instance().nowUtc()), referralId},
                tr("Could not save the answer."));
            !s)
            return s;
        if (q.numRowsAffected() != 1)
            return Status::failure(tr("This referral has already been answered."));
        if (Status s = m_db.notifyChange(QStringLiteral("referral"), referralId, stored->caseId);
            !s)
            return s;
        return AuditRepository(m_db).record(actorId, QStringLiteral("referral.answer"),
                                            QStringLiteral("case"), stored->caseId,
                                            {{QStringLiteral("referral"), referralId}});
    });
    if (!saved)
        return saved;
    return get(referralId);
}

Result<Referral> ReferralRepository::markPickedUp(qint64 referralId, qint64 actorId)
{
    const Status saved = m_db.transaction([&]() -> Status {
        const Result<Referral> stored = get(referralId);
        if (!stored)
            return stored.status();
        if (!stored->isAnswered())
            return Status::failure(tr("This referral has not been answered yet."));
        if (stored->pickedUpAt.isValid())
            return Status::success();
        QSqlQuery q(m_db.connection());
        if (Status s =
                Sql::exec(q, QStringLiteral("UPDATE referrals SET picked_up_at = ? WHERE id = ?"),
                          {Sql::time(Clock::instance().nowUtc()), referralId},
                          tr("Could not save the referral."));
            !s)
            return s;
        if (Status s = m_db.notifyChange(QStringLiteral("referral"), referralId, stored->caseId);
            !s)
            return s;
        return AuditRepository(m_db).record(actorId, QStringLiteral("referral.pickup"),
                                            QStringLiteral("case"), stored->caseId,
                                            {{QStringLiteral("referral"), referralId}});
    });
    if (!saved)
        return saved;
    return get(referralId);
}

Result<Referral> ReferralRepository::get(qint64 id) const
{
    const auto found = select(QStringLiteral("WHERE id = ?"), {id});
    if (!found)
        return found.status();
    if (found->isEmpty())
        return Result<Referral>::failure(tr("There is no referral with number %1.").arg(id));
    return found->first();
}

Result<QVector<Referral>> ReferralRepository::forCase(qint64 caseId) const
{
    return select(QStringLiteral("WHERE case_id = ? ORDER BY referred_at, id"), {caseId});
}

Result<QVector<Referral>> ReferralRepository::answeredNotPickedUp(int limit, int offset) const
{
    return select(QStringLiteral("WHERE picked_up_at IS NULL AND answered_at IS NOT NULL "
                                 "ORDER BY answered_at, id LIMIT ? OFFSET ?"),
                  {qMax(1, limit), qMax(0, offset)});
}

Result<QSet<qint64>>
ReferralRepository::casesWithAnswerToPickUp(const QVector<qint64> &caseIds) const
{
    QSet<qint64> out;
    if (caseIds.isEmpty())
        return out;
    QVariantList values;
    for (qint64 id : caseIds)
        values << id;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status s = Sql::exec(q,
                             QStringLiteral("SELECT DISTINCT case_id FROM referrals WHERE case_id "
                                            "IN (%1) AND answered_at IS NOT NULL AND "
                                            "picked_up_at IS NULL")
                                 .arg(Sql::placeholders(int(values.size()))),
                             values, tr("Could not read the referrals."));
        !s)
        return s;
    while (q.next())
        out.insert(q.value(0).toLongLong());
    return out;
}
