#include "reports/PrintedPage.h"

#include "core/OutputFile.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPdfWriter>
#include <QScreen>
#include <QTextDocument>
#include <QTextOption>
#include <QTranslator>

namespace {

const QTranslator *builtInArabic()
{
    static QTranslator *translator = [] {
        auto *t = new QTranslator;
        if (!t->load(QStringLiteral(":/i18n/istiqbal_ar.qm"))) {
            delete t;
            return static_cast<QTranslator *>(nullptr);
        }
        return t;
    }();
    return translator;
}

} // namespace

QString PrintedPage::text(const char *context, const char *source, const QString &language,
                          const char *disambiguation)
{
    if (language != QLatin1String("ar"))
        return QString::fromUtf8(source);
    if (const QTranslator *t = builtInArabic()) {
        const QString translated = t->translate(context, source, disambiguation);
        if (!translated.isEmpty())
            return translated;
    }
    return QCoreApplication::translate(context, source, disambiguation);
}

QString PrintedPage::fontFamily()
{
    const QStringList installed = QFontDatabase::families();
    for (const char *family : {"Noto Naskh Arabic", "Amiri"}) {
        if (installed.contains(QLatin1String(family)))
            return QLatin1String(family);
    }
    return QString();
}

QPageLayout PrintedPage::a4()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 16, 18, 16),
                       QPageLayout::Millimeter);
}

Status PrintedPage::render(const QString &html, const QPageLayout &layout,
                           Qt::LayoutDirection direction, qreal pointSize,
                           QPagedPaintDevice &device)
{
    if (!device.setPageLayout(layout))
        return Status::failure(QCoreApplication::translate(
            "CaseDocument", "The printer does not accept the page size of this document."));
    QTextDocument doc;
    QFont font;
    const QString family = fontFamily();
    if (!family.isEmpty())
        font.setFamily(family);
    font.setPointSizeF(pointSize);
    doc.setDefaultFont(font);
    QTextOption option;
    option.setTextDirection(direction);
    option.setAlignment(direction == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft);
    doc.setDefaultTextOption(option);
    doc.setHtml(html);
    // A page size makes print() lay the document out on the device's page
    // (without it, Qt adds its own margins and page numbers). The size is in
    // the document's pixels, which are at the screen's resolution.
    const QScreen *screen = QGuiApplication::primaryScreen();
    const qreal dpi = screen ? screen->logicalDotsPerInchX() : 96.0;
    doc.setPageSize(device.pageLayout().paintRect(QPageLayout::Point).size() * (dpi / 72.0));
    doc.print(&device);
    return Status::success();
}

Status PrintedPage::writePdf(const QString &path, const QString &title,
                             const std::function<Status(QPagedPaintDevice &)> &draw,
                             const QStringList &openDatabases)
{
    OutputFile file(path, OutputFile::Existing::Replace, openDatabases);
    if (Status s = file.open(); !s)
        return s;
    {
        QPdfWriter writer(file.device());
        writer.setCreator(QStringLiteral("Istiqbal"));
        writer.setTitle(title);
        if (Status s = draw(writer); !s)
            return s;
    } // the writer finishes the file when it goes
    // QPdfWriter reports no error itself: a write that failed (a full disk)
    // is found by commit().
    return file.commit();
}
