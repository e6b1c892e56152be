#include "storage/ProgramKindRepository.h"

#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QJsonObject>

Result<QVector<ProgramKind>> ProgramKindRepository::select(const QString &tail,
                                                           const QVariantList &values) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status s = Sql::exec(q,
                             QStringLiteral("SELECT id, name_ar, name_en, active, position, "
                                            "version FROM program_kinds ") +
                                 tail,
                             values, tr("Could not read the program kinds."));
        !s)
        return s;
    QVector<ProgramKind> out;
    while (q.next()) {
        ProgramKind k;
        k.id = q.value(0).toLongLong();
        k.nameAr = q.value(1).toString();
        k.nameEn = q.value(2).toString();
        k.active = q.value(3).toInt() != 0;
        k.position = q.value(4).toInt();
        k.version = q.value(5).toInt();
        out << k;
    }
    return out;
}

Result<QVector<ProgramKind>> ProgramKindRepository::list(bool withRetired) const
{
    return select(withRetired ? QStringLiteral("ORDER BY position, id")
                              : QStringLiteral("WHERE active = 1 ORDER BY position, id"),
                  {});
}

Result<ProgramKind> ProgramKindRepository::get(qint64 id) const
{
    const auto found = select(QStringLiteral("WHERE id = ?"), {id});
    if (!found)
        return found.status();
    if (found->isEmpty())
        return Result<ProgramKind>::failure(tr("There is no program kind number %1.").arg(id));
    return found->first();
}

Result<ProgramKind> ProgramKindRepository::create(const ProgramKind &input, qint64 actorId)
{
    ProgramKind k = input;
    k.version = 1;
    const Status saved = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (Status s = Sql::exec(q,
                                 QStringLiteral("SELECT COALESCE(MAX(position), 0) FROM "
                                                "program_kinds"),
                                 {}, tr("Could not save the program kind."));
            !s)
            return s;
        k.position = q.next() ? q.value(0).toInt() + 1 : 1;
        const Result<qint64> id = Sql::insert(
            q,
            QStringLiteral("INSERT INTO program_kinds (name_ar, name_en, active, position, "
                           "version) VALUES (?, ?, ?, ?, ?) RETURNING id"),
            {Sql::text(k.nameAr), Sql::text(k.nameEn), Sql::flag(k.active), k.position, k.version},
            tr("Could not save the program kind."));
        if (!id)
            return id.status();
        k.id = *id;
        return AuditRepository(m_db).record(actorId, QStringLiteral("program_kind.create"),
                                            QStringLiteral("program_kind"), k.id,
                                            {{QStringLiteral("name"), k.nameAr}});
    });
    if (!saved)
        return saved;
    return k;
}

Result<ProgramKind> ProgramKindRepository::update(const ProgramKind &input, qint64 actorId)
{
    ProgramKind k = input;
    const Status saved = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (Status s = Sql::exec(q,
                                 QStringLiteral("UPDATE program_kinds SET name_ar = ?, name_en = "
                                                "?, active = ?, position = ?, version = version "
                                                "+ 1 WHERE id = ? AND version = ?"),
                                 {Sql::text(k.nameAr), Sql::text(k.nameEn), Sql::flag(k.active),
                                  k.position, k.id, k.version},
                                 tr("Could not save the program kind."));
            !s)
            return s;
        if (q.numRowsAffected() != 1) {
            if (Result<ProgramKind> now = get(k.id); !now)
                return now.status();
            return Status::failure(tr("Someone else changed this program kind after you opened "
                                      "it; open it again to see their changes."));
        }
        k.version += 1;
        return AuditRepository(m_db).record(
            actorId, QStringLiteral("program_kind.update"), QStringLiteral("program_kind"), k.id,
            {{QStringLiteral("name"), k.nameAr}, {QStringLiteral("active"), k.active}});
    });
    if (!saved)
        return saved;
    return k;
}
