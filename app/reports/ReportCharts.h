// The report's charts, drawn with Qt Charts where a reader would rather look
// than read: cases by channel (this month beside last), outcomes, satisfaction
// by question, and waiting time over the days of the month. Each chart lives in
// its own QGraphicsScene, sized in the report's units (1/96 inch) so its fonts
// print at their point size, and is drawn into the page as vectors by
// ChartTextObject. Right-to-left for Arabic: category lists and value axes are
// fed reversed (QBarCategoryAxis::setReverse has no effect in Qt 6.4).
// Objects of this class live on the thread that renders the report.
#pragma once

#include "reports/MonthlySummary.h"
#include "reports/ReportFormat.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QObject>
#include <QSizeF>
#include <QTextObjectInterface>

#include <memory>
#include <vector>

class QChart;
class QGraphicsScene;
class QTextDocument;

class ReportCharts final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    // The text object type registered with a document's layout.
    static constexpr int objectType = QTextFormat::UserObject + 51;

    ReportCharts(const ReportFormat &format, const QFont &font, qreal width);
    ~ReportCharts() override;

    // Each returns the chart's index, or -1 when there is nothing to draw.
    int addChannels(const MonthlySummary &s);
    int addOutcomes(const MonthlySummary &s);
    int addSatisfaction(const MonthlySummary &s);
    int addWaitingByDay(const MonthlySummary &s);

    int count() const { return int(m_charts.size()); }

    // Lets doc draw the charts: replaces each "[[chart:N]]" marker paragraph
    // text with the chart object.
    void install(QTextDocument *doc);
    static QString marker(int index);

    // QTextObjectInterface
    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
                    const QTextFormat &format) override;

private:
    struct Entry;
    struct LegendEntry
    {
        QString text;
        QColor color;
    };
    // Puts the chart in a framed panel with its title and legend (below it, or
    // beside it for a pie) and returns the panel's index.
    int add(QChart *chart, qreal height, const QString &title,
            const QVector<LegendEntry> &legend = {}, bool legendBeside = false);
    void style(QChart *chart) const;
    QFont font(qreal pointSize, bool bold = false) const;

    const ReportFormat &m_format;
    QFont m_font;
    qreal m_width;
    std::vector<std::unique_ptr<Entry>> m_charts;
};
