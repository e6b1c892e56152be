#include "ui/case/CasePrinting.h"

#include "core/OutputFile.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

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

Status CasePrinting::printWithPreview(QWidget *parent, CaseDocument::Kind kind,
                                      const CaseDocumentData &data)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(CaseDocument::suggestedFileName(kind, data));
    printer.setPageLayout(CaseDocument::pageLayout(kind));

    if (auto &next = nextPrint(); next) {
        OutputFile file(*next);
        next.reset();
        if (Status s = file.open(); !s)
            return s;
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(file.handOverPath());
        if (Status s = CaseDocument::render(kind, data, printer); !s)
            return s;
        return file.commit(); // the printer closed the file when its painting ended
    }

    Status rendered = Status::success();
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(tr("Print preview"));
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                     [&](QPrinter *p) { rendered = CaseDocument::render(kind, data, *p); });
    preview.exec();
    return rendered;
}

Result<QString> CasePrinting::saveAsPdf(QWidget *parent, CaseDocument::Kind kind,
                                        const CaseDocumentData &data)
{
    QString path;
    if (auto &next = nextSave(); next) {
        path = *next;
        next.reset();
    } else {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        path = QFileDialog::getSaveFileName(
            parent, tr("Save as PDF"),
            QDir(folder).filePath(CaseDocument::suggestedFileName(kind, data)),
            tr("PDF documents (*.pdf)"));
    }
    if (path.isEmpty())
        return QString();
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    if (Status s = CaseDocument::writePdf(kind, data, path); !s)
        return s;
    return path;
}

void CasePrinting::setNextPrintToPdf(const QString &path)
{
    nextPrint() = path;
}

void CasePrinting::setNextSaveFileName(const QString &path)
{
    nextSave() = path;
}

void CasePrinting::clearSeams()
{
    nextPrint().reset();
    nextSave().reset();
}
