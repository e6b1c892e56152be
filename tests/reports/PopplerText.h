// What a PDF says, read back with the poppler tools (pdftotext, pdfinfo):
// for the report and notice tests, which check what a person would read.
#pragma once

#include "CatchQt.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace PopplerText {

// Runs a poppler tool on the PDF and gives its standard output.
inline QString run(const QString &tool, const QByteArray &pdf, const QStringList &args = {})
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("report.pdf"));
    {
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(pdf);
    }
    const QString exe = QStandardPaths::findExecutable(tool);
    INFO("needs " << tool.toStdString() << " (poppler-utils)");
    REQUIRE_FALSE(exe.isEmpty());
    QStringList all = args;
    all << file;
    if (tool == QLatin1String("pdftotext"))
        all << QStringLiteral("-");
    QProcess p;
    p.start(exe, all);
    REQUIRE(p.waitForFinished(30000));
    return QString::fromUtf8(p.readAllStandardOutput());
}

// pdftotext gives Arabic as presentation forms wrapped in bidi embeddings:
// NFKC and without the controls, it compares with what was written.
inline QString plain(const QString &text)
{
    QString out = text.normalized(QString::NormalizationForm_KC);
    static const QRegularExpression controls(
        QStringLiteral("[\\x{200E}\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}\\x{061C}]"));
    out.remove(controls);
    return out;
}

inline QString text(const QByteArray &pdf)
{
    return plain(run(QStringLiteral("pdftotext"), pdf));
}

} // namespace PopplerText
