#include "storage/SummaryQueries.h"

#include "core/Domain.h"
#include "core/FollowUp.h"
#include "storage/Database.h"
#include "storage/FollowUpRepository.h"
#include "storage/SqlSupport.h"

namespace {

// Nearest rank (1-based) of the p-th percentile of n values: ceil(p * n / 100).
qint64 nearestRank(qint64 n, int percent)
{
    return (n * percent + 99) / 100;
}

QString inRange(const QString &column)
{
    return column + QStringLiteral(" >= ? AND ") + column + QStringLiteral(" < ?");
}

constexpr qint64 kSurveyOwedWindowMs = qint64(SummaryQueries::surveyOwedDays) * 24 * 3600 * 1000;

} // namespace

QVariantList SummaryQueries::bounds(const TimeRange &r)
{
    return {Sql::time(r.from), Sql::time(r.to)};
}

Result<qint64> SummaryQueries::scalar(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status s = Sql::exec(q, sql, values, tr("Could not compute the monthly figures.")); !s)
        return s;
    if (!q.next())
        return qint64(0);
    return q.value(0).toLongLong();
}

Result<QVector<TextCount>> SummaryQueries::textCounts(const QString &sql,
                                                      const QVariantList &values) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status s = Sql::exec(q, sql, values, tr("Could not compute the monthly figures.")); !s)
        return s;
    QVector<TextCount> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toLongLong()});
    return out;
}

Result<qint64> SummaryQueries::casesReceived(const TimeRange &r) const
{
    return scalar(QStringLiteral("SELECT COUNT(*) FROM cases WHERE ") + inRange("arrival_at"),
                  bounds(r));
}

Result<QVector<CodeCount>> SummaryQueries::countBy(const QString &column, const TimeRange &r) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status s = Sql::exec(q,
                             QStringLiteral("SELECT %1, COUNT(*) FROM cases WHERE ").arg(column) +
                                 inRange("arrival_at") +
                                 QStringLiteral(" GROUP BY %1 ORDER BY %1").arg(column),
                             bounds(r), tr("Could not compute the monthly figures."));
        !s)
        return s;
    QVector<CodeCount> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toLongLong()});
    return out;
}

Result<QVector<CodeCount>> SummaryQueries::casesByChannel(const TimeRange &r) const
{
    return countBy(QStringLiteral("channel"), r);
}

Result<QVector<CodeCount>> SummaryQueries::casesByPurpose(const TimeRange &r) const
{
    return countBy(QStringLiteral("purpose"), r);
}

Result<QVector<StatusStepCount>> SummaryQueries::casesByStatusAndStep(const TimeRange &r) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status s = Sql::exec(q,
                             QStringLiteral("SELECT status, step, COUNT(*) FROM cases WHERE ") +
                                 inRange("arrival_at") +
                                 QStringLiteral(" GROUP BY status, step ORDER BY status, step"),
                             bounds(r), tr("Could not compute the monthly figures."));
        !s)
        return s;
    QVector<StatusStepCount> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()});
    return out;
}

Result<QVector<TextCount>> SummaryQueries::closingReasons(const TimeRange &r,
                                                          const QString &statusCode) const
{
    return textCounts(QStringLiteral("SELECT closing_reason, COUNT(*) AS n FROM cases WHERE ") +
                          inRange("arrival_at") +
                          QStringLiteral(" AND status = ? GROUP BY closing_reason "
                                         "ORDER BY n DESC, closing_reason"),
                      {Sql::time(r.from), Sql::time(r.to), statusCode});
}

Result<DurationStats> SummaryQueries::orderStatistics(const QString &valueExpr,
                                                      const QString &fromWhere,
                                                      const QVariantList &values) const
{
    DurationStats stats;
    const Result<qint64> n = scalar(QStringLiteral("SELECT COUNT(*) ") + fromWhere, values);
    if (!n)
        return n.status();
    stats.count = *n;
    if (stats.count == 0)
        return stats;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const QString failure = tr("Could not compute the monthly figures.");
    if (!q.prepare(QStringLiteral("SELECT %1 AS v ").arg(valueExpr) + fromWhere +
                   QStringLiteral(" ORDER BY v LIMIT 1 OFFSET ?")))
        return Database::sqlFailure(failure, q.lastError());
    auto valueAt = [&](qint64 rank) -> Result<qint64> {
        QVariantList all = values;
        all << rank - 1;
        if (Status s = Sql::execPrepared(q, all, failure); !s)
            return s;
        if (!q.next())
            return Database::sqlFailure(failure, q.lastError());
        const qint64 v = q.value(0).toLongLong();
        q.finish();
        return v;
    };
    const Result<qint64> median = valueAt(nearestRank(stats.count, 50));
    if (!median)
        return median.status();
    const Result<qint64> p90 = valueAt(nearestRank(stats.count, 90));
    if (!p90)
        return p90.status();
    stats.median = *median;
    stats.p90 = *p90;
    return stats;
}

