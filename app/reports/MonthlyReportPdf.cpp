#include "reports/MonthlyReportPdf.h"

#include "reports/ReportCharts.h"
#include "reports/ReportFormat.h"
#include "reports/ReportHtml.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextOption>
#include <QTextTable>

namespace {

constexpr qreal kUnitsPerInch = 96.0;
constexpr qreal kMillimetre = kUnitsPerInch / 25.4;
constexpr qreal kSide = 15 * kMillimetre;
constexpr qreal kHeaderTop = 10 * kMillimetre;
constexpr qreal kHeaderHeight = 17 * kMillimetre;
constexpr qreal kBodyTop = kHeaderTop + kHeaderHeight + 5 * kMillimetre;
constexpr qreal kFooterHeight = 10 * kMillimetre;
constexpr qreal kFooterBottom = 8 * kMillimetre;
constexpr qreal kBodyBottomGap = kFooterHeight + kFooterBottom + 3 * kMillimetre;

const QColor kRule(0x16, 0x46, 0x5a);

} // namespace

struct MonthlyReportPdf::Layout
{
    Layout(const MonthlySummary &s, const ReportOptions &o)
        : summary(s), options(o), format(o.language), layoutDevice(8, 8, QImage::Format_RGB32)
    {
        // Layout in 1/96 inch whatever the screen: a small image at 96 dpi.
        const int dotsPerMetre = qRound(kUnitsPerInch / 0.0254);
        layoutDevice.setDotsPerMeterX(dotsPerMetre);
        layoutDevice.setDotsPerMeterY(dotsPerMetre);
        font.setFamilies(fontFamilies(format.language()));
        font.setPointSizeF(10);
        font.setStyleStrategy(QFont::PreferAntialias);
    }

    void setUp(QTextDocument &doc, qreal width) const
    {
        doc.documentLayout()->setPaintDevice(const_cast<QImage *>(&layoutDevice));
        doc.setUseDesignMetrics(true);
        doc.setDefaultFont(font);
        doc.setDocumentMargin(0);
        QTextOption option;
        option.setTextDirection(format.direction());
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        doc.setDefaultTextOption(option);
        doc.setDefaultStyleSheet(ReportHtml::styleSheet());
        doc.setTextWidth(width);
    }

    // Every paragraph, heading and table cell is aligned to the report's
    // reading side (not guessed from its first letter) and reads in the
    // direction of its own text: an Arabic name in an English report, or an
    // English word in an Arabic one, keeps its punctuation in place. align,
    // when given, replaces the paragraphs' alignment.
    void applyDirection(QTextDocument &doc, Qt::Alignment align = {}) const
    {
        const Qt::Alignment leading =
            Qt::AlignAbsolute | (format.isArabic() ? Qt::AlignRight : Qt::AlignLeft);
        // One edit: the document is laid out once, not after every block.
        QTextCursor cursor(&doc);
        cursor.beginEditBlock();
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
            QTextBlockFormat f = b.blockFormat();
            f.setLayoutDirection(textDirection(b.text()));
            if (align)
                f.setAlignment(align);
            else if (!(f.alignment() & Qt::AlignHCenter))
                f.setAlignment(leading);
            cursor.setPosition(b.position());
            cursor.setBlockFormat(f);
        }
        cursor.endEditBlock();
    }

    // The direction of the text's first strong letter; the report's without one.
    Qt::LayoutDirection textDirection(const QString &text) const
    {
        for (const QChar c : text) {
            switch (c.direction()) {
            case QChar::DirL:
                return Qt::LeftToRight;
            case QChar::DirR:
            case QChar::DirAL:
                return Qt::RightToLeft;
            default:
                break;
            }
        }
        return format.direction();
    }

    QSizeF bodySize() const
    {
        const QSizeF page = MonthlyReportPdf::pageSize();
        return {page.width() - 2 * kSide, page.height() - kBodyTop - kBodyBottomGap};
    }

    void build()
    {
        const QSizeF body = bodySize();
        charts = std::make_unique<ReportCharts>(format, font, body.width());
        ChartIndexes indexes;
        if (summary.hasCases()) {
            indexes.channels = charts->addChannels(summary);
            indexes.outcomes = charts->addOutcomes(summary);
            indexes.waiting = charts->addWaitingByDay(summary);
            indexes.satisfaction = charts->addSatisfaction(summary);
        }
        setUp(doc, body.width());
        doc.setHtml(ReportHtml(summary, format).document(indexes));
        applyDirection(doc);
        charts->install(&doc);
        doc.setPageSize(body);
        keepTablesTogether();
    }

    // A table that would run from the foot of one page onto the next moves
    // there whole, with the heading above it, when it fits on one page; and a
    // heading never stays behind at the foot of a page without its table.
    void keepTablesTogether()
    {
        const qreal pageHeight = doc.pageSize().height();
        QAbstractTextDocumentLayout *layout = doc.documentLayout();
        for (QTextFrame *frame : doc.rootFrame()->childFrames()) {
            auto *table = qobject_cast<QTextTable *>(frame);
            if (!table)
                continue;
            layout->documentSize(); // lays out what changed before
            // The heading (and a note under it) right above the table go with it.
            QTextBlock lead = doc.findBlock(table->firstPosition()).previous();
            if (lead.isValid() && lead.blockFormat().headingLevel() == 0 &&
                lead.previous().isValid() && lead.previous().blockFormat().headingLevel() > 0)
                lead = lead.previous();
            if (!lead.isValid() || lead.blockFormat().headingLevel() == 0)
                continue;
            const QRectF box = layout->frameBoundingRect(table);
            const int first = int(box.top() / pageHeight);
            const int last = int((box.bottom() - 1) / pageHeight);
            const int headingPage = int(layout->blockBoundingRect(lead).top() / pageHeight);
            const bool split = first != last && box.height() < 0.8 * pageHeight;
            if (!split && headingPage == first)
                continue;
            QTextBlockFormat f = lead.blockFormat();
            f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(lead).setBlockFormat(f);
        }
    }

    // Copies (Qt's containers share their data): a report painted later, as
    // the preview does, must not depend on the caller keeping these alive; a
    // temporary ReportOptions{} was read after its end (AddressSanitizer).
    const MonthlySummary summary;
    const ReportOptions options;
    ReportFormat format;
    QImage layoutDevice;
    QFont font;
    std::unique_ptr<ReportCharts> charts;
    QTextDocument doc;
};

