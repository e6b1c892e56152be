#include "storage/PersonalValues.h"

#include "core/User.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>

QString PersonalValues::digest(const QString &salt, const QString &body)
{
    // Salted: a digest of a phone number alone could be reversed by trying
    // every number; with the salt gone (destroyed with the values) it cannot.
    return QString::fromLatin1(
        QCryptographicHash::hash((salt + body).toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<qint64> PersonalValues::record(qint64 actorId, const QString &action, const QString &entity,
                                      qint64 entityId, QJsonObject details, qint64 beneficiaryId,
                                      const QJsonObject &values)
{
    QByteArray saltBytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(saltBytes.data()),
                                          saltBytes.size() / int(sizeof(quint32)));
    const QString salt = QString::fromLatin1(saltBytes.toHex());
    const QString body = QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact));
    details.insert(digestKey(), digest(salt, body));

    qint64 auditId = 0;
    auto write = [&]() -> Status {
        AuditEntry e;
        e.userId = actorId;
        e.action = action;
        e.entity = entity;
        e.entityId = entityId;
        e.details = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
        const Result<qint64> id = AuditRepository(m_db).append(e);
        if (!id)
            return id.status();
        auditId = *id;
        return Sql::Cached(m_db, QStringLiteral("INSERT INTO personal_values (audit_id, "
                                                "beneficiary_id, salt, body) VALUES (?, ?, ?, ?)"))
            .exec({auditId, beneficiaryId, salt, body}, tr("Could not keep the changed values."));
    };
    const Status written = m_db.inTransaction() ? write() : m_db.transaction(write);
    if (!written)
        return written;
    return auditId;
}

Result<QHash<qint64, QJsonObject>> PersonalValues::forAudit(const QVector<qint64> &auditIds) const
{
    QHash<qint64, QJsonObject> out;
    if (auditIds.isEmpty())
        return out;
    QVariantList ids;
    QStringList marks;
    for (qint64 id : auditIds) {
        ids << id;
        marks << QStringLiteral("?");
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status s = Sql::exec(q,
                             QStringLiteral("SELECT audit_id, body FROM personal_values WHERE "
                                            "audit_id IN (%1)")
                                 .arg(marks.join(QLatin1Char(','))),
                             ids, tr("Could not read the changed values."));
        !s)
        return s;
    while (q.next())
        out.insert(q.value(0).toLongLong(),
                   QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object());
    return out;
}

Result<bool> PersonalValues::matches(qint64 auditId, const QJsonObject &details) const
{
    QSqlQuery q(m_db.connection());
    if (Status s = Sql::exec(q,
                             QStringLiteral("SELECT salt, body FROM personal_values WHERE "
                                            "audit_id = ?"),
                             {auditId}, tr("Could not read the changed values."));
        !s)
        return s;
    if (!q.next())
        return false;
    return details.value(digestKey()).toString() ==
           digest(q.value(0).toString(), q.value(1).toString());
}

Result<qint64> PersonalValues::forget(qint64 beneficiaryId)
{
    QSqlQuery q(m_db.connection());
    if (Status s =
            Sql::exec(q, QStringLiteral("DELETE FROM personal_values WHERE beneficiary_id = ?"),
                      {beneficiaryId}, tr("Could not destroy the changed values."));
        !s)
        return s;
    return qint64(q.numRowsAffected());
}