Result<DurationStats> SummaryQueries::duration(const QString &endColumn, const QString &startColumn,
                                               const TimeRange &r, const QString &channelCode) const
{
    QString fromWhere =
        QStringLiteral("FROM cases WHERE ") + inRange("arrival_at") +
        QStringLiteral(" AND %1 IS NOT NULL AND %2 IS NOT NULL").arg(startColumn, endColumn);
    QVariantList values = bounds(r);
    if (!channelCode.isEmpty()) {
        fromWhere += QStringLiteral(" AND channel = ?");
        values << channelCode;
    }
    return orderStatistics(QStringLiteral("%1 - %2").arg(endColumn, startColumn), fromWhere,
                           values);
}

Result<DurationStats> SummaryQueries::waitingTime(const TimeRange &r,
                                                  const QString &channelCode) const
{
    return duration(QStringLiteral("service_start_at"), QStringLiteral("arrival_at"), r,
                    channelCode);
}

Result<DurationStats> SummaryQueries::serviceTime(const TimeRange &r,
                                                  const QString &channelCode) const
{
    return duration(QStringLiteral("end_at"), QStringLiteral("service_start_at"), r, channelCode);
}

Result<ReferralFigures> SummaryQueries::referrals(const TimeRange &r) const
{
    ReferralFigures f;
    const Result<qint64> made =
        scalar(QStringLiteral("SELECT COUNT(*) FROM referrals WHERE ") + inRange("referred_at"),
               bounds(r));
    if (!made)
        return made.status();
    f.made = *made;
    const Result<DurationStats> answer =
        orderStatistics(QStringLiteral("answered_at - referred_at"),
                        QStringLiteral("FROM referrals WHERE ") + inRange("referred_at") +
                            QStringLiteral(" AND answered_at IS NOT NULL"),
                        bounds(r));
    if (!answer)
        return answer.status();
    f.answered = answer->count;
    f.medianAnswerMs = answer->median;
    const Result<qint64> open =
        scalar(QStringLiteral("SELECT COUNT(*) FROM referrals WHERE referred_at < ? AND "
                              "(answered_at IS NULL OR answered_at >= ?)"),
               {Sql::time(r.to), Sql::time(r.to)});
    if (!open)
        return open.status();
    f.unansweredAtEnd = *open;
    return f;
}

Result<QVector<DeliveryFigures>> SummaryQueries::deliveriesByService(const TimeRange &r) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status s = Sql::exec(
            q,
            QStringLiteral("SELECT d.service_id, s.name_ar, s.name_en, COUNT(*), "
                           "SUM(d.quantity), SUM(d.amount), "
                           "SUM(CASE WHEN d.awaiting_approval = 1 THEN 1 ELSE 0 END) "
                           "FROM deliveries d LEFT JOIN services s ON s.id = d.service_id "
                           "WHERE ") +
                inRange("d.delivered_at") +
                QStringLiteral(" GROUP BY d.service_id, s.name_ar, s.name_en "
                               "ORDER BY COUNT(*) DESC, d.service_id"),
            bounds(r), tr("Could not compute the monthly figures."));
        !s)
        return s;
    QVector<DeliveryFigures> out;
    while (q.next()) {
        DeliveryFigures f;
        f.serviceId = Sql::refFrom(q.value(0));
        f.nameAr = q.value(1).toString();
        f.nameEn = q.value(2).toString();
        f.count = q.value(3).toLongLong();
        f.quantity = q.value(4).toDouble();
        f.amount = q.value(5).toLongLong();
        f.awaitingApproval = q.value(6).toLongLong();
        out << f;
    }
    return out;
}

Result<qint64> SummaryQueries::overrides(const TimeRange &r) const
{
    return scalar(QStringLiteral("SELECT COUNT(*) FROM eligibility_overrides WHERE ") +
                      inRange("overridden_at"),
                  bounds(r));
}

Result<QVector<TextCount>> SummaryQueries::overrideReasons(const TimeRange &r) const
{
    return textCounts(QStringLiteral("SELECT reason, COUNT(*) AS n FROM eligibility_overrides "
                                     "WHERE ") +
                          inRange("overridden_at") +
                          QStringLiteral(" GROUP BY reason ORDER BY n DESC, reason"),
                      bounds(r));
}