MonthlyReportPdf::MonthlyReportPdf(const MonthlySummary &summary, const ReportOptions &options)
    : d(std::make_unique<Layout>(summary, options))
{
    d->build();
}

MonthlyReportPdf::~MonthlyReportPdf() = default;

QSizeF MonthlyReportPdf::pageSize()
{
    return {210 * kMillimetre, 297 * kMillimetre};
}

QStringList MonthlyReportPdf::fontFamilies(const QString &language)
{
    if (language == QLatin1String("en"))
        return {QStringLiteral("Noto Sans"), QStringLiteral("Noto Naskh Arabic"),
                QStringLiteral("Amiri")};
    return {QStringLiteral("Noto Naskh Arabic"), QStringLiteral("Amiri"),
            QStringLiteral("Noto Sans")};
}

int MonthlyReportPdf::pageCount() const
{
    return d->doc.pageCount();
}

void MonthlyReportPdf::paintPage(QPainter &p, int index) const
{
    const QSizeF page = pageSize();
    const bool rtl = d->format.direction() == Qt::RightToLeft;
    const qreal contentWidth = page.width() - 2 * kSide;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);

    // Header: the logo at the start side, the association's name and licence
    // beside it, the report and its month at the end side, a rule under them.
    const qreal logoSide = kHeaderHeight - 2 * kMillimetre;
    const QRectF logoRect(rtl ? page.width() - kSide - logoSide : kSide, kHeaderTop, logoSide,
                          logoSide);
    const QString name = d->options.identity.displayName(d->format.language());
    if (!d->options.identity.logo.isNull()) {
        const QImage logo = d->options.identity.logo;
        QSizeF fitted = logo.size();
        fitted.scale(logoRect.size(), Qt::KeepAspectRatio);
        const QRectF target(logoRect.center() - QPointF(fitted.width(), fitted.height()) / 2,
                            fitted);
        p.drawImage(target, logo);
    } else {
        p.setPen(Qt::NoPen);
        p.setBrush(kRule);
        p.drawEllipse(logoRect);
        QTextDocument letter;
        d->setUp(letter, logoSide);
        letter.setHtml(QStringLiteral("<p align=\"center\" style=\"font-size: 20pt; color: "
                                      "white; font-weight: bold;\">%1</p>")
                           .arg(name.trimmed().left(1).toHtmlEscaped()));
        d->applyDirection(letter, Qt::AlignHCenter);
        p.save();
        p.translate(logoRect.left(), logoRect.center().y() - letter.size().height() / 2);
        letter.drawContents(&p);
        p.restore();
    }

    const qreal textWidth = contentWidth / 2;
    QTextDocument who;
    d->setUp(who, textWidth);
    QStringList details;
    if (!d->options.identity.licenceNumber().isEmpty())
        details << tr("Licence number %1").arg(d->options.identity.licenceNumber());
    if (!d->options.identity.address().isEmpty())
        details << d->options.identity.address();
    who.setHtml(QStringLiteral("<p style=\"font-size: 12pt; font-weight: bold; color: "
                               "#16465a;\">%1</p><p style=\"font-size: 8.5pt; color: "
                               "#5f6f78;\">%2</p>")
                    //: between the licence number and the address under the association's name
                    .arg(name.toHtmlEscaped(), details.join(tr(" · ")).toHtmlEscaped()));
    d->applyDirection(who);
    const qreal gap = 3 * kMillimetre;
    p.save();
    p.translate(rtl ? logoRect.left() - gap - textWidth : logoRect.right() + gap, kHeaderTop);
    who.drawContents(&p);
    p.restore();

    QTextDocument what;
    d->setUp(what, textWidth - logoSide);
    what.setHtml(QStringLiteral("<p style=\"font-size: 9pt; color: #16465a;\">%1</p>"
                                "<p style=\"font-size: 9pt; color: #5f6f78;\">%2</p>")
                     .arg(tr("Monthly report").toHtmlEscaped(),
                          d->summary.period.title(d->format.locale()).toHtmlEscaped()));
    d->applyDirection(what,
                      Qt::AlignAbsolute | (d->format.isArabic() ? Qt::AlignLeft : Qt::AlignRight));
    p.save();
    p.translate(rtl ? kSide : page.width() - kSide - (textWidth - logoSide), kHeaderTop);
    what.drawContents(&p);
    p.restore();

    p.setPen(QPen(kRule, 1.2));
    const qreal ruleY = kHeaderTop + kHeaderHeight + 1.5 * kMillimetre;
    p.drawLine(QPointF(kSide, ruleY), QPointF(page.width() - kSide, ruleY));

    // Body.
    const QSizeF body = d->bodySize();
    p.save();
    p.translate(kSide, kBodyTop - index * body.height());
    const QRectF clip(0, index * body.height(), body.width(), body.height());
    p.setClipRect(clip);
    d->doc.drawContents(&p, clip);
    p.restore();

    // Footer: a thin rule and "page 1 of 4" in the middle.
    const qreal footerTop = page.height() - kFooterBottom - kFooterHeight;
    p.setPen(QPen(QColor(0xc5, 0xd0, 0xd7), 0.8));
    p.drawLine(QPointF(kSide, footerTop), QPointF(page.width() - kSide, footerTop));
    QTextDocument footer;
    d->setUp(footer, contentWidth);
    footer.setHtml(QStringLiteral("<p align=\"center\" style=\"font-size: 9pt; color: "
                                  "#5f6f78;\">%1</p>")
                       .arg(tr("Page %1 of %2")
                                .arg(d->format.count(index + 1), d->format.count(pageCount()))
                                .toHtmlEscaped()));
    d->applyDirection(footer, Qt::AlignHCenter);
    p.save();
    p.translate(kSide, footerTop + 1.5 * kMillimetre);
    footer.drawContents(&p);
    p.restore();
    p.restore();
}

