#include "reports/MonthlyCsvExport.h"

#include "core/Clock.h"
#include "core/Domain.h"
#include "core/HijriDate.h"
#include "core/IoFailure.h"
#include "reports/ReportFormat.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/MonthExportQuery.h"

#include <QHash>
#include <QIODevice>
#include <QTimeZone>

namespace {

template <typename E>
QString labelOf(const QString &code, std::optional<E> (*fromCode)(const QString &))
{
    const std::optional<E> v = fromCode(code);
    return v ? Domain::label(*v) : code;
}

} // namespace

QStringList MonthlyCsvExport::columns()
{
    return {QStringLiteral("case_number"),
            QStringLiteral("file_number"),
            QStringLiteral("id_type"),
            QStringLiteral("national_id"),
            QStringLiteral("beneficiary_name"),
            QStringLiteral("channel"),
            QStringLiteral("purpose"),
            QStringLiteral("outcome"),
            QStringLiteral("step"),
            QStringLiteral("received_at"),
            QStringLiteral("received_at_hijri"),
            QStringLiteral("service"),
            QStringLiteral("survey_mean")};
}

QString MonthlyCsvExport::cell(const QString &value)
{
    QString v = value;
    bool quote = false;
    if (!v.isEmpty()) {
        const QChar first = v.at(0);
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
            first == u'\r') {
            v.prepend(QLatin1Char('\''));
            quote = true;
        }
    }
    if (v.contains(QLatin1Char('"')) || v.contains(QLatin1Char(',')) ||
        v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r')) ||
        v.contains(QLatin1Char(';')))
        quote = true;
    if (!quote)
        return v;
    v.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

Result<qint64> MonthlyCsvExport::write(Database &db, const ReportPeriod &period, QIODevice *out,
                                       const QString &language, const Progress &progress)
{
    if (!out || !out->isWritable())
        return Result<qint64>::failure(tr("The export cannot be written: the file is not open."));
    if (!period.isValid())
        return Result<qint64>::failure(tr("No month was chosen for the export."));
    const TimeRange range = period.range();
    const Result<qint64> total = SummaryQueries(db).casesReceived(range);
    if (!total)
        return total.status();

    const ReportFormat format(language);
    const QTimeZone zone = Clock::deskTimeZone();
    QHash<QDate, QString> hijriOf; // at most the month's days
    QByteArray buffer("\xEF\xBB\xBF");
    auto line = [&](const QStringList &cells) {
        QStringList quoted;
        quoted.reserve(cells.size());
        for (const QString &c : cells)
            quoted << cell(c);
        buffer += quoted.join(QLatin1Char(',')).toUtf8();
        buffer += "\r\n";
    };
    auto flush = [&]() {
        if (out->write(buffer) != buffer.size())
            return false;
        buffer.clear();
        return true;
    };
    line(columns());

    Status failure = Status::success();
    qint64 written = 0;
    const Result<qint64> rows = MonthExportQuery(db).forEach(range, [&](const ExportRow &r) {
        const QDateTime local = r.arrivalAt.toTimeZone(zone);
        auto hijri = hijriOf.find(local.date());
        if (hijri == hijriOf.end()) {
            const Result<HijriDate> h = HijriDate::fromGregorian(local.date());
            hijri = hijriOf.insert(local.date(), h ? h->toString() : QString());
        }
        line({QString::number(r.caseId), r.fileNumber,
              r.idType.isEmpty() ? QString() : labelOf<IdType>(r.idType, &Domain::idTypeFromCode),
              r.idNumber, r.beneficiaryName, labelOf<Channel>(r.channel, &Domain::channelFromCode),
              labelOf<Purpose>(r.purpose, &Domain::purposeFromCode),
              labelOf<CaseStatus>(r.status, &Domain::statusFromCode),
              labelOf<Step>(r.step, &Domain::stepFromCode), local.toString(Qt::ISODate), *hijri,
              format.name(r.serviceNameAr, r.serviceNameEn),
              r.surveyMean ? QString::number(*r.surveyMean, 'f', 2) : QString()});
        ++written;
        if (written % 500 == 0) {
            if (!flush()) {
                failure = Status::failure(
                    tr("The export could not be written: %1").arg(IoFailure::reason(*out)));
                return false;
            }
            if (progress && !progress(written, *total)) {
                failure = Status::failure(tr("The export was cancelled."));
                return false;
            }
        }
        return true;
    });
    if (!rows)
        return rows.status();
    if (!failure)
        return failure;
    if (!flush())
        return Result<qint64>::failure(
            tr("The export could not be written: %1").arg(IoFailure::reason(*out)));
    if (progress)
        progress(written, *total);
    return written;
}

Status MonthlyCsvExport::recordExport(Database &db, qint64 userId, const ReportPeriod &period,
                                      qint64 rows)
{
    const Status recorded =
        AuditRepository(db).record(userId, auditAction(), QStringLiteral("export"), 0,
                                   {{QStringLiteral("month"), period.code()},
                                    {QStringLiteral("rows"), rows},
                                    {QStringLiteral("format"), QStringLiteral("csv")}});
    // A database opened read-only keeps nothing, as for a sign-in.
    return recorded || db.isReadOnly() ? Status::success() : recorded;
}
