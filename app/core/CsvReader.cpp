#include "core/CsvReader.h"

#include "core/IoFailure.h"

#include <QBuffer>
#include <QIODevice>
#include <QStringDecoder>

namespace {

constexpr qint64 kChunkBytes = 16 * 1024;

QString kilobytes(qint64 bytes)
{
    return QString::number(bytes / 1024);
}

// How many bytes at the end of data begin a UTF-8 sequence that continues in
// the next piece (0 to 3): they are decoded with that piece.
qsizetype unfinishedSequence(const QByteArray &data)
{
    const qsizetype n = data.size();
    for (qsizetype back = 1; back <= 3 && back <= n; ++back) {
        const uchar b = uchar(data.at(n - back));
        if ((b & 0xC0) == 0x80)
            continue; // a continuation byte: look further back for the lead
        const int length = (b & 0xE0) == 0xC0   ? 2
                           : (b & 0xF0) == 0xE0 ? 3
                           : (b & 0xF8) == 0xF0 ? 4
                                                : 1;
        return length > back ? back : 0;
    }
    return 0;
}

} // namespace

CsvReader::CsvReader(QIODevice &device, const CsvLimits &limits)
    : m_device(device), m_limits(limits)
{}

bool CsvReader::fail(const QString &reason)
{
    if (m_status)
        m_status = Status::failure(reason);
    m_text.clear();
    m_pos = 0;
    m_atEnd = true;
    return false;
}

// Reads and decodes one more piece of the device; false at its end or when the
// bytes break a limit. Lines are measured on the bytes, before decoding, so a
// line without an end is refused once it is too long.
bool CsvReader::fill()
{
    if (m_atEnd)
        return false;
    char chunk[kChunkBytes];
    const qint64 n = m_device.read(chunk, kChunkBytes);
    if (n < 0)
        return fail(tr("The file could not be read: %1").arg(IoFailure::reason(m_device)));
    if (n == 0) {
        m_atEnd = true;
        if (!m_pending.isEmpty())
            return fail(tr("The file is not UTF-8 text: it ends inside a character. Save it "
                           "from the spreadsheet as \"CSV UTF-8\" and try again."));
        return false;
    }
    m_bytesRead += n;
    if (m_bytesRead > m_limits.maxFileBytes)
        return fail(tr("The file is larger than %1 MB, the most one import takes; split it into "
                       "smaller files.")
                        .arg(m_limits.maxFileBytes / (1024 * 1024)));
    for (qint64 i = 0; i < n; ++i) {
        if (chunk[i] == '\n') {
            ++m_rawLine;
            m_lineBytes = 0;
        } else if (++m_lineBytes > m_limits.maxLineBytes) {
            return fail(tr("Line %1 is longer than %2 KB, the most a line may have.")
                            .arg(m_rawLine)
                            .arg(kilobytes(m_limits.maxLineBytes)));
        }
    }
    if (m_pos > 0) {
        m_text.remove(0, m_pos);
        m_pos = 0;
    }
    m_pending.append(chunk, n);
    const qsizetype keep = unfinishedSequence(m_pending);
    // Each piece on its own: a U+FEFF that begins a piece is a character, not a BOM.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless |
                                                     QStringDecoder::Flag::ConvertInitialBom);
    m_text += decoder.decode(QByteArrayView(m_pending).first(m_pending.size() - keep));
    m_pending = m_pending.right(keep);
    if (decoder.hasError())
        return fail(tr("The file is not UTF-8 text (near line %1). Save it from the spreadsheet "
                       "as \"CSV UTF-8\" and try again.")
                        .arg(m_rawLine));
    return true;
}

bool CsvReader::peekChar(QChar &c)
{
    while (m_pos >= m_text.size()) {
        if (!fill())
            return false;
    }
    c = m_text.at(m_pos);
    return true;
}

bool CsvReader::nextChar(QChar &c)
{
    if (!peekChar(c))
        return false;
    ++m_pos;
    return true;
}

