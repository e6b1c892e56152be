// One piece of long reporting work, run off the GUI thread (DESIGN.md 6): the
// month's PDF or CSV written to a file, or the PDF's pages painted for the
// preview. The job opens its own connection to the database (one connection
// per thread), checks the user's permission first, reports progress and stops
// when asked to. A file is written whole or not at all (QSaveFile).
#pragma once

#include "core/Result.h"
#include "core/User.h"
#include "reports/ReportPeriod.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QString>
#include <QVector>

#include <functional>

struct ReportJobRequest
{
    enum class Kind
    {
        Pdf,
        Csv,
        Preview
    };
    Kind kind = Kind::Pdf;
    QString databasePath; // as Database::open takes it
    User user;            // on whose behalf: permissions are checked
    ReportPeriod period;
    QString language = QStringLiteral("ar");
    QString outputPath;    // Pdf and Csv
    qreal previewDpi = 60; // Preview
    QDateTime now;         // UTC; invalid: the clock's
};

struct ReportJobResult
{
    Status status = Status::success();
    bool cancelled = false;
    int pages = 0;           // Pdf and Preview
    qint64 rows = 0;         // Csv
    qint64 cases = 0;        // the month's cases
    QVector<QImage> images;  // Preview
    qint64 milliseconds = 0; // how long the work took
};

class ReportJob final
{
    Q_DECLARE_TR_FUNCTIONS(ReportJob)

public:
    // percent 0..100 and what is being done; returning false cancels.
    using Progress = std::function<bool(int percent, const QString &stage)>;

    // Runs on the calling thread (a worker's); needs a QApplication for the PDF's charts.
    static ReportJobResult run(const ReportJobRequest &request, const Progress &progress = {});
};
