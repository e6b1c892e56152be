// The breach report as CSV for a spreadsheet or the authority's form (issue
// 13): one row per time a person's data was seen or changed, written like the
// month's export (UTF-8 with a byte order mark, RFC 4180, CRLF, a formula
// neutralised by MonthlyCsvExport::cell) and with no bidirectional control
// character left in a cell, so that no name can reorder what a row says.
#pragma once

#include "core/Result.h"
#include "reports/BreachReport.h"

#include <QCoreApplication>
#include <QStringList>

class QIODevice;

class BreachReportCsv final
{
    Q_DECLARE_TR_FUNCTIONS(BreachReportCsv)

public:
    // at (ISO 8601, desk time with its offset), at_hijri (Umm al-Qura
    // YYYY/MM/DD), user_id, user, action, action_label, person_record,
    // person_name, case_number, export_month, details.
    static QStringList columns();
    // One cell: bidirectional controls removed, then neutralised and quoted.
    static QString cell(const QString &value);
    // Writes the BOM, the header and the rows; labels in the installed
    // language. Returns the number of rows.
    static Result<qint64> write(const BreachReportData &data, QIODevice *out);
};
