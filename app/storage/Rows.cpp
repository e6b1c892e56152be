#include "storage/Rows.h"

#include "core/ArabicText.h"
#include "storage/SqlSupport.h"

#include <QSet>

#include <initializer_list>

namespace Rows {

namespace {

template <typename E>
E decode(const QVariant &v, std::optional<E> (*fromCode)(const QString &), E fallback)
{
    return fromCode(v.toString()).value_or(fallback);
}

QStringList prefixed(std::initializer_list<const char *> names, const QString &prefix)
{
    QStringList out;
    for (const char *name : names)
        out << prefix + QLatin1String(name);
    return out;
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

QString nameFoldInsertSql()
{
    return QStringLiteral("INSERT INTO name_folds (beneficiary_id, key) VALUES (?, ?)");
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

QStringList caseColumns(const QString &prefix)
{
    return prefixed({"id", "beneficiary_id", "channel", "purpose", "inquiry_text", "answer_text",
                     "step", "status", "service_id", "queue_number", "arrival_at",
                     "service_start_at", "end_at", "received_by", "data_verified",
                     "declaration_signed_at", "declaration_recorded_by", "closing_reason",
                     "version"},
                    prefix);
}

QString caseSelect()
{
    static const QString sql =
        QStringLiteral("SELECT %1 FROM cases").arg(caseColumns().join(QLatin1String(", ")));
    return sql;
}

Case caseFrom(const QSqlQuery &q, int first)
{
    auto v = [&q, first](int i) {
        return q.value(first + i);
    };
    Case c;
    c.id = v(0).toLongLong();
    c.beneficiaryId = Sql::refFrom(v(1));
    c.channel = decode(v(2), &Domain::channelFromCode, Channel::Interview);
    c.purpose = decode(v(3), &Domain::purposeFromCode, Purpose::ServiceRequest);
    c.inquiryText = v(4).toString();
    c.answerText = v(5).toString();
    c.step = decode(v(6), &Domain::stepFromCode, Step::Reception);
    c.status = decode(v(7), &Domain::statusFromCode, CaseStatus::Open);
    c.serviceId = Sql::refFrom(v(8));
    c.queueNumber = v(9).toInt();
    c.arrivalAt = Sql::timeFrom(v(10));
    c.serviceStartAt = Sql::timeFrom(v(11));
    c.endAt = Sql::timeFrom(v(12));
    c.receivedBy = Sql::refFrom(v(13));
    c.dataVerified = v(14).toInt() != 0;
    c.declarationSignedAt = Sql::timeFrom(v(15));
    c.declarationRecordedBy = Sql::refFrom(v(16));
    c.closingReason = v(17).toString();
    c.version = v(18).toInt();
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

QStringList deliveryColumns(const QString &prefix)
{
    return prefixed({"id", "case_id", "service_id", "delivered_at", "delivered_by", "quantity",
                     "amount", "notes", "awaiting_approval", "approved_by", "approved_at"},
                    prefix);
}

Delivery deliveryFrom(const QSqlQuery &q, int first)
{
    auto v = [&q, first](int i) {
        return q.value(first + i);
    };
    Delivery d;
    d.id = v(0).toLongLong();
    d.caseId = v(1).toLongLong();
    d.serviceId = Sql::refFrom(v(2));
    d.deliveredAt = Sql::timeFrom(v(3));
    d.deliveredBy = Sql::refFrom(v(4));
    d.quantity = v(5).toDouble();
    d.amount = v(6).toLongLong();
    d.notes = v(7).toString();
    d.awaitingApproval = v(8).toInt() != 0;
    d.approvedBy = Sql::refFrom(v(9));
    d.approvedAt = Sql::timeFrom(v(10));
    return d;
}

QStringList referralColumns(const QString &prefix)
{
    return prefixed({"id", "case_id", "question", "from_step", "referred_by", "referred_at",
                     "answer", "answered_by", "answered_at", "picked_up_at"},
                    prefix);
}

Referral referralFrom(const QSqlQuery &q, int first)
{
    auto v = [&q, first](int i) {
        return q.value(first + i);
    };
    Referral r;
    r.id = v(0).toLongLong();
    r.caseId = v(1).toLongLong();
    r.question = v(2).toString();
    r.fromStep = decode(v(3), &Domain::stepFromCode, Step::Information);
    r.referredBy = Sql::refFrom(v(4));
    r.referredAt = Sql::timeFrom(v(5));
    r.answer = v(6).toString();
    r.answeredBy = Sql::refFrom(v(7));
    r.answeredAt = Sql::timeFrom(v(8));
    r.pickedUpAt = Sql::timeFrom(v(9));
    return r;
}

} // namespace Rows