Status MonthlyReportPdf::write(QIODevice *out, const Progress &progress) const
{
    if (!out || !out->isWritable())
        return Status::failure(tr("The report cannot be written: the file is not open."));
    QPdfWriter writer(out);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(1200);
    writer.setTitle(tr("Monthly report %1").arg(d->summary.period.title(d->format.locale())));
    writer.setCreator(QStringLiteral("Istiqbal"));
    QPainter painter;
    if (!painter.begin(&writer))
        return Status::failure(tr("The PDF could not be started."));
    const qreal scale = writer.resolution() / kUnitsPerInch;
    const int pages = pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.save();
        painter.scale(scale, scale);
        paintPage(painter, i);
        painter.restore();
        if (progress && !progress(i + 1, pages)) {
            painter.end();
            return Status::failure(tr("The report was cancelled."));
        }
    }
    if (!painter.end())
        return Status::failure(tr("The PDF could not be finished."));
    return Status::success();
}

Result<QVector<QImage>> MonthlyReportPdf::renderPages(qreal dpi, const Progress &progress) const
{
    const qreal scale = dpi / kUnitsPerInch;
    const QSize size = (pageSize() * scale).toSize();
    QVector<QImage> pages;
    const int n = pageCount();
    for (int i = 0; i < n; ++i) {
        QImage image(size, QImage::Format_RGB32);
        const int dotsPerMetre = qRound(dpi / 0.0254);
        image.setDotsPerMeterX(dotsPerMetre);
        image.setDotsPerMeterY(dotsPerMetre);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.scale(scale, scale);
        paintPage(painter, i);
        painter.end();
        pages << image;
        if (progress && !progress(i + 1, n))
            return Result<QVector<QImage>>::failure(tr("The preview was cancelled."));
    }
    return pages;
}
