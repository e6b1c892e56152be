// Reads a CSV file as spreadsheet programs write it: UTF-8 with or without BOM,
// comma or semicolon (taken from the header line), quoted fields with doubled
// quotes and embedded line breaks. Each record knows the line it started on.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

class QIODevice;

struct CsvRecord
{
    int line = 0; // 1-based physical line where the record starts
    QStringList fields;
};

class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // Whole-file parse. Fails (with the line) on text that is not UTF-8 or a
    // quote left open at the end of the file.
    static Result<QVector<CsvRecord>> parse(const QByteArray &bytes);
    static Result<QVector<CsvRecord>> read(QIODevice &device);
};
