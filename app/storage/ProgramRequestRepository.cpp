#include "storage/ProgramRequestRepository.h"

#include "core/Clock.h"
#include "core/ProgramRequestFlow.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QJsonObject>

namespace {

const char *const kProgramRequestColumns =
    "SELECT r.id, r.state, r.decision, r.organisation_id, r.beneficiary_id, r.channel, "
    "r.received_at, r.received_by, r.program_kind_id, r.program_text, r.audience, "
    "r.expected_participants, r.place, r.proposed_from, r.proposed_to, r.letter_number, "
    "r.letter_date, r.declarant_name, r.declared_on, r.declaration_recorded_by, r.version, "
    "COALESCE(o.name, b.full_name, ''), COALESCE(k.name_ar, ''), COALESCE(k.name_en, '') "
    "FROM program_requests r LEFT JOIN organisations o ON o.id = r.organisation_id "
    "LEFT JOIN beneficiaries b ON b.id = r.beneficiary_id "
    "LEFT JOIN program_kinds k ON k.id = r.program_kind_id ";

ListedProgramRequest programRequestFrom(const QSqlQuery &q)
{
    using Flow = ProgramRequestFlow;
    ListedProgramRequest out;
    ProgramRequest &r = out.request;
    r.id = q.value(0).toLongLong();
    r.state = Flow::stateFromCode(q.value(1).toString()).value_or(ProgramRequest::State::Received);
    r.decision =
        Flow::decisionFromCode(q.value(2).toString()).value_or(ProgramRequest::Decision::None);
    r.organisationId = Sql::refFrom(q.value(3));
    r.beneficiaryId = Sql::refFrom(q.value(4));
    r.channel = Domain::channelFromCode(q.value(5).toString()).value_or(Channel::Letter);
    r.receivedAt = Sql::timeFrom(q.value(6));
    r.receivedBy = Sql::refFrom(q.value(7));
    r.programKindId = Sql::refFrom(q.value(8));
    r.programText = q.value(9).toString();
    r.audience = q.value(10).toString();
    r.expectedParticipants = q.value(11).toInt();
    r.place = q.value(12).toString();
    r.proposedFrom = Sql::dateFrom(q.value(13));
    r.proposedTo = Sql::dateFrom(q.value(14));
    r.letterNumber = q.value(15).toString();
    r.letterDate = Sql::dateFrom(q.value(16));
    r.declarantName = q.value(17).toString();
    r.declaredOn = Sql::dateFrom(q.value(18));
    r.declarationRecordedBy = Sql::refFrom(q.value(19));
    r.version = q.value(20).toInt();
    out.requesterName = q.value(21).toString();
    out.kindNameAr = q.value(22).toString();
    out.kindNameEn = q.value(23).toString();
    return out;
}

} // namespace

Result<QVector<ListedProgramRequest>>
ProgramRequestRepository::select(const QString &tail, const QVariantList &values) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status s = Sql::exec(q, QString::fromLatin1(kProgramRequestColumns) + tail, values,
                             tr("Could not read the program requests."));
        !s)
        return s;
    QVector<ListedProgramRequest> out;
    while (q.next())
        out << programRequestFrom(q);
    return out;
}

Status ProgramRequestRepository::readAttachments(ProgramRequest &r) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status s = Sql::exec(q,
                             QStringLiteral("SELECT label, received FROM "
                                            "program_request_attachments WHERE request_id = ? "
                                            "ORDER BY position"),
                             {r.id}, tr("Could not read the program requests."));
        !s)
        return s;
    r.attachments.clear();
    while (q.next())
        r.attachments.append({q.value(0).toString(), q.value(1).toInt() != 0});
    return Status::success();
}

