// The papers the front desk prints for a case (issue 3): the queue ticket of a
// walk-in, the beneficiary's declaration that they are responsible for the
// accuracy of their data (seed 000, item 3) for signature, and the
// registration receipt with the file number. Always in Arabic and right to
// left, whatever the interface language, with dates in both calendars (Hijri
// first). Written to any paged device: a QPrinter, or a QPdfWriter for a PDF.
// No widgets.
#pragma once

#include "core/Beneficiary.h"
#include "core/Case.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPageLayout>
#include <QString>
#include <QStringList>

#include <optional>

class QPagedPaintDevice;

// What a document shows.
struct CaseDocumentData
{
    QString associationName;
    Case theCase;
    std::optional<Beneficiary> beneficiary;
    QString serviceName; // in Arabic
    QString staffName;   // who prints it at the desk
    QDateTime printedAt; // UTC; the date the document carries
};

class CaseDocument final
{
    Q_DECLARE_TR_FUNCTIONS(CaseDocument)

public:
    enum class Kind
    {
        QueueTicket,
        Declaration,
        RegistrationReceipt
    };

    // The document as rich text (Qt's HTML subset).
    static QString html(Kind kind, const CaseDocumentData &data);
    // A small slip for the ticket, A4 for the others.
    static QPageLayout pageLayout(Kind kind);
    // Lays the document out on the device's pages; the page layout is set first.
    static Status render(Kind kind, const CaseDocumentData &data, QPagedPaintDevice &device);
    // Writes a PDF file with the Arabic font embedded; never onto one of
    // openDatabases (PrintedPage::writePdf).
    static Status writePdf(Kind kind, const CaseDocumentData &data, const QString &path,
                           const QStringList &openDatabases);
    // A file name to suggest, e.g. "declaration-case-123.pdf".
    static QString suggestedFileName(Kind kind, const CaseDocumentData &data);

private:
    static QString text(const char *source);
    static QString row(const QString &label, const QString &value);
    static QString beneficiaryRows(const CaseDocumentData &data);
    static QString declaration(const CaseDocumentData &data);
    static QString receipt(const CaseDocumentData &data);
    static QString ticket(const CaseDocumentData &data);
};