// Only the header line decides; quoted commas there are rare enough to ignore.
void CsvReader::detectDelimiter()
{
    while (m_text.indexOf(u'\n', m_pos) < 0 && fill()) {
    }
    if (!m_status)
        return;
    if (m_text.startsWith(QChar(0xFEFF)))
        m_pos = 1;
    const qsizetype end = m_text.indexOf(u'\n', m_pos);
    const QStringView header = QStringView(m_text).mid(m_pos, end < 0 ? -1 : end - m_pos);
    m_delimiter = header.count(u';') > header.count(u',') ? QChar(u';') : QChar(u',');
}

bool CsvReader::next(CsvRecord &record)
{
    if (!m_started) {
        m_started = true;
        detectDelimiter();
    }
    if (!m_status)
        return false;

    for (;;) {
        record = CsvRecord();
        record.line = m_line;
        QString field;
        bool inQuotes = false;
        bool fieldStarted = false;
        int quoteOpenedAt = 0;
        bool ended = false;
        bool sawAnything = false;

        auto endField = [&] {
            if (record.fields.size() >= m_limits.maxFields)
                return fail(tr("Line %1 has more than %2 values.")
                                .arg(record.line)
                                .arg(m_limits.maxFields));
            record.fields << field;
            field.clear();
            fieldStarted = false;
            return true;
        };
        auto append = [&](QChar c) {
            if (field.size() >= m_limits.maxFieldCharacters)
                return fail(tr("Line %1, column %2: the value is longer than %3 characters, "
                               "the most a value may have.")
                                .arg(record.line)
                                .arg(record.fields.size() + 1)
                                .arg(m_limits.maxFieldCharacters));
            field.append(c);
            return true;
        };

        QChar c;
        while (!ended && nextChar(c)) {
            sawAnything = true;
            if (inQuotes) {
                if (c == u'"') {
                    QChar after;
                    if (peekChar(after) && after == u'"') {
                        ++m_pos;
                        if (!append(u'"'))
                            return false;
                    } else {
                        inQuotes = false;
                    }
                    continue;
                }
                if (c == u'\n')
                    ++m_line;
                if (!append(c))
                    return false;
                continue;
            }
            if (c == u'"' && !fieldStarted) {
                inQuotes = true;
                fieldStarted = true;
                quoteOpenedAt = m_line;
            } else if (c == m_delimiter) {
                if (!endField())
                    return false;
            } else if (c == u'\r') {
                // CRLF: the \n that follows ends the record.
                QChar after;
                if (!peekChar(after) || after != u'\n') {
                    ++m_line;
                    ended = true;
                }
            } else if (c == u'\n') {
                ++m_line;
                ended = true;
            } else {
                if (!append(c))
                    return false;
                fieldStarted = true;
            }
        }
        if (!m_status)
            return false;
        if (inQuotes)
            return fail(tr("Line %1: a quoted value is never closed (a \" is missing).")
                            .arg(quoteOpenedAt));
        if (!ended && !sawAnything)
            return false; // the end of the input
        if (!endField())
            return false;
        // A line with nothing on it is not a record (trailing blank lines).
        if (record.fields.size() == 1 && record.fields.constFirst().trimmed().isEmpty()) {
            if (!ended)
                return false;
            continue;
        }
        if (++m_records > m_limits.maxRecords)
            return fail(tr("The file has more than %1 rows, the most one import takes; split it "
                           "into smaller files.")
                            .arg(m_limits.maxRecords - 1));
        return true;
    }
}

Result<QVector<CsvRecord>> CsvReader::read(QIODevice &device, const CsvLimits &limits)
{
    CsvReader reader(device, limits);
    QVector<CsvRecord> records;
    CsvRecord record;
    while (reader.next(record))
        records << record;
    if (!reader.status())
        return reader.status();
    return records;
}

Result<QVector<CsvRecord>> CsvReader::parse(const QByteArray &bytes, const CsvLimits &limits)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return read(buffer, limits);
}
