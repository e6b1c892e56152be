#include "services/FieldHistory.h"

#include "services/AccessTrail.h"
#include "services/Session.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/PersonalValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

Result<QVector<FieldChange>> FieldHistory::of(qint64 beneficiaryId) const
{
    if (Status s = m_session.require(Action::ViewCases); !s)
        return s;
    AuditQuery query;
    query.entity = QStringLiteral("beneficiary");
    query.entityId = beneficiaryId;
    query.actions = {QStringLiteral("beneficiary.update")};
    query.limit = AccessTrail::maxEntries;
    const Result<QVector<AuditEntry>> rows = AuditRepository(m_db).query(query);
    if (!rows)
        return rows.status();
    QVector<qint64> ids;
    for (const AuditEntry &row : *rows)
        ids << row.id;
    const Result<QHash<qint64, QJsonObject>> kept = PersonalValues(m_db).forAudit(ids);
    if (!kept)
        return kept.status();
    const Result<QHash<qint64, QString>> names = AccessTrail::userNames(m_db);
    if (!names)
        return names.status();

    QVector<FieldChange> out;
    for (const AuditEntry &row : *rows) {
        const QJsonObject details = QJsonDocument::fromJson(row.details.toUtf8()).object();
        const bool sealed = details.contains(PersonalValues::digestKey());
        FieldChange base;
        base.userId = row.userId;
        base.userName = names->value(row.userId);
        base.at = row.at;
        QJsonObject values;
        if (!sealed) {
            base.values = FieldChange::Values::NotKept;
        } else if (!kept->contains(row.id)) {
            base.values = FieldChange::Values::Removed;
        } else {
            const Result<bool> intact = PersonalValues(m_db).matches(row.id, details);
            if (!intact)
                return intact.status();
            if (*intact)
                values = kept->value(row.id);
            else
                base.values = FieldChange::Values::Altered;
        }
        const QJsonArray fields = details.value(QStringLiteral("fields")).toArray();
        for (const QJsonValue &field : fields) {
            FieldChange change = base;
            change.field = field.toString();
            if (change.values == FieldChange::Values::Kept) {
                const QJsonArray pair = values.value(change.field).toArray();
                change.before = pair.at(0).toString();
                change.after = pair.at(1).toString();
            }
            out << change;
        }
    }
    return out;
}
