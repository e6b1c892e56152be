// The month's cases as CSV (issue 5): one row per case received in the period,
// UTF-8 with a byte order mark so spreadsheet programs read Arabic correctly,
// RFC 4180 quoting, CRLF line ends, and every cell a spreadsheet would run as a
// formula (starting with = + - @, tab or carriage return) neutralised as OWASP
// recommends: a leading apostrophe, the cell quoted. Rows are streamed from the
// database, never all held at once.
#pragma once

#include "core/Result.h"
#include "reports/ReportPeriod.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

class Database;
class QIODevice;

class MonthlyCsvExport final
{
    Q_DECLARE_TR_FUNCTIONS(MonthlyCsvExport)

public:
    // progress(rows written, rows in total); returning false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // The header row: case_number, file_number, id_type, national_id,
    // beneficiary_name, channel, purpose, outcome, step, received_at (ISO 8601,
    // desk time with its offset), received_at_hijri (Umm al-Qura YYYY/MM/DD),
    // service, survey_mean.
    static QStringList columns();

    // One cell, neutralised and quoted as needed.
    static QString cell(const QString &value);

    // Writes the BOM, the header and the rows into out (open for writing);
    // labels and service names in language ("ar" or "en"). Returns the number
    // of rows.
    static Result<qint64> write(Database &db, const ReportPeriod &period, QIODevice *out,
                                const QString &language = QStringLiteral("ar"),
                                const Progress &progress = {});

    // Records that userId exported the period's cases (export.month: the
    // month and how many rows), before the file is put in place: one row for
    // the whole month, which the breach report expands to the people in it
    // (issue 13), not one per person.
    static Status recordExport(Database &db, qint64 userId, const ReportPeriod &period,
                               qint64 rows);
    // The audit action of an export.
    static QString auditAction() { return QStringLiteral("export.month"); }
};
