// Prints the case's papers (CaseDocument: queue ticket, declaration,
// registration receipt) through a print preview, or saves them as PDF where
// the person chooses (DocumentPrinting, whose seams these are for tests: the
// next print can go to a PDF file instead of the preview, and the next "save
// as" can be given its file name).
#pragma once

#include "core/Result.h"
#include "reports/CaseDocument.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

#include <optional>

class QWidget;

class CasePrinting final
{
public:
    // Opens the print preview; the person prints from it or closes it.
    static Status printWithPreview(QWidget *parent, CaseDocument::Kind kind,
                                   const CaseDocumentData &data);
    // Asks where to save, then has write write the PDF there (CasePapers,
    // which never writes onto the database); the path written, or an empty
    // string when the person cancelled.
    static Result<QString> saveAsPdf(QWidget *parent, CaseDocument::Kind kind,
                                     const CaseDocumentData &data,
                                     const std::function<Status(const QString &path)> &write);

    // Seams: the next printWithPreview() prints to this PDF through QPrinter
    // without a dialog; the next saveAsPdf() uses this path without asking
    // (an empty path: cancelled).
    static void setNextPrintToPdf(const QString &path);
    static void setNextSaveFileName(const QString &path);
    static void clearSeams();
};
