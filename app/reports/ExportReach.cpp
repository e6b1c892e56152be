#include "reports/ExportReach.h"

#include "reports/ReportPeriod.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace ExportReach {

namespace {

// A month never holds more cases than this; beyond it the expansion stops.
constexpr int maxCasesInMonth = 200000;

} // namespace

QString monthCode(const QString &details)
{
    return QJsonDocument::fromJson(details.toUtf8())
        .object()
        .value(QStringLiteral("month"))
        .toString();
}

std::optional<TimeRange> monthOf(const QString &details)
{
    const Result<ReportPeriod> period = ReportPeriod::parse(monthCode(details));
    if (!period || !period->isValid())
        return std::nullopt;
    return period->range();
}

bool held(const TimeRange &month, const QDateTime &exportedAt, const CaseArrival &arrival)
{
    if (arrival.arrivalAt < month.from || arrival.arrivalAt >= month.to)
        return false;
    // A case received after the export was not in its file.
    if (exportedAt.isValid() && arrival.arrivalAt > exportedAt)
        return false;
    return !(arrival.restrictedAt.isValid() &&
             (!exportedAt.isValid() || arrival.restrictedAt <= exportedAt));
}

Result<QVector<CaseArrival>> people(Database &db, const QString &details,
                                    const QDateTime &exportedAt)
{
    const std::optional<TimeRange> month = monthOf(details);
    if (!month)
        return QVector<CaseArrival>();
    const Result<QVector<CaseArrival>> cases =
        PersonEvents(db).arrivals(*month, 0, maxCasesInMonth);
    if (!cases)
        return cases.status();
    QVector<CaseArrival> out;
    QSet<qint64> seen;
    for (const CaseArrival &a : *cases) {
        if (held(*month, exportedAt, a) && !seen.contains(a.beneficiaryId)) {
            seen.insert(a.beneficiaryId);
            out << a;
        }
    }
    return out;
}

} // namespace ExportReach
