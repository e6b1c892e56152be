#include "services/BreachReportDesk.h"

#include "core/Clock.h"
#include "core/OutputFile.h"
#include "reports/BreachReportCsv.h"
#include "reports/BreachReportPdf.h"
#include "reports/ExportReach.h"
#include "services/AccessTrail.h"
#include "services/AssociationDesk.h"
#include "services/Session.h"
#include "storage/AuditRepository.h"
#include "storage/BeneficiaryRepository.h"
#include "storage/Database.h"
#include "storage/PersonEvents.h"

#include <QFileInfo>
#include <QTimeZone>

#include <algorithm>

Result<BreachReportDesk::Format> BreachReportDesk::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    return Result<Format>::failure(tr("The breach report is written as PDF or CSV: give the file "
                                      "a name ending in .pdf or .csv."));
}

QString BreachReportDesk::suggestedFileName(const QDate &from, const QDate &to, Format format)
{
    return QStringLiteral("breach-report-%1-%2.%3")
        .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate),
             format == Format::Pdf ? QStringLiteral("pdf") : QStringLiteral("csv"));
}

Status BreachReportDesk::addExports(const QDateTime &from, const QDateTime &to,
                                    QVector<BreachRow> &rows) const
{
    AuditQuery query;
    query.actions = {QStringLiteral("export.month")};
    query.from = from;
    query.to = to;
    query.limit = maxExports + 1;
    const Result<QVector<AuditEntry>> exports = AuditRepository(m_db).query(query);
    if (!exports)
        return exports.status();
    if (exports->size() > maxExports)
        return Status::failure(tr("More than %1 month exports were made in this range: choose "
                                  "a shorter range.")
                                   .arg(maxExports));
    for (const AuditEntry &e : *exports) {
        const Result<QVector<CaseArrival>> held = ExportReach::people(m_db, e.details, e.at);
        if (!held)
            return held.status();
        for (const CaseArrival &a : *held) {
            BreachRow row;
            row.at = e.at;
            row.userId = e.userId;
            row.action = e.action;
            row.beneficiaryId = a.beneficiaryId;
            row.caseId = a.caseId;
            row.exportMonth = ExportReach::monthCode(e.details);
            row.details = e.details;
            rows << row;
        }
        if (rows.size() > maxRows)
            break;
    }
    return Status::success();
}

Status BreachReportDesk::addNames(BreachReportData &data) const
{
    const Result<QHash<qint64, QString>> staff = AccessTrail::userNames(m_db);
    if (!staff)
        return staff.status();
    QVector<qint64> ids;
    for (const BreachRow &r : data.rows)
        ids << r.beneficiaryId;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    const Result<QHash<qint64, QString>> people = BeneficiaryRepository(m_db).fullNames(ids);
    if (!people)
        return people.status();
    for (BreachRow &r : data.rows) {
        r.userName = staff->value(r.userId);
        r.personName = people->value(r.beneficiaryId);
    }
    return Status::success();
}

Result<BreachReportData> BreachReportDesk::gather(const QDate &from, const QDate &to) const
{
    if (Status s = m_session.require(Action::HandleDataRequests); !s)
        return s;
    if (!from.isValid() || !to.isValid())
        return Status::failure(tr("Choose the first and the last day of the range."));
    if (to < from)
        return Status::failure(tr("The last day of the range is before the first."));
    const QTimeZone zone = Clock::deskTimeZone();
    TimeRange range;
    range.from = QDateTime(from, QTime(0, 0), zone).toUTC();
    range.to = QDateTime(to.addDays(1), QTime(0, 0), zone).toUTC();

    BreachReportData data;
    data.from = from;
    data.to = to;
    data.madeAt = Clock::instance().nowUtc();
    data.madeBy = m_session.user().displayName.isEmpty() ? m_session.user().username
                                                         : m_session.user().displayName;
    const auto profile = AssociationDesk::shown(m_db);
    data.associationName = profile ? profile->displayName(QStringLiteral("ar")) : QString();

    const Result<QVector<PersonEvent>> events = PersonEvents(m_db).inRange(range, maxRows + 1);
    if (!events)
        return events.status();
    for (const PersonEvent &e : *events) {
        BreachRow row;
        row.at = e.at;
        row.userId = e.userId;
        row.action = e.action;
        row.beneficiaryId = e.beneficiaryId;
        row.caseId = e.caseId;
        row.details = e.details;
        data.rows << row;
    }
    if (data.rows.size() <= maxRows) {
        if (Status s = addExports(range.from, range.to, data.rows); !s)
            return s;
    }
    if (data.rows.size() > maxRows)
        return Status::failure(tr("More than %1 entries fall in this range: choose a shorter "
                                  "range.")
                                   .arg(maxRows));
    // Oldest first; an export's people in the order their cases arrived.
    std::stable_sort(data.rows.begin(), data.rows.end(),
                     [](const BreachRow &a, const BreachRow &b) { return a.at < b.at; });
    if (Status s = addNames(data); !s)
        return s;
    return data;
}

Result<qint64> BreachReportDesk::write(const QDate &from, const QDate &to, const QString &path,
                                       const QString &language)
{
    if (Status s = m_session.require(Action::HandleDataRequests); !s)
        return s;
    const Result<Format> format = formatOf(path);
    if (!format)
        return format.status();
    const Result<BreachReportData> data = gather(from, to);
    if (!data)
        return data.status();
    OutputFile file(path, OutputFile::Existing::Replace, {m_db.path()});
    if (Status s = file.open(); !s)
        return s;
    if (*format == Format::Csv) {
        const Result<qint64> written = BreachReportCsv::write(*data, file.device());
        if (!written)
            return written.status();
    } else {
        const ReportFormat reportFormat(language);
        if (Status s = BreachReportPdf(*data, reportFormat).write(file.device()); !s)
            return s;
    }
    // Recorded before the file is put in place: no report leaves unrecorded.
    const Status recorded = AuditRepository(m_db).record(
        m_session.userId(), QStringLiteral("breach.report"), QStringLiteral("audit"), 0,
        {{QStringLiteral("from"), from.toString(Qt::ISODate)},
         {QStringLiteral("to"), to.toString(Qt::ISODate)},
         {QStringLiteral("rows"), qint64(data->rows.size())},
         {QStringLiteral("format"),
          *format == Format::Pdf ? QStringLiteral("pdf") : QStringLiteral("csv")}});
    if (!recorded && !m_db.isReadOnly())
        return recorded;
    if (Status s = file.commit(); !s)
        return s;
    return qint64(data->rows.size());
}
