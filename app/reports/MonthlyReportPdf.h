// The monthly report as an A4 PDF (issue 5): right-to-left Arabic (or English),
// the association's name, logo and licence number in the header of every
// page, the period in both calendars, "page 1 of 4" in the footer, the figures
// as tables and the charts as vectors, fonts embedded. The same pages can be
// painted as images for the preview. Build and use it on one thread (any
// thread: it touches no widget).
#pragma once

#include "core/Result.h"
#include "reports/MonthlySummary.h"
#include "reports/ReportIdentity.h"

#include <QCoreApplication>
#include <QImage>
#include <QSizeF>
#include <QVector>

#include <functional>
#include <memory>

class QIODevice;
class QPainter;

struct ReportOptions
{
    QString language = QStringLiteral("ar"); // "ar" or "en"
    ReportIdentity identity;
};

class MonthlyReportPdf final
{
    Q_DECLARE_TR_FUNCTIONS(MonthlyReportPdf)

public:
    // progress(done, total); returning false cancels.
    using Progress = std::function<bool(int done, int total)>;

    MonthlyReportPdf(const MonthlySummary &summary, const ReportOptions &options);
    ~MonthlyReportPdf();
    MonthlyReportPdf(const MonthlyReportPdf &) = delete;
    MonthlyReportPdf &operator=(const MonthlyReportPdf &) = delete;

    int pageCount() const;

    // Writes the PDF into out, which must be open for writing.
    Status write(QIODevice *out, const Progress &progress = {}) const;

    // The pages as white images at dpi dots per inch.
    Result<QVector<QImage>> renderPages(qreal dpi, const Progress &progress = {}) const;

    // Paints page index (0-based) with the painter's unit being 1/96 inch.
    void paintPage(QPainter &painter, int index) const;

    // A4 in 1/96 inch.
    static QSizeF pageSize();
    // The fonts the report asks for, in order (the first that has a glyph draws it).
    static QStringList fontFamilies(const QString &language);

private:
    struct Layout;
    std::unique_ptr<Layout> d;
};
