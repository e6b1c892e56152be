// What every fuzz target shares: the fuzzer's bytes as a QString, and one
// QCoreApplication (Qt's codecs and translations expect one).
#pragma once

#include <QCoreApplication>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace FuzzInput {

inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

// Arbitrary bytes as text the way a person's input reaches the parsers: decoded
// as UTF-8 (invalid sequences become U+FFFD, as QString::fromUtf8 does).
inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace FuzzInput
