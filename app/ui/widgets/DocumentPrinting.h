// Prints a paper through a print preview, or saves it as PDF where the person
// chooses (through OutputFile: never onto a database). Used for the case's
// papers (CasePrinting) and the privacy notice. Seams for tests: the next
// print can go to a PDF file instead of the preview, and the next "save as"
// can be given its file name.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QWidget;

class DocumentPrinting final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPrinting)

public:
    using Draw = std::function<Status(QPagedPaintDevice &)>;
    using WritePdf = std::function<Status(const QString &path)>;

    // Opens the print preview; the person prints from it or closes it.
    static Status printWithPreview(QWidget *parent, const QString &documentName,
                                   const QPageLayout &layout, const Draw &draw);
    // Asks where to save (suggesting suggestedName), then writes the PDF; the
    // path written, or an empty string when the person cancelled.
    static Result<QString> saveAsPdf(QWidget *parent, const QString &suggestedName,
                                     const WritePdf &write);

    // Seams: the next printWithPreview() prints to this PDF through QPrinter
    // without a dialog; the next saveAsPdf() uses this path without asking
    // (an empty path: cancelled).
    static void setNextPrintToPdf(const QString &path);
    static void setNextSaveFileName(const QString &path);
    static void clearSeams();
};
