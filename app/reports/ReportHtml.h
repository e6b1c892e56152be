// The text of the monthly report as rich text for QTextDocument: the title
// block, every section of figures as tables, the notes that say how each
// figure is counted, and "[[chart:N]]" paragraphs where ReportCharts draws.
// Tables stay left-to-right in Qt 6.4 whatever their direction, so in Arabic
// their columns are emitted in reverse order.
#pragma once

#include "reports/MonthlySummary.h"
#include "reports/ReportFormat.h"

#include <QCoreApplication>
#include <QString>

struct ChartIndexes
{
    int channels = -1;
    int outcomes = -1;
    int satisfaction = -1;
    int waiting = -1;
};

class ReportHtml final
{
    Q_DECLARE_TR_FUNCTIONS(ReportHtml)

public:
    ReportHtml(const MonthlySummary &summary, const ReportFormat &format)
        : m_s(summary), m_f(format)
    {}

    // The whole report, or the one page of a month without cases.
    QString document(const ChartIndexes &charts) const;

    // The stylesheet the document is laid out with.
    static QString styleSheet();

private:
    QString titleBlock() const;
    QString emptyMonth() const;
    QString headlines() const;
    QString received(int chart) const;
    QString outcomes(int chart) const;
    QString times(int chart) const;
    QString referrals() const;
    QString deliveries() const;
    QString overrides() const;
    QString survey(int chart) const;
    QString followUps() const;
    QString inquiries() const;
    QString recommendations() const;

    QString section(const QString &title) const;
    QString note(const QString &text) const;
    QString paragraph(const QString &text) const;
    QString chart(int index) const;
    QString reasons(const QVector<TextCount> &rows, const QString &countTitle) const;
    QString scoreGroups(const QVector<ScoreGroup> &rows, const QString &nameTitle,
                        const QString &noneName) const;

    const MonthlySummary &m_s;
    const ReportFormat &m_f;
};
