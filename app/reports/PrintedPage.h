// What the printed papers share (the case's documents, the privacy notice):
// their text in the paper's own language whatever the window shows, the
// Arabic font, and laying rich text out on a paged device or into a PDF
// written through OutputFile.
#pragma once

#include "core/Result.h"

#include <QPageLayout>
#include <QString>
#include <QStringList>

#include <functional>

class QPagedPaintDevice;

namespace PrintedPage {

// source in context, in Arabic from the built-in translation (else whatever
// translation is installed, else the source) for "ar"; the English source
// for any other language. disambiguation tells apart two messages of one source
// (her form of a text about a woman: "a woman").
QString text(const char *context, const char *source, const QString &language,
             const char *disambiguation = nullptr);
// The first installed Arabic book face (Noto Naskh Arabic, Amiri), or empty.
QString fontFamily();
// A4 portrait with the papers' margins.
QPageLayout a4();
// Lays html out on the device's page in the given direction and font size.
Status render(const QString &html, const QPageLayout &layout, Qt::LayoutDirection direction,
              qreal pointSize, QPagedPaintDevice &device);
// Writes a PDF titled title to path (a temporary file renamed into place),
// drawn by draw; refused when path is or leads to one of openDatabases (the
// database the program has open: Database::path()).
Status writePdf(const QString &path, const QString &title,
                const std::function<Status(QPagedPaintDevice &)> &draw,
                const QStringList &openDatabases);

} // namespace PrintedPage
