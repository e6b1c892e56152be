#include "reports/ReportCharts.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QLineSeries>
#include <QtCharts/QPieSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

constexpr int kIndexProperty = QTextFormat::UserProperty + 51;

const QColor kThisMonth(0x1f, 0x6f, 0x8b);
const QColor kLastMonth(0xb8, 0xc9, 0xd3);
const QColor kAccent(0xd9, 0x8c, 0x1f);
const QColor kGrid(0xdd, 0xe3, 0xe8);
const QColor kText(0x26, 0x32, 0x38);

QString elided(const QString &text, int max)
{
    const QString t = text.simplified();
    return t.size() <= max ? t : t.left(max - 1).trimmed() + QStringLiteral("…");
}

} // namespace

struct ReportCharts::Entry
{
    std::unique_ptr<QGraphicsScene> scene;
    QSizeF size;
};

ReportCharts::ReportCharts(const ReportFormat &format, const QFont &font, qreal width)
    : m_format(format), m_font(font), m_width(width)
{}

ReportCharts::~ReportCharts() = default;

QString ReportCharts::marker(int index)
{
    return QStringLiteral("[[chart:%1]]").arg(index);
}

QFont ReportCharts::font(qreal pointSize, bool bold) const
{
    QFont f = m_font;
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    return f;
}

void ReportCharts::style(QChart *chart) const
{
    chart->setLocale(m_format.locale());
    chart->setLocalizeNumbers(true);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setBackgroundBrush(Qt::white);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setMargins(QMargins(6, 2, 6, 2));
    chart->setAnimationOptions(QChart::NoAnimation);
    // Qt Charts draws a legend's marker before its text whatever the direction:
    // the panel draws its own legend instead.
    chart->legend()->hide();
}

int ReportCharts::add(QChart *chart, qreal height, const QString &title,
                      const QVector<LegendEntry> &legend, bool legendBeside)
{
    const bool rtl = m_format.direction() == Qt::RightToLeft;
    auto entry = std::make_unique<Entry>();
    entry->scene = std::make_unique<QGraphicsScene>();
    entry->size = QSizeF(m_width, height);
    QGraphicsScene *scene = entry->scene.get();
    scene->setSceneRect(QRectF(QPointF(0, 0), entry->size));
    scene->addRect(QRectF(QPointF(0.5, 0.5), entry->size - QSizeF(1, 1)), QPen(kGrid), Qt::white);

    auto *heading = scene->addSimpleText(title, font(10, true));
    heading->setBrush(kText);
    heading->setPos((m_width - heading->boundingRect().width()) / 2, 6);
    const qreal top = 8 + heading->boundingRect().height();

    const QFont legendFont = font(8.5);
    const qreal legendHeight = legend.isEmpty() || legendBeside ? 0 : 26;
    QRectF chartRect(0, top, m_width, height - top - legendHeight);
    QRectF legendRect(0, height - legendHeight, m_width, legendHeight);
    if (legendBeside && !legend.isEmpty()) {
        const qreal chartWidth = m_width * 0.5;
        chartRect = QRectF(rtl ? m_width - chartWidth : 0, top, chartWidth, height - top);
        legendRect = QRectF(rtl ? 0 : chartWidth, top, m_width - chartWidth, height - top);
    }
    chart->setPos(chartRect.topLeft());
    chart->resize(chartRect.size());
    scene->addItem(chart);

    // Legend entries: the marker on the reading side of its text, the first
    // entry where reading starts.
    struct Placed
    {
        QGraphicsSimpleTextItem *text;
        QGraphicsRectItem *box;
    };
    QVector<Placed> items;
    const qreal box = 10;
    const qreal gap = 5;
    qreal rowWidth = 0;
    for (const LegendEntry &e : legend) {
        Placed pl{scene->addSimpleText(e.text, legendFont),
                  scene->addRect(QRectF(0, 0, box, box), Qt::NoPen, e.color)};
        pl.text->setBrush(kText);
        rowWidth += box + gap + pl.text->boundingRect().width() + 18;
        items << pl;
    }
    const qreal lineHeight = QFontMetricsF(legendFont).height();
    if (legendBeside) {
        qreal y = legendRect.center().y() - items.size() * (lineHeight + 6) / 2;
        for (const Placed &pl : items) {
            const qreal textWidth = pl.text->boundingRect().width();
            if (rtl) {
                const qreal right = legendRect.right() - 12;
                pl.box->setPos(right - box, y + (lineHeight - box) / 2);
                pl.text->setPos(right - box - gap - textWidth, y);
            } else {
                const qreal left = legendRect.left() + 12;
                pl.box->setPos(left, y + (lineHeight - box) / 2);
                pl.text->setPos(left + box + gap, y);
            }
            y += lineHeight + 6;
        }
    } else {
        const qreal y = legendRect.top() + (legendRect.height() - lineHeight) / 2 - 2;
        qreal x = rtl ? (m_width + rowWidth) / 2 : (m_width - rowWidth) / 2;
        for (const Placed &pl : items) {
            const qreal textWidth = pl.text->boundingRect().width();
            if (rtl) {
                pl.box->setPos(x - box, y + (lineHeight - box) / 2);
                pl.text->setPos(x - box - gap - textWidth, y);
                x -= box + gap + textWidth + 18;
            } else {
                pl.box->setPos(x, y + (lineHeight - box) / 2);
                pl.text->setPos(x + box + gap, y);
                x += box + gap + textWidth + 18;
            }
        }
    }
    m_charts.push_back(std::move(entry));
    return int(m_charts.size()) - 1;
}

