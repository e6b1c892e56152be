#include "storage/MonthExportQuery.h"

#include "storage/Database.h"
#include "storage/SqlSupport.h"

Result<qint64> MonthExportQuery::forEach(const TimeRange &r,
                                         const std::function<bool(const ExportRow &)> &row)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status s = Sql::exec(
            q,
            QStringLiteral(
                "SELECT c.id, b.file_number, b.id_type, b.id_number, b.full_name, c.channel, "
                "c.purpose, c.status, c.step, c.arrival_at, s.name_ar, s.name_en, "
                "(SELECT AVG(a.score) FROM survey_responses sr JOIN survey_answers a ON "
                "a.response_id = sr.id WHERE sr.case_id = c.id AND sr.declined = 0), "
                "b.restricted_at FROM cases c LEFT JOIN beneficiaries b ON b.id = c.beneficiary_id "
                "LEFT JOIN services s ON s.id = c.service_id "
                "WHERE c.arrival_at >= ? AND c.arrival_at < ? ORDER BY c.arrival_at, c.id"),
            {Sql::time(r.from), Sql::time(r.to)}, tr("Could not read the month's cases."));
        !s)
        return s;
    qint64 n = 0;
    while (q.next()) {
        ExportRow e;
        e.caseId = q.value(0).toLongLong();
        e.fileNumber = q.value(1).toString();
        e.idType = q.value(2).toString();
        e.idNumber = q.value(3).toString();
        e.beneficiaryName = q.value(4).toString();
        e.channel = q.value(5).toString();
        e.purpose = q.value(6).toString();
        e.status = q.value(7).toString();
        e.step = q.value(8).toString();
        e.arrivalAt = Sql::timeFrom(q.value(9));
        e.serviceNameAr = q.value(10).toString();
        e.serviceNameEn = q.value(11).toString();
        if (!q.value(12).isNull())
            e.surveyMean = q.value(12).toDouble();
        // A person whose processing is restricted is not exported (issue 13):
        // their case still counts, without who they are.
        if (!q.value(13).isNull()) {
            e.fileNumber.clear();
            e.idType.clear();
            e.idNumber.clear();
            e.beneficiaryName.clear();
        }
        ++n;
        if (!row(e))
            break;
    }
    return n;
}
