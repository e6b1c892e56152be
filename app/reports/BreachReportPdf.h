// The breach report for the authority (issue 13, DOMAIN.md 6.6): an A4 PDF in
// the report's language (Arabic, right to left, by default) with the range in
// both calendars, the people whose data was seen or changed with how often,
// and every entry: when, who, what, whose, on which case.
#pragma once

#include "core/Result.h"
#include "reports/BreachReport.h"
#include "reports/ReportFormat.h"

#include <QCoreApplication>

class QIODevice;

class BreachReportPdf final
{
    Q_DECLARE_TR_FUNCTIONS(BreachReportPdf)

public:
    BreachReportPdf(const BreachReportData &data, const ReportFormat &format)
        : m_d(data), m_f(format)
    {}

    // The rich text the pages are laid out from.
    QString html() const;
    Status write(QIODevice *out) const;

private:
    QString title() const;
    QString people() const;
    QString entries() const;
    QString who(const BreachRow &row) const;
    QString whose(const BreachRow &row) const;

    const BreachReportData &m_d;
    const ReportFormat &m_f;
};
