#include "storage/Rows.h"

#include "core/ArabicText.h"
#include "storage/SqlSupport.h"

#include <QSet>

namespace Rows {

namespace {

template <typename E>
E decode(const QVariant &v, std::optional<E> (*fromCode)(const QString &), E fallback)
{
    return fromCode(v.toString()).value_or(fallback);
}

} // namespace

QStringList nameKeys(const PersonName &name)
{
    QStringList keys;
    QSet<QString> seen;
    for (const QString *part : {&name.first, &name.father, &name.grandfather, &name.family}) {
        for (const QString &token : ArabicText::tokens(*part)) {
            for (const QString &key : ArabicText::indexKeys(token)) {
                if (!key.isEmpty() && !seen.contains(key)) {
                    seen.insert(key);
                    keys << key;
                }
            }
        }
    }
    return keys;
}

QString nameTokenInsertSql()
{
    return QStringLiteral("INSERT INTO name_tokens (beneficiary_id, key) VALUES (?, ?)");
}

QString caseInsertSql()
{
    return QStringLiteral(
        "INSERT INTO cases (beneficiary_id, channel, purpose, inquiry_text, answer_text, step, "
        "status, service_id, queue_number, arrival_at, service_start_at, end_at, received_by, "
        "data_verified, declaration_signed_at, declaration_recorded_by, closing_reason, version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
}

QVariantList caseInsertValues(const Case &c)
{
    return {Sql::ref(c.beneficiaryId),
            Domain::code(c.channel),
            Domain::code(c.purpose),
            Sql::text(c.inquiryText),
            Sql::text(c.answerText),
            Domain::code(c.step),
            Domain::code(c.status),
            Sql::ref(c.serviceId),
            c.queueNumber,
            Sql::time(c.arrivalAt),
            Sql::time(c.serviceStartAt),
            Sql::time(c.endAt),
            Sql::ref(c.receivedBy),
            Sql::flag(c.dataVerified),
            Sql::time(c.declarationSignedAt),
            Sql::ref(c.declarationRecordedBy),
            Sql::text(c.closingReason),
            c.version};
}

QString caseSelect()
{
    return QStringLiteral(
        "SELECT id, beneficiary_id, channel, purpose, inquiry_text, answer_text, step, status, "
        "service_id, queue_number, arrival_at, service_start_at, end_at, received_by, "
        "data_verified, declaration_signed_at, declaration_recorded_by, closing_reason, version "
        "FROM cases");
}

Case caseFrom(const QSqlQuery &q)
{
    Case c;
    c.id = q.value(0).toLongLong();
    c.beneficiaryId = Sql::refFrom(q.value(1));
    c.channel = decode(q.value(2), &Domain::channelFromCode, Channel::Interview);
    c.purpose = decode(q.value(3), &Domain::purposeFromCode, Purpose::ServiceRequest);
    c.inquiryText = q.value(4).toString();
    c.answerText = q.value(5).toString();
    c.step = decode(q.value(6), &Domain::stepFromCode, Step::Reception);
    c.status = decode(q.value(7), &Domain::statusFromCode, CaseStatus::Open);
    c.serviceId = Sql::refFrom(q.value(8));
    c.queueNumber = q.value(9).toInt();
    c.arrivalAt = Sql::timeFrom(q.value(10));
    c.serviceStartAt = Sql::timeFrom(q.value(11));
    c.endAt = Sql::timeFrom(q.value(12));
    c.receivedBy = Sql::refFrom(q.value(13));
    c.dataVerified = q.value(14).toInt() != 0;
    c.declarationSignedAt = Sql::timeFrom(q.value(15));
    c.declarationRecordedBy = Sql::refFrom(q.value(16));
    c.closingReason = q.value(17).toString();
    c.version = q.value(18).toInt();
    return c;
}

QString stepEventInsertSql()
{
    return QStringLiteral("INSERT INTO step_events (case_id, from_step, from_status, to_step, "
                          "to_status, user_id, at, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                          "RETURNING id");
}

QVariantList stepEventInsertValues(const StepEvent &e)
{
    return {e.caseId,
            Domain::code(e.fromStep),
            Domain::code(e.fromStatus),
            Domain::code(e.toStep),
            Domain::code(e.toStatus),
            Sql::ref(e.userId),
            Sql::time(e.at),
            Sql::text(e.note)};
}

QString deliveryInsertSql()
{
    return QStringLiteral("INSERT INTO deliveries (case_id, service_id, delivered_at, "
                          "delivered_by, quantity, amount, notes, awaiting_approval, approved_by, "
                          "approved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
}

QVariantList deliveryInsertValues(const Delivery &d)
{
    return {d.caseId,
            Sql::ref(d.serviceId),
            Sql::time(d.deliveredAt),
            Sql::ref(d.deliveredBy),
            d.quantity,
            d.amount,
            Sql::text(d.notes),
            Sql::flag(d.awaitingApproval),
            Sql::ref(d.approvedBy),
            Sql::time(d.approvedAt)};
}

QString referralInsertSql()
{
    return QStringLiteral("INSERT INTO referrals (case_id, question, from_step, referred_by, "
                          "referred_at, answer, answered_by, answered_at, picked_up_at) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
}

QVariantList referralInsertValues(const Referral &r)
{
    return {r.caseId,
            Sql::text(r.question),
            Domain::code(r.fromStep),
            Sql::ref(r.referredBy),
            Sql::time(r.referredAt),
            Sql::text(r.answer),
            Sql::ref(r.answeredBy),
            Sql::time(r.answeredAt),
            Sql::time(r.pickedUpAt)};
}

} // namespace Rows
