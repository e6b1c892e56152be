#include "storage/FollowUpRepository.h"

#include "core/Clock.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QJsonObject>

namespace {

// Every select returns: ref id, case id, beneficiary id, name, phone, subject,
// since (epoch ms or null), due (ISO date or null).
const char *const kNotDone = " AND NOT EXISTS (SELECT 1 FROM follow_ups_done f WHERE f.kind = ?"
                             " AND f.ref_id = %1 AND f.due = %2)";

// Only people whose data may be used (issue 13): a restricted or anonymised
// person is not called about a document, a survey, an approval or an answer.
// Their data requests are still followed up: those must be answered.
const char *const kUsable = " AND (b.id IS NULL OR (b.restricted_at IS NULL AND "
                            "b.anonymised_at IS NULL))";

} // namespace

QString FollowUpRepository::code(FollowUp::Kind kind)
{
    switch (kind) {
    case FollowUp::Kind::DocumentExpiring:
        return QStringLiteral("document");
    case FollowUp::Kind::ApprovalPending:
        return QStringLiteral("approval");
    case FollowUp::Kind::SurveyOwed:
        return QStringLiteral("survey");
    case FollowUp::Kind::ReferralAnswer:
        return QStringLiteral("referral");
    case FollowUp::Kind::DataRequestDue:
        return QStringLiteral("data_request");
    }
    return {};
}

Result<QVector<FollowUp>> FollowUpRepository::select(FollowUp::Kind kind, const QString &sql,
                                                     const QVariantList &values) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status s = Sql::exec(q, sql, values, tr("Could not read the follow-ups.")); !s)
        return s;
    QVector<FollowUp> out;
    while (q.next()) {
        FollowUp f;
        f.kind = kind;
        f.refId = q.value(0).toLongLong();
        f.caseId = Sql::refFrom(q.value(1));
        f.beneficiaryId = Sql::refFrom(q.value(2));
        f.beneficiaryName = q.value(3).toString();
        f.phone = q.value(4).toString();
        f.subject = q.value(5).toString();
        f.since = Sql::timeFrom(q.value(6));
        f.due = Sql::dateFrom(q.value(7));
        out << f;
    }
    return out;
}

Result<QVector<FollowUp>> FollowUpRepository::expiringDocuments(const QDate &from, const QDate &to,
                                                                const QDateTime &activeSince,
                                                                int limit) const
{
    const QString sql =
        QStringLiteral(
            "SELECT d.id, NULL, d.beneficiary_id, b.full_name, b.phone, d.type_code, "
            "NULL, d.expiry FROM documents d "
            "JOIN beneficiaries b ON b.id = d.beneficiary_id "
            "WHERE d.expiry >= ? AND d.expiry <= ? AND d.provided = 1 AND "
            "b.restricted_at IS NULL AND b.anonymised_at IS NULL "
            "AND (EXISTS (SELECT 1 FROM cases c WHERE c.beneficiary_id = d.beneficiary_id"
            " AND c.status IN ('open', 'waiting_referral'))"
            " OR EXISTS (SELECT 1 FROM cases c JOIN deliveries v ON v.case_id = c.id"
            " WHERE c.beneficiary_id = d.beneficiary_id AND v.delivered_at >= ?))") +
        QString::fromLatin1(kNotDone).arg(QStringLiteral("d.id"), QStringLiteral("d.expiry")) +
        QStringLiteral(" ORDER BY d.expiry, d.id LIMIT ?");
    return select(FollowUp::Kind::DocumentExpiring, sql,
                  {Sql::date(from), Sql::date(to), Sql::time(activeSince),
                   code(FollowUp::Kind::DocumentExpiring), qMax(1, limit)});
}

Result<QVector<FollowUp>> FollowUpRepository::pendingApprovals(int limit) const
{
    const QString sql =
        QStringLiteral("SELECT v.id, v.case_id, c.beneficiary_id, b.full_name, b.phone, "
                       "s.name_ar, v.delivered_at, '' FROM deliveries v "
                       "JOIN cases c ON c.id = v.case_id "
                       "LEFT JOIN beneficiaries b ON b.id = c.beneficiary_id "
                       "LEFT JOIN services s ON s.id = v.service_id "
                       "WHERE v.awaiting_approval = 1") +
        QLatin1String(kUsable) +
        QString::fromLatin1(kNotDone).arg(QStringLiteral("v.id"), QStringLiteral("''")) +
        QStringLiteral(" ORDER BY v.delivered_at, v.id LIMIT ?");
    return select(FollowUp::Kind::ApprovalPending, sql,
                  {code(FollowUp::Kind::ApprovalPending), qMax(1, limit)});
}

Result<QVector<FollowUp>> FollowUpRepository::surveysOwed(int limit) const
{
    const QString sql =
        QStringLiteral("SELECT c.id, c.id, c.beneficiary_id, b.full_name, b.phone, "
                       "s.name_ar, COALESCE(c.service_start_at, c.arrival_at), '' FROM cases c "
                       "LEFT JOIN beneficiaries b ON b.id = c.beneficiary_id "
                       "LEFT JOIN services s ON s.id = c.service_id "
                       "WHERE c.status = 'open' AND c.step = 'survey'") +
        QLatin1String(kUsable) +
        QString::fromLatin1(kNotDone).arg(QStringLiteral("c.id"), QStringLiteral("''")) +
        QStringLiteral(" ORDER BY c.arrival_at, c.id LIMIT ?");
    return select(FollowUp::Kind::SurveyOwed, sql,
                  {code(FollowUp::Kind::SurveyOwed), qMax(1, limit)});
}