Result<ProgramRequest> ProgramRequestRepository::create(const ProgramRequest &input, qint64 actorId)
{
    ProgramRequest r = input;
    r.state = ProgramRequest::State::Received;
    r.decision = ProgramRequest::Decision::None;
    r.receivedAt = Clock::instance().nowUtc();
    r.receivedBy = actorId;
    r.declarantName.clear();
    r.declaredOn = {};
    r.declarationRecordedBy = 0;
    r.version = 1;
    const QString failure = tr("Could not save the program request.");
    const Status saved = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        const Result<qint64> id = Sql::insert(
            q,
            QStringLiteral(
                "INSERT INTO program_requests (state, decision, organisation_id, beneficiary_id, "
                "channel, received_at, received_by, program_kind_id, program_text, audience, "
                "expected_participants, place, proposed_from, proposed_to, letter_number, "
                "letter_date, version) VALUES (?, '', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "?) RETURNING id"),
            {ProgramRequestFlow::code(r.state), Sql::ref(r.organisationId),
             Sql::ref(r.beneficiaryId), Domain::code(r.channel), Sql::time(r.receivedAt),
             Sql::ref(actorId), Sql::ref(r.programKindId), Sql::text(r.programText),
             Sql::text(r.audience), r.expectedParticipants, Sql::text(r.place),
             Sql::date(r.proposedFrom), Sql::date(r.proposedTo), Sql::text(r.letterNumber),
             Sql::date(r.letterDate), r.version},
            failure);
        if (!id)
            return id.status();
        r.id = *id;
        if (!r.attachments.isEmpty()) {
            if (!q.prepare(QStringLiteral("INSERT INTO program_request_attachments (request_id, "
                                          "position, label, received) VALUES (?, ?, ?, ?)")))
                return Database::sqlFailure(failure, q.lastError());
            for (int i = 0; i < r.attachments.size(); ++i) {
                const ProgramRequestAttachment &a = r.attachments.at(i);
                if (Status s = Sql::execPrepared(
                        q, {r.id, i + 1, Sql::text(a.label), Sql::flag(a.received)}, failure);
                    !s)
                    return s;
            }
        }
        QJsonObject details{{QStringLiteral("channel"), Domain::code(r.channel)},
                            {QStringLiteral("attachments"), int(r.attachments.size())}};
        if (r.organisationId > 0)
            details.insert(QStringLiteral("organisation"), r.organisationId);
        else
            details.insert(QStringLiteral("beneficiary"), r.beneficiaryId);
        if (r.programKindId > 0)
            details.insert(QStringLiteral("program_kind"), r.programKindId);
        return AuditRepository(m_db).record(actorId, QStringLiteral("program_request.receive"),
                                            QStringLiteral("program_request"), r.id, details);
    });
    if (!saved)
        return saved;
    return r;
}

Result<ProgramRequest> ProgramRequestRepository::get(qint64 id) const
{
    const auto found = select(QStringLiteral("WHERE r.id = ?"), {id});
    if (!found)
        return found.status();
    if (found->isEmpty())
        return Result<ProgramRequest>::failure(
            tr("There is no program request number %1.").arg(id));
    ProgramRequest r = found->first().request;
    if (Status s = readAttachments(r); !s)
        return s;
    return r;
}

Result<QVector<ListedProgramRequest>>
ProgramRequestRepository::list(const ProgramRequestQuery &query) const
{
    QStringList where;
    QVariantList values;
    if (!query.states.isEmpty()) {
        where << QStringLiteral("r.state IN (%1)").arg(Sql::placeholders(int(query.states.size())));
        for (ProgramRequest::State s : query.states)
            values << ProgramRequestFlow::code(s);
    }
    if (query.organisationId > 0) {
        where << QStringLiteral("r.organisation_id = ?");
        values << query.organisationId;
    }
    QString tail;
    if (!where.isEmpty())
        tail = QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")) + QLatin1Char(' ');
    tail += QStringLiteral("ORDER BY r.received_at DESC, r.id DESC LIMIT ? OFFSET ?");
    values << qBound(1, query.limit, 1000) << qMax(0, query.offset);
    return select(tail, values);
}

Result<ProgramRequest> ProgramRequestRepository::declare(qint64 id, int version,
                                                         const QString &declarantName,
                                                         const QDate &declaredOn, qint64 actorId)
{
    const Status saved = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (Status s = Sql::exec(
                q,
                QStringLiteral("UPDATE program_requests SET state = ?, declarant_name = ?, "
                               "declared_on = ?, declaration_recorded_by = ?, version = version "
                               "+ 1 WHERE id = ? AND version = ? AND state = ?"),
                {ProgramRequestFlow::code(ProgramRequest::State::Declared),
                 Sql::text(declarantName), Sql::date(declaredOn), Sql::ref(actorId), id, version,
                 ProgramRequestFlow::code(ProgramRequest::State::Received)},
                tr("Could not record the declaration."));
            !s)
            return s;
        if (q.numRowsAffected() != 1)
            return Status::failure(tr("Program request %1 was changed by someone else after you "
                                      "opened it; open it again.")
                                       .arg(id));
        return AuditRepository(m_db).record(
            actorId, QStringLiteral("program_request.declare"), QStringLiteral("program_request"),
            id, {{QStringLiteral("declared"), declaredOn.toString(Qt::ISODate)}});
    });
    if (!saved)
        return saved;
    return get(id);
}
