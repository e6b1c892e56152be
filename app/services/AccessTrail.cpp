#include "services/AccessTrail.h"

#include "reports/ExportReach.h"
#include "services/Session.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/PersonEvents.h"
#include "storage/UserRepository.h"

#include <QJsonDocument>

#include <algorithm>

Status AccessTrail::record(const QString &action, qint64 beneficiaryId, const QJsonObject &details)
{
    const Status recorded = AuditRepository(m_db).record(
        m_session.userId(), action, QStringLiteral("beneficiary"), beneficiaryId, details);
    if (recorded || m_db.isReadOnly())
        return Status::success();
    return Status::failure(
        tr("Could not record who read this person's data, so it is not shown: %1")
            .arg(recorded.error()));
}

Result<QHash<qint64, QString>> AccessTrail::userNames(Database &db)
{
    const Result<QVector<User>> users = UserRepository(db).list(false);
    if (!users)
        return users.status();
    QHash<qint64, QString> names;
    for (const User &u : *users)
        names.insert(u.id, u.displayName.trimmed().isEmpty() ? u.username : u.displayName);
    return names;
}

Result<QVector<AccessEntry>> AccessTrail::of(qint64 beneficiaryId) const
{
    if (Status s = m_session.require(Action::HandleDataRequests); !s)
        return s;
    AuditQuery query;
    query.beneficiaryId = beneficiaryId;
    query.limit = maxEntries;
    const Result<QVector<AuditEntry>> rows = AuditRepository(m_db).query(query);
    if (!rows)
        return rows.status();
    const Result<QHash<qint64, QString>> names = userNames(m_db);
    if (!names)
        return names.status();
    QVector<AccessEntry> out;
    out.reserve(rows->size());
    for (const AuditEntry &row : *rows) {
        AccessEntry e;
        e.at = row.at;
        e.userId = row.userId;
        e.userName = names->value(row.userId);
        e.action = row.action;
        if (row.entity == QLatin1String("case"))
            e.caseId = row.entityId;
        else
            e.caseId = qint64(QJsonDocument::fromJson(row.details.toUtf8())
                                  .object()
                                  .value(QStringLiteral("case"))
                                  .toDouble());
        e.details = row.details;
        out << e;
    }
    if (Status s = addExports(beneficiaryId, *names, out); !s)
        return s;
    // Newest first, the exports among the rows about the person.
    std::stable_sort(out.begin(), out.end(),
                     [](const AccessEntry &a, const AccessEntry &b) { return a.at > b.at; });
    if (out.size() > maxEntries)
        out.resize(maxEntries);
    return out;
}

Status AccessTrail::addExports(qint64 beneficiaryId, const QHash<qint64, QString> &names,
                               QVector<AccessEntry> &out) const
{
    const Result<QVector<CaseArrival>> cases =
        PersonEvents(m_db).arrivals(TimeRange(), beneficiaryId, maxEntries);
    if (!cases)
        return cases.status();
    if (cases->isEmpty())
        return Status::success();
    AuditQuery query;
    query.actions = {QStringLiteral("export.month")};
    query.limit = maxEntries;
    const Result<QVector<AuditEntry>> exports = AuditRepository(m_db).query(query);
    if (!exports)
        return exports.status();
    for (const AuditEntry &row : *exports) {
        const std::optional<TimeRange> month = ExportReach::monthOf(row.details);
        if (!month)
            continue;
        // Listed once, with the first of the person's cases it carried.
        const auto held = std::find_if(cases->begin(), cases->end(), [&](const CaseArrival &a) {
            return ExportReach::held(*month, row.at, a);
        });
        if (held == cases->end())
            continue;
        AccessEntry e;
        e.at = row.at;
        e.userId = row.userId;
        e.userName = names.value(row.userId);
        e.action = row.action;
        e.caseId = held->caseId;
        e.details = row.details;
        out << e;
    }
    return Status::success();
}
