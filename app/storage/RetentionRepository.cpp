#include "storage/RetentionRepository.h"

#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "storage/SqlSupport.h"

#include <QJsonObject>

Result<int> RetentionRepository::years() const
{
    const Result<std::optional<QString>> stored = SettingsRepository(m_db).value(settingKey());
    if (!stored)
        return stored.status();
    bool ok = false;
    const int years = stored->value_or(QString()).toInt(&ok);
    // A value this program did not write counts as no period: nobody's data
    // is destroyed on a guess.
    return ok && years > 0 && years <= maxYears ? years : 0;
}

Status RetentionRepository::setYears(int years, qint64 actorId)
{
    if (years < 0 || years > maxYears)
        return Status::failure(
            tr("The retention period is a number of years from 1 to %1, or none.").arg(maxYears));
    // "0" is no period, never a removed row: a manager's login on a server
    // may not delete settings.
    return SettingsRepository(m_db).setValue(settingKey(), QString::number(years), actorId,
                                             QStringLiteral("retention.set"),
                                             {{QStringLiteral("years"), years}});
}

Result<QVector<PastRetention>> RetentionRepository::pastCutoff(const QDateTime &cutoffUtc,
                                                               int limit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // A case without an end is open (or waiting for the program officer):
    // its person is kept whatever their other cases' ends.
    const QString sql = QStringLiteral(
        "SELECT b.id, b.file_number, COALESCE(MAX(c.end_at), b.created_at) AS last_at, "
        "COUNT(c.id) FROM beneficiaries b LEFT JOIN cases c ON c.beneficiary_id = b.id "
        "WHERE b.anonymised_at IS NULL "
        "GROUP BY b.id, b.file_number, b.created_at "
        "HAVING COUNT(c.id) = COUNT(c.end_at) AND COALESCE(MAX(c.end_at), b.created_at) < ? "
        "ORDER BY last_at, b.id LIMIT ?");
    if (Status s = Sql::exec(q, sql, {Sql::time(cutoffUtc), qMax(1, limit)},
                             tr("Could not list the people past the retention period."));
        !s)
        return s;
    QVector<PastRetention> out;
    while (q.next()) {
        PastRetention p;
        p.beneficiaryId = q.value(0).toLongLong();
        p.fileNumber = q.value(1).toString();
        p.lastActivity = Sql::timeFrom(q.value(2));
        p.cases = q.value(3).toLongLong();
        out << p;
    }
    return out;
}
