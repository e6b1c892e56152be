#include "ui/widgets/DocumentPrinting.h"

#include "core/OutputFile.h"
#include "ui/widgets/FileChooser.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

#include <optional>

namespace {

std::optional<QString> &nextPrint()
{
    static std::optional<QString> next;
    return next;
}

std::optional<QString> &nextSave()
{
    static std::optional<QString> next;
    return next;
}

} // namespace

Status DocumentPrinting::printWithPreview(QWidget *parent, const QString &documentName,
                                          const QPageLayout &layout, const Draw &draw)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(documentName);
    printer.setPageLayout(layout);

    if (auto &next = nextPrint(); next) {
        OutputFile file(*next);
        next.reset();
        if (Status s = file.open(); !s)
            return s;
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(file.handOverPath());
        if (Status s = draw(printer); !s)
            return s;
        return file.commit(); // the printer closed the file when its painting ended
    }

    Status rendered = Status::success();
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(tr("Print preview"));
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                     [&](QPrinter *p) { rendered = draw(*p); });
    preview.exec();
    return rendered;
}

Result<QString> DocumentPrinting::saveAsPdf(QWidget *parent, const QString &suggestedName,
                                            const WritePdf &write)
{
    QString path;
    if (auto &next = nextSave(); next) {
        path = *next;
        next.reset();
    } else {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        path = FileChooser::saveFileName(parent, tr("Save as PDF"),
                                         QDir(folder).filePath(suggestedName),
                                         tr("PDF documents (*.pdf)"));
    }
    if (path.isEmpty())
        return QString();
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    if (Status s = write(path); !s)
        return s;
    return path;
}

void DocumentPrinting::setNextPrintToPdf(const QString &path)
{
    nextPrint() = path;
}

void DocumentPrinting::setNextSaveFileName(const QString &path)
{
    nextSave() = path;
}

void DocumentPrinting::clearSeams()
{
    nextPrint().reset();
    nextSave().reset();
}