Result<QVector<FollowUp>> FollowUpRepository::referralAnswers(int limit) const
{
    const QString sql =
        QStringLiteral("SELECT r.id, r.case_id, c.beneficiary_id, b.full_name, b.phone, "
                       "r.question, r.answered_at, '' FROM referrals r "
                       "JOIN cases c ON c.id = r.case_id "
                       "LEFT JOIN beneficiaries b ON b.id = c.beneficiary_id "
                       "WHERE r.picked_up_at IS NULL AND r.answered_at IS NOT NULL") +
        QLatin1String(kUsable) +
        QString::fromLatin1(kNotDone).arg(QStringLiteral("r.id"), QStringLiteral("''")) +
        QStringLiteral(" ORDER BY r.answered_at, r.id LIMIT ?");
    return select(FollowUp::Kind::ReferralAnswer, sql,
                  {code(FollowUp::Kind::ReferralAnswer), qMax(1, limit)});
}

Result<QVector<FollowUp>> FollowUpRepository::dataRequestsDue(const QDate &until, int limit) const
{
    const QString sql = QStringLiteral(
        "SELECT r.id, NULL, r.beneficiary_id, b.full_name, b.phone, r.kind, NULL, r.due_on "
        "FROM data_requests r LEFT JOIN beneficiaries b ON b.id = r.beneficiary_id "
        "WHERE r.closed_at IS NULL AND r.due_on <= ? ORDER BY r.due_on, r.id LIMIT ?");
    return select(FollowUp::Kind::DataRequestDue, sql, {Sql::date(until), qMax(1, limit)});
}

Status FollowUpRepository::markDone(const FollowUpDone &done, qint64 actorId)
{
    if (done.kind == FollowUp::Kind::DataRequestDue)
        return Status::failure(tr("A data request is done when it is closed with its outcome."));
    if (done.note.trimmed().isEmpty())
        return Status::failure(tr("Write what was done about this follow-up."));
    const QDateTime at = done.doneAt.isValid() ? done.doneAt : Clock::instance().nowUtc();
    const QString due = done.kind == FollowUp::Kind::DocumentExpiring
                            ? done.due.toString(Qt::ISODate)
                            : QStringLiteral(""); // not NULL: part of the key
    return m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (Status s = Sql::exec(
                q,
                QStringLiteral(
                    "SELECT 1 FROM follow_ups_done WHERE kind = ? AND ref_id = ? AND due = ?"),
                {code(done.kind), done.refId, due}, tr("Could not save the follow-up."));
            !s)
            return s;
        if (q.next())
            return Status::failure(tr("This follow-up was already marked done."));
        if (Status s =
                Sql::exec(q,
                          QStringLiteral("INSERT INTO follow_ups_done (kind, ref_id, due, "
                                         "done_by, done_at, note) VALUES (?, ?, ?, ?, ?, ?)"),
                          {code(done.kind), done.refId, due, Sql::ref(actorId), Sql::time(at),
                           done.note.trimmed()},
                          tr("Could not save the follow-up."));
            !s)
            return s;
        // The note is free text about a person: it stays in its own row,
        // which anonymisation can clear, and not in the hash-chained trail
        // (rows written before issue 13 keep theirs).
        return AuditRepository(m_db).record(actorId, QStringLiteral("followup.done"),
                                            code(done.kind), done.refId,
                                            {{QStringLiteral("due"), due}});
    });
}

Result<QVector<FollowUpDone>> FollowUpRepository::doneFor(qint64 beneficiaryId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Documents belong to the beneficiary; the other kinds through their case.
    const QString sql = QStringLiteral(
        "SELECT f.kind, f.ref_id, f.due, f.done_by, f.done_at, f.note FROM follow_ups_done f "
        "WHERE (f.kind = 'document' AND f.ref_id IN (SELECT id FROM documents WHERE beneficiary_id "
        "= ?))"
        " OR (f.kind = 'survey' AND f.ref_id IN (SELECT id FROM cases WHERE beneficiary_id = ?))"
        " OR (f.kind = 'approval' AND f.ref_id IN (SELECT v.id FROM deliveries v JOIN cases c ON "
        "c.id = v.case_id WHERE c.beneficiary_id = ?))"
        " OR (f.kind = 'referral' AND f.ref_id IN (SELECT r.id FROM referrals r JOIN cases c ON "
        "c.id = r.case_id WHERE c.beneficiary_id = ?))"
        " ORDER BY f.done_at DESC");
    if (Status s = Sql::exec(q, sql, {beneficiaryId, beneficiaryId, beneficiaryId, beneficiaryId},
                             tr("Could not read the follow-ups."));
        !s)
        return s;
    QVector<FollowUpDone> out;
    while (q.next()) {
        FollowUpDone d;
        const QString kind = q.value(0).toString();
        for (FollowUp::Kind k : {FollowUp::Kind::DocumentExpiring, FollowUp::Kind::ApprovalPending,
                                 FollowUp::Kind::SurveyOwed, FollowUp::Kind::ReferralAnswer}) {
            if (code(k) == kind)
                d.kind = k;
        }
        d.refId = q.value(1).toLongLong();
        d.due = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        d.doneBy = Sql::refFrom(q.value(3));
        d.doneAt = Sql::timeFrom(q.value(4));
        d.note = q.value(5).toString();
        out << d;
    }
    return out;
}
