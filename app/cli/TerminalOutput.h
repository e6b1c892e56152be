// The device the verbs' text goes through on its way to stdout and stderr: the
// one place where what a file or a person gave is made safe to print. Control
// characters (escape sequences among them) and the bidi embedding, override
// and isolate controls are written as visible \uXXXX escapes, so no value can
// move the cursor, recolour or reorder the terminal's text.
#pragma once

#include <QByteArray>
#include <QIODevice>

#include <cstdio>

class TerminalOutput final : public QIODevice
{
public:
    explicit TerminalOutput(std::FILE *stream);
    ~TerminalOutput() override;

    // bytes (UTF-8) made safe to print. A character split between two writes
    // is kept in pending until its end arrives.
    static QByteArray escaped(QByteArrayView bytes, QByteArray &pending);

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 length) override;

private:
    std::FILE *m_stream;
    QByteArray m_pending;
};
