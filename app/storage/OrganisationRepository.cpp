#include "storage/OrganisationRepository.h"

#include "core/ArabicText.h"
#include "core/Clock.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QJsonObject>

namespace {

QJsonObject auditDetails(const Organisation &o)
{
    // The kind only: the name and the contact are in the table, where a
    // correction reaches them.
    return {{QStringLiteral("organisation_kind"), OrganisationKinds::code(o.kind)},
            {QStringLiteral("supervising"), o.supervising}};
}

} // namespace

Status OrganisationRepository::writeNameKeys(qint64 id, const QString &name, bool replace)
{
    const QString failure = tr("Could not update the organisation search index.");
    QSqlQuery q(m_db.connection());
    if (replace) {
        for (const char *table : {"organisation_name_tokens", "organisation_name_folds"}) {
            if (Status s = Sql::exec(q,
                                     QStringLiteral("DELETE FROM %1 WHERE organisation_id = ?")
                                         .arg(QLatin1String(table)),
                                     {id}, failure);
                !s)
                return s;
        }
    }
    // The same keys as a person's name (ArabicText::nameKeys) and, beside
    // them, the hamza-folded ones that differ (rule 4.6).
    const QStringList keys = ArabicText::nameKeys(name);
    const QStringList folds = ArabicText::secondaryKeys(keys);
    for (const auto &[table, list] :
         {std::pair{QStringLiteral("organisation_name_tokens"), keys},
          std::pair{QStringLiteral("organisation_name_folds"), folds}}) {
        if (list.isEmpty())
            continue;
        if (!q.prepare(
                QStringLiteral("INSERT INTO %1 (organisation_id, key) VALUES (?, ?)").arg(table)))
            return Database::sqlFailure(failure, q.lastError());
        for (const QString &key : list) {
            if (Status s = Sql::execPrepared(q, {id, key}, failure); !s)
                return s;
        }
    }
    return Status::success();
}

Result<Organisation> OrganisationRepository::create(const Organisation &input, qint64 actorId)
{
    Organisation o = input;
    o.version = 1;
    o.createdAt = Clock::instance().nowUtc();
    const Status saved = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        const Result<qint64> id = Sql::insert(
            q,
            QStringLiteral("INSERT INTO organisations (name, kind, supervising, contact_person, "
                           "contact_phone, created_at, created_by, version) VALUES (?, ?, ?, ?, "
                           "?, ?, ?, ?) RETURNING id"),
            {Sql::text(o.name), OrganisationKinds::code(o.kind), Sql::flag(o.supervising),
             Sql::text(o.contactPerson), Sql::text(o.contactPhone), Sql::time(o.createdAt),
             Sql::ref(actorId), o.version},
            tr("Could not save the organisation."));
        if (!id)
            return id.status();
        o.id = *id;
        if (Status s = writeNameKeys(o.id, o.name, false); !s)
            return s;
        return AuditRepository(m_db).record(actorId, QStringLiteral("organisation.create"),
                                            QStringLiteral("organisation"), o.id, auditDetails(o));
    });
    if (!saved)
        return saved;
    return o;
}

Result<Organisation> OrganisationRepository::update(const Organisation &input, qint64 actorId)
{
    Organisation o = input;
    const Status saved = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (Status s = Sql::exec(
                q,
                QStringLiteral("UPDATE organisations SET name = ?, kind = ?, supervising = ?, "
                               "contact_person = ?, contact_phone = ?, updated_at = ?, version = "
                               "version + 1 WHERE id = ? AND version = ?"),
                {Sql::text(o.name), OrganisationKinds::code(o.kind), Sql::flag(o.supervising),
                 Sql::text(o.contactPerson), Sql::text(o.contactPhone),
                 Sql::time(Clock::instance().nowUtc()), o.id, o.version},
                tr("Could not save the organisation."));
            !s)
            return s;
        if (q.numRowsAffected() != 1) {
            if (Result<Organisation> now = get(o.id); !now)
                return now.status();
            return Status::failure(tr("Someone else changed this organisation after you opened "
                                      "it; open it again to see their changes."));
        }
        o.version += 1;
        if (Status s = writeNameKeys(o.id, o.name, true); !s)
            return s;
        return AuditRepository(m_db).record(actorId, QStringLiteral("organisation.update"),
                                            QStringLiteral("organisation"), o.id, auditDetails(o));
    });
    if (!saved)
        return saved;
    return o;
}

Result<Organisation> OrganisationRepository::get(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status s = Sql::exec(q,
                             QStringLiteral("SELECT id, name, kind, supervising, contact_person, "
                                            "contact_phone, created_at, version FROM "
                                            "organisations WHERE id = ?"),
                             {id}, tr("Could not read the organisation."));
        !s)
        return s;
    if (!q.next())
        return Result<Organisation>::failure(tr("There is no organisation number %1.").arg(id));
    Organisation o;
    o.id = q.value(0).toLongLong();
    o.name = q.value(1).toString();
    o.kind = OrganisationKinds::fromCode(q.value(2).toString()).value_or(OrganisationKind::Other);
    o.supervising = q.value(3).toInt() != 0;
    o.contactPerson = q.value(4).toString();
    o.contactPhone = q.value(5).toString();
    o.createdAt = Sql::timeFrom(q.value(6));
    o.version = q.value(7).toInt();
    return o;
}
