#include "storage/DocumentRepository.h"

#include "core/Clock.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QJsonObject>

namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, beneficiary_id, type_code, provided, verified, expiry, expiry_calendar, "
    "expiry_hijri FROM documents ");

QVector<Document> readAll(QSqlQuery &q)
{
    QVector<Document> out;
    while (q.next()) {
        Document d;
        d.id = q.value(0).toLongLong();
        d.beneficiaryId = q.value(1).toLongLong();
        d.typeCode = q.value(2).toString();
        d.provided = q.value(3).toInt() != 0;
        d.verified = q.value(4).toInt() != 0;
        d.setExpiry(WrittenDate::fromStored(Sql::dateFrom(q.value(5)), q.value(6).toString(),
                                            q.value(7).toString()));
        out << d;
    }
    return out;
}

} // namespace

Result<Document> DocumentRepository::save(const Document &input, qint64 actorId)
{
    Document d = input;
    d.setExpiry(d.writtenExpiry().checked());
    const Status saved = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        const QString failure = tr("Could not save the document checklist.");
        if (Status s = Sql::exec(q, QStringLiteral("SELECT id FROM document_types WHERE code = ?"),
                                 {d.typeCode}, failure);
            !s)
            return s;
        if (!q.next())
            return Status::failure(tr("The document type %1 does not exist.").arg(d.typeCode));
        const Result<qint64> id = Sql::insert(
            q,
            QStringLiteral("INSERT INTO documents (beneficiary_id, type_code, provided, verified, "
                           "expiry, expiry_calendar, expiry_hijri, updated_at) VALUES (?, ?, ?, ?, "
                           "?, ?, ?, ?) "
                           "ON CONFLICT (beneficiary_id, type_code) DO UPDATE SET "
                           "provided = excluded.provided, verified = excluded.verified, "
                           "expiry = excluded.expiry, expiry_calendar = excluded.expiry_calendar, "
                           "expiry_hijri = excluded.expiry_hijri, updated_at = excluded.updated_at "
                           "RETURNING id"),
            {d.beneficiaryId, d.typeCode, Sql::flag(d.provided), Sql::flag(d.verified),
             Sql::date(d.expiry), Sql::text(d.writtenExpiry().calendarCode()),
             Sql::text(d.writtenExpiry().hijriText()), Sql::time(Clock::instance().nowUtc())},
            failure);
        if (!id)
            return id.status();
        d.id = *id;
        return AuditRepository(m_db).record(
            actorId, QStringLiteral("document.save"), QStringLiteral("beneficiary"),
            d.beneficiaryId,
            {{QStringLiteral("type"), d.typeCode},
             {QStringLiteral("provided"), d.provided},
             {QStringLiteral("verified"), d.verified},
             {QStringLiteral("expiry"), d.expiry.toString(Qt::ISODate)}});
    });
    if (!saved)
        return saved;
    return d;
}

Result<QVector<Document>> DocumentRepository::forBeneficiary(qint64 beneficiaryId) const
{
    Sql::Cached statement(m_db, kSelect + QStringLiteral("WHERE beneficiary_id = ? ORDER BY id"));
    if (Status s = statement.exec({beneficiaryId}, tr("Could not read the document checklist."));
        !s)
        return s;
    QSqlQuery &q = statement.query();
    return readAll(q);
}

Result<QVector<Document>> DocumentRepository::expiring(const QDate &from, const QDate &to,
                                                       int limit, int offset) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status s = Sql::exec(q,
                             kSelect + QStringLiteral("WHERE expiry >= ? AND expiry < ? AND "
                                                      "provided = 1 ORDER BY expiry, id "
                                                      "LIMIT ? OFFSET ?"),
                             {Sql::date(from), Sql::date(to), qMax(1, limit), qMax(0, offset)},
                             tr("Could not read the document checklist."));
        !s)
        return s;
    return readAll(q);
}
