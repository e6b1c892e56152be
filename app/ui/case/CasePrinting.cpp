#include "ui/case/CasePrinting.h"

#include "ui/widgets/DocumentPrinting.h"

Status CasePrinting::printWithPreview(QWidget *parent, CaseDocument::Kind kind,
                                      const CaseDocumentData &data)
{
    return DocumentPrinting::printWithPreview(
        parent, CaseDocument::suggestedFileName(kind, data), CaseDocument::pageLayout(kind),
        [&](QPagedPaintDevice &device) { return CaseDocument::render(kind, data, device); });
}

Result<QString> CasePrinting::saveAsPdf(QWidget *parent, CaseDocument::Kind kind,
                                        const CaseDocumentData &data,
                                        const std::function<Status(const QString &path)> &write)
{
    return DocumentPrinting::saveAsPdf(parent, CaseDocument::suggestedFileName(kind, data), write);
}

void CasePrinting::setNextPrintToPdf(const QString &path)
{
    DocumentPrinting::setNextPrintToPdf(path);
}

void CasePrinting::setNextSaveFileName(const QString &path)
{
    DocumentPrinting::setNextSaveFileName(path);
}

void CasePrinting::clearSeams()
{
    DocumentPrinting::clearSeams();
}