Result<FollowUpFigures> SummaryQueries::followUps(const TimeRange &r,
                                                  const FollowUpCutoffs &cutoffs) const
{
    FollowUpFigures f;
    const QVariant from = Sql::time(r.from);
    const QVariant to = Sql::time(r.to);
    const QVariant approvalCutoff = Sql::time(cutoffs.approvals);
    const QVariant surveyCutoff = Sql::time(cutoffs.surveys);
    const QVariant answerCutoff = Sql::time(cutoffs.answers);
    struct Part
    {
        qint64 *into;
        QString sql;
        QVariantList values;
    };
    const QString terminal =
        QStringLiteral("'%1', '%2', '%3', '%4'")
            .arg(Domain::code(CaseStatus::Closed), Domain::code(CaseStatus::InquiryAnswered),
                 Domain::code(CaseStatus::NotEligible), Domain::code(CaseStatus::Withdrawn));
    const QString survey = Domain::code(Step::Survey);
    const QString open = Domain::code(CaseStatus::Open);
    QVector<Part> parts = {
        {&f.approvalsDone,
         QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE ") + inRange("approved_at"),
         {from, to}},
        // Pending at the end: still waiting now, or approved only after the end.
        {&f.approvalsOverdue,
         QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE awaiting_approval = 1 AND "
                        "delivered_at < ?"),
         {approvalCutoff}},
        {&f.approvalsOverdue,
         QStringLiteral("SELECT COUNT(*) FROM deliveries WHERE approved_at >= ? AND "
                        "delivered_at < ?"),
         {to, approvalCutoff}},
        {&f.answersPickedUp,
         QStringLiteral("SELECT COUNT(*) FROM referrals WHERE ") + inRange("picked_up_at"),
         {from, to}},
        {&f.answersOverdue,
         QStringLiteral("SELECT COUNT(*) FROM referrals WHERE picked_up_at IS NULL AND "
                        "answered_at < ?"),
         {answerCutoff}},
        {&f.answersOverdue,
         QStringLiteral("SELECT COUNT(*) FROM referrals WHERE picked_up_at >= ? AND "
                        "answered_at < ?"),
         {to, answerCutoff}},
        // A phone call made to take the survey later: not the call that was the case.
        {&f.phoneSurveysDone,
         QStringLiteral("SELECT COUNT(*) FROM survey_responses r JOIN cases c ON c.id = "
                        "r.case_id WHERE ") +
             inRange("r.taken_at") + QStringLiteral(" AND r.by_phone = 1 AND c.channel <> ?"),
         {from, to, Domain::code(Channel::PhoneCall)}},
        // Cases that reached the survey step (recently enough) before the cutoff
        // and, at the end, had neither a survey nor an ending.
        {&f.surveysOverdue,
         QStringLiteral("SELECT COUNT(DISTINCT e.case_id) FROM step_events e WHERE "
                        "e.to_step = ? AND e.from_step <> ? AND e.to_status = ? AND "
                        "e.at >= ? AND e.at < ? AND NOT EXISTS (SELECT 1 FROM "
                        "survey_responses s WHERE s.case_id = e.case_id AND s.taken_at < ?) "
                        "AND NOT EXISTS (SELECT 1 FROM step_events t WHERE t.case_id = "
                        "e.case_id AND t.at < ? AND t.to_status IN (%1))")
             .arg(terminal),
         {survey, survey, open, Sql::time(r.to.addMSecs(-kSurveyOwedWindowMs)), surveyCutoff, to,
          to}},
    };
    const std::pair<qint64 *, FollowUp::Kind> marks[] = {
        {&f.documentsMarked, FollowUp::Kind::DocumentExpiring},
        {&f.approvalsMarked, FollowUp::Kind::ApprovalPending},
        {&f.surveysMarked, FollowUp::Kind::SurveyOwed},
        {&f.answersMarked, FollowUp::Kind::ReferralAnswer}};
    for (const auto &[into, kind] : marks)
        parts.push_back(
            {into,
             QStringLiteral("SELECT COUNT(*) FROM follow_ups_done WHERE kind = ? AND ") +
                 inRange("done_at"),
             {FollowUpRepository::code(kind), from, to}});
    for (const Part &p : parts) {
        const Result<qint64> n = scalar(p.sql, p.values);
        if (!n)
            return n.status();
        *p.into += *n;
    }
    return f;
}
