#include "core/CsvReader.h"

#include <QIODevice>
#include <QStringDecoder>

namespace {

QChar detectDelimiter(const QString &text)
{
    // Only the header line decides; quoted commas there are rare enough to ignore.
    const qsizetype end = text.indexOf(u'\n');
    const QString header = text.left(end < 0 ? text.size() : end);
    return header.count(u';') > header.count(u',') ? QChar(u';') : QChar(u',');
}

} // namespace

Result<QVector<CsvRecord>> CsvReader::parse(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return Status::failure(tr("The file is not UTF-8 text. Save it from the spreadsheet as "
                                  "\"CSV UTF-8\" and try again."));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    const QChar delimiter = detectDelimiter(text);
    QVector<CsvRecord> records;
    CsvRecord current;
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false;
    int line = 1;
    int quoteOpenedAt = 0;
    current.line = 1;

    auto endField = [&] {
        current.fields << field;
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        // A line with nothing on it is not a record (trailing blank lines).
        const bool blank = current.fields.size() == 1 && current.fields.first().trimmed().isEmpty();
        if (!blank)
            records << current;
        current = CsvRecord();
        current.line = line;
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            inQuotes = true;
            fieldStarted = true;
            quoteOpenedAt = line;
        } else if (c == delimiter) {
            endField();
        } else if (c == u'\r') {
            // CRLF: the \n that follows ends the record.
            if (i + 1 >= n || text.at(i + 1) != u'\n') {
                ++line;
                endRecord();
            }
        } else if (c == u'\n') {
            ++line;
            endRecord();
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (inQuotes)
        return Status::failure(
            tr("Line %1: a quoted value is never closed (a \" is missing).").arg(quoteOpenedAt));
    if (fieldStarted || !field.isEmpty() || !current.fields.isEmpty())
        endRecord();
    return records;
}

Result<QVector<CsvRecord>> CsvReader::read(QIODevice &device)
{
    return parse(device.readAll());
}
