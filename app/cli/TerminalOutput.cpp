#include "cli/TerminalOutput.h"

namespace {

void appendEscape(QByteArray &out, uint codePoint)
{
    out += "\\u";
    out += QByteArray::number(codePoint, 16).toUpper().rightJustified(4, '0');
}

// U+202A-U+202E (embeddings, overrides) and U+2066-U+2069 (isolates), as
// UTF-8 after their lead byte 0xE2. The marks U+200E, U+200F and U+061C stay:
// they change no text around them, and Arabic messages use them.
uint bidiControl(uchar second, uchar third)
{
    if (second == 0x80 && third >= 0xAA && third <= 0xAE)
        return 0x2000 + (third - 0x80);
    if (second == 0x81 && third >= 0xA6 && third <= 0xA9)
        return 0x2040 + (third - 0x80);
    return 0;
}

} // namespace

TerminalOutput::TerminalOutput(std::FILE *stream) : m_stream(stream)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

TerminalOutput::~TerminalOutput()
{
    if (!m_pending.isEmpty()) {
        std::fwrite(m_pending.constData(), 1, size_t(m_pending.size()), m_stream);
        std::fflush(m_stream);
    }
}

QByteArray TerminalOutput::escaped(QByteArrayView bytes, QByteArray &pending)
{
    const QByteArray data = pending + bytes.toByteArray();
    pending.clear();
    QByteArray out;
    out.reserve(data.size());
    const qsizetype n = data.size();
    for (qsizetype i = 0; i < n; ++i) {
        const uchar b = uchar(data.at(i));
        if ((b < 0x20 && b != '\n' && b != '\t') || b == 0x7F) {
            appendEscape(out, b);
        } else if (b == 0xC2 || b == 0xE2) {
            const qsizetype need = b == 0xC2 ? 1 : 2;
            if (i + need >= n) {
                pending = data.mid(i); // the rest of this character comes next
                break;
            }
            const uchar second = uchar(data.at(i + 1));
            if (b == 0xC2 && second >= 0x80 && second <= 0x9F) { // C1 controls
                appendEscape(out, second);
                i += 1;
            } else if (const uint c = b == 0xE2 ? bidiControl(second, uchar(data.at(i + 2))) : 0) {
                appendEscape(out, c);
                i += 2;
            } else {
                out += char(b);
            }
        } else {
            out += char(b);
        }
    }
    return out;
}

qint64 TerminalOutput::writeData(const char *data, qint64 length)
{
    const QByteArray safe = escaped(QByteArrayView(data, length), m_pending);
    if (std::fwrite(safe.constData(), 1, size_t(safe.size()), m_stream) != size_t(safe.size()))
        return -1;
    std::fflush(m_stream);
    return length;
}