int ReportCharts::addChannels(const MonthlySummary &s)
{
    if (s.byChannel.isEmpty())
        return -1;
    auto *chart = new QChart;
    style(chart);
    auto *now = new QBarSet(tr("This month"));
    auto *before = new QBarSet(tr("Last month"));
    now->setColor(kThisMonth);
    now->setBorderColor(kThisMonth);
    before->setColor(kLastMonth);
    before->setBorderColor(kLastMonth);
    QStringList categories;
    qreal top = 0;
    // Horizontal bars run bottom to top: feed the channels reversed so the
    // first is on top.
    for (auto it = s.byChannel.crbegin(); it != s.byChannel.crend(); ++it) {
        categories << Domain::label(it->channel);
        *now << qreal(it->count);
        *before << qreal(it->previous);
        top = std::max({top, qreal(it->count), qreal(it->previous)});
    }
    auto *series = new QHorizontalBarSeries;
    series->append(now);
    series->append(before);
    series->setBarWidth(0.8);
    chart->addSeries(series);

    const bool rtl = m_format.direction() == Qt::RightToLeft;
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    axisY->setLabelsFont(font(8.5));
    axisY->setGridLineVisible(false);
    chart->addAxis(axisY, rtl ? Qt::AlignRight : Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, top);
    axisX->applyNiceNumbers();
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    axisX->setLabelsFont(font(8));
    axisX->setGridLineColor(kGrid);
    axisX->setReverse(rtl);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    // Each category needs room for a line of Arabic with its QGraphicsTextItem
    // margins, or Qt Charts elides the label to "...".
    return add(chart, 110 + 36 * qreal(categories.size()), tr("Cases by channel"),
               {{now->label(), kThisMonth}, {before->label(), kLastMonth}});
}

int ReportCharts::addOutcomes(const MonthlySummary &s)
{
    const Outcomes &o = s.outcomes;
    const qint64 total = o.served + o.inquiryAnswered + o.notEligible + o.withdrawn + o.open;
    if (total == 0)
        return -1;
    auto *chart = new QChart;
    style(chart);
    auto *series = new QPieSeries;
    struct Slice
    {
        QString label;
        qint64 value;
        QColor color;
    };
    const Slice slices[] = {
        {tr("Served"), o.served, kThisMonth},
        {Domain::label(CaseStatus::InquiryAnswered), o.inquiryAnswered, QColor(0x4f, 0xa3, 0x9b)},
        {Domain::label(CaseStatus::NotEligible), o.notEligible, QColor(0xc0, 0x5a, 0x4a)},
        {Domain::label(CaseStatus::Withdrawn), o.withdrawn, QColor(0x9e, 0x9e, 0x9e)},
        {tr("Still open"), o.open, kAccent},
    };
    QVector<LegendEntry> legend;
    for (const Slice &sl : slices) {
        if (sl.value == 0)
            continue;
        const double share = double(sl.value) / double(total);
        const QString text =
            tr("%1: %2 (%3)").arg(sl.label, m_format.count(sl.value), m_format.percent(share));
        legend.push_back({text, sl.color});
        auto *slice = series->append(text, qreal(sl.value));
        slice->setColor(sl.color);
        slice->setBorderColor(Qt::white);
        slice->setLabelVisible(false);
    }
    series->setPieSize(0.9);
    chart->addSeries(series);
    return add(chart, 230, tr("Outcomes of the month's cases"), legend, true);
}

