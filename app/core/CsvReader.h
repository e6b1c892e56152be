// Reads a CSV file as spreadsheet programs write it: UTF-8 with or without BOM,
// comma or semicolon (taken from the header line), quoted fields with doubled
// quotes and embedded line breaks. Each record knows the line it started on.
// It reads a device piece by piece within stated limits, so no input, however
// long or endless, can fill the memory.
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

// What a file may hold before it is refused (README, "Importing beneficiaries").
struct CsvLimits
{
    qint64 maxFileBytes = 32 * 1024 * 1024;
    int maxLineBytes = 64 * 1024;
    int maxFieldCharacters = 1000;
    int maxFields = 200;
    int maxRecords = 100000; // the header included
};

class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    explicit CsvReader(QIODevice &device, const CsvLimits &limits = CsvLimits());
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // The next record into record: false at the end of the input, or when the
    // input is refused (text that is not UTF-8, a quote left open, a limit
    // passed); status() then says which, with the line (and column).
    bool next(CsvRecord &record);
    const Status &status() const { return m_status; }

    // Every record of a whole input (tests, small inputs), within the limits.
    static Result<QVector<CsvRecord>> parse(const QByteArray &bytes,
                                            const CsvLimits &limits = CsvLimits());
    static Result<QVector<CsvRecord>> read(QIODevice &device,
                                           const CsvLimits &limits = CsvLimits());

private:
    bool fill();
    bool nextChar(QChar &c);
    bool peekChar(QChar &c);
    bool fail(const QString &reason);
    void detectDelimiter();

    QIODevice &m_device;
    CsvLimits m_limits;
    QByteArray m_pending; // read, not yet decoded: the start of a character
    QString m_text;       // decoded, not yet parsed from m_pos on
    qsizetype m_pos = 0;
    qint64 m_bytesRead = 0;
    int m_rawLine = 1;      // the physical line the bytes read so far end on
    qint64 m_lineBytes = 0; // bytes of that line read so far
    bool m_atEnd = false;
    bool m_started = false;
    QChar m_delimiter = u',';
    int m_line = 1; // the physical line of the next character
    int m_records = 0;
    Status m_status = Status::success();
};