int ReportCharts::addSatisfaction(const MonthlySummary &s)
{
    if (s.survey.questions.isEmpty())
        return -1;
    auto *chart = new QChart;
    style(chart);
    auto *set = new QBarSet(tr("Mean score"));
    set->setColor(kThisMonth);
    set->setBorderColor(kThisMonth);
    set->setLabelFont(font(7.5));
    set->setLabelColor(kText);
    QStringList categories;
    const auto &questions = s.survey.questions;
    for (auto it = questions.crbegin(); it != questions.crend(); ++it) {
        categories << elided(m_format.name(it->textAr, it->textEn), 48);
        *set << it->mean;
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.6);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(3);
    chart->addSeries(series);
    set->setLabelColor(Qt::white);
    const bool rtl = m_format.direction() == Qt::RightToLeft;
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    axisY->setLabelsFont(font(8.5));
    axisY->setGridLineVisible(false);
    chart->addAxis(axisY, rtl ? Qt::AlignRight : Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, 5);
    axisX->setTickCount(6);
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    axisX->setLabelsFont(font(8));
    axisX->setGridLineColor(kGrid);
    axisX->setReverse(rtl);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    return add(chart, 80 + 38 * qreal(questions.size()),
               tr("Mean satisfaction by question (1 to 5)"));
}

int ReportCharts::addWaitingByDay(const MonthlySummary &s)
{
    auto *median = new QLineSeries;
    auto *p90 = new QLineSeries;
    median->setName(tr("Median waiting time (minutes)"));
    p90->setName(tr("90th percentile (minutes)"));
    qreal top = 0;
    for (const DayWaiting &d : s.waitingByDay) {
        if (!d.waiting.median)
            continue;
        const qreal m = qreal(*d.waiting.median) / 60000.0;
        const qreal p = qreal(d.waiting.p90.value_or(*d.waiting.median)) / 60000.0;
        median->append(d.dayNumber, m);
        p90->append(d.dayNumber, p);
        top = std::max(top, p);
    }
    if (median->count() == 0) {
        delete median;
        delete p90;
        return -1;
    }
    auto *chart = new QChart;
    style(chart);
    QPen pen(kThisMonth);
    pen.setWidthF(2);
    median->setPen(pen);
    median->setPointsVisible(true);
    pen.setColor(kAccent);
    p90->setPen(pen);
    p90->setPointsVisible(true);
    chart->addSeries(median);
    chart->addSeries(p90);
    const bool rtl = m_format.direction() == Qt::RightToLeft;
    auto *axisX = new QValueAxis;
    axisX->setRange(1, s.period.dayCount());
    axisX->setTickType(QValueAxis::TicksDynamic);
    axisX->setTickAnchor(1);
    axisX->setTickInterval(3);
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    axisX->setLabelsFont(font(8));
    axisX->setGridLineColor(kGrid);
    axisX->setTitleText(tr("Day of the month"));
    axisX->setTitleFont(font(8.5));
    axisX->setReverse(rtl);
    chart->addAxis(axisX, Qt::AlignBottom);
    auto *axisY = new QValueAxis;
    axisY->setRange(0, top);
    axisY->applyNiceNumbers();
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->setLabelsFont(font(8));
    axisY->setGridLineColor(kGrid);
    axisY->setTitleText(tr("Minutes"));
    axisY->setTitleFont(font(8.5));
    chart->addAxis(axisY, rtl ? Qt::AlignRight : Qt::AlignLeft);
    for (QLineSeries *series : {median, p90}) {
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
    return add(chart, 300, tr("Waiting time over the days of the month"),
               {{median->name(), kThisMonth}, {p90->name(), kAccent}});
}

void ReportCharts::install(QTextDocument *doc)
{
    doc->documentLayout()->registerHandler(objectType, this);
    for (int i = 0; i < count(); ++i) {
        QTextCursor c = doc->find(marker(i));
        if (c.isNull())
            continue;
        QTextCharFormat f;
        f.setObjectType(objectType);
        f.setProperty(kIndexProperty, i);
        c.insertText(QString(QChar::ObjectReplacementCharacter), f);
    }
}

QSizeF ReportCharts::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    const int i = format.property(kIndexProperty).toInt();
    if (i < 0 || i >= count())
        return {};
    return m_charts[size_t(i)]->size;
}

void ReportCharts::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                              const QTextFormat &format)
{
    const int i = format.property(kIndexProperty).toInt();
    if (i < 0 || i >= count())
        return;
    // A chart that moved to the next page is still offered to this one: the
    // scene's rendering does not keep to the painter's clip, so skip it here.
    if (painter->hasClipping() && !painter->clipBoundingRect().contains(rect.center()))
        return;
    QGraphicsScene *scene = m_charts[size_t(i)]->scene.get();
    scene->render(painter, rect, scene->sceneRect(), Qt::IgnoreAspectRatio);
}
