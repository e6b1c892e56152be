#include <catch2/catch.hpp>

#include "core/SealedFile.h"

#include <QBuffer>
#include <QRandomGenerator>

namespace {

const QByteArray kPassphrase = QByteArrayLiteral("كلمة مرور طويلة 2026");

QByteArray sample(int size)
{
    QByteArray bytes(size, '\0');
    QRandomGenerator rng(11);
    for (char &c : bytes)
        c = char(rng.bounded(256));
    return bytes;
}

QByteArray sealBytes(const QByteArray &plain, const QByteArray &passphrase = kPassphrase)
{
    QByteArray input = plain, output;
    QBuffer in(&input), out(&output);
    REQUIRE(in.open(QIODevice::ReadOnly));
    REQUIRE(out.open(QIODevice::WriteOnly));
    const Status s = SealedFile::seal(in, out, passphrase, SealedFile::Cost::Interactive);
    INFO(s.error().toStdString());
    REQUIRE(s.ok());
    return output;
}

Status openBytes(const QByteArray &sealed, QByteArray *plain,
                 const QByteArray &passphrase = kPassphrase)
{
    QByteArray input = sealed;
    QBuffer in(&input), out(plain);
    REQUIRE(in.open(QIODevice::ReadOnly));
    REQUIRE(out.open(QIODevice::WriteOnly));
    return SealedFile::open(in, out, passphrase);
}

} // namespace

TEST_CASE("A sealed backup opens with its passphrase, chunk by chunk", "[core][backup]")
{
    for (int size : {0, 1, SealedFile::chunkSize, 3 * SealedFile::chunkSize + 17}) {
        INFO(size);
        const QByteArray plain = sample(size);
        const QByteArray sealed = sealBytes(plain);
        CHECK(sealed.startsWith("IQBSEAL1"));
        if (size > 64)
            CHECK_FALSE(sealed.contains(plain.left(64)));
        QByteArray back;
        const Status s = openBytes(sealed, &back);
        INFO(s.error().toStdString());
        CHECK(s.ok());
        CHECK(back == plain);
        QByteArray copy = sealed;
        QBuffer peek(&copy);
        REQUIRE(peek.open(QIODevice::ReadOnly));
        CHECK(SealedFile::isSealed(peek));
        CHECK(peek.pos() == 0);
    }
    // The same data sealed twice differs (a new salt and stream header).
    CHECK(sealBytes(sample(100)) != sealBytes(sample(100)));
}

TEST_CASE("A wrong passphrase, an altered byte or a cut file are refused in words",
          "[core][backup]")
{
    const QByteArray plain = sample(2 * SealedFile::chunkSize + 100);
    const QByteArray sealed = sealBytes(plain);
    QByteArray out;

    Status s = openBytes(sealed, &out, QByteArrayLiteral("not the passphrase"));
    CHECK_FALSE(s.ok());
    CHECK(s.error().contains(QStringLiteral("passphrase is wrong")));

    // Any byte changed: in the header (cost, salt), the first or a later chunk.
    for (int at : {9, 20, 30, 70, 200, int(sealed.size()) / 2, int(sealed.size()) - 1}) {
        INFO(at);
        QByteArray altered = sealed;
        altered[at] = char(altered.at(at) ^ 0x01);
        out.clear();
        CHECK_FALSE(openBytes(altered, &out).ok());
    }
    // Cut anywhere: at a chunk boundary too, where each part read is whole.
    const int boundary = 8 + 1 + 16 + 16 + 24 + 4 + SealedFile::chunkSize + 17;
    for (int length : {0, 10, 80, 200, boundary, boundary + 4, int(sealed.size()) - 1}) {
        INFO(length);
        out.clear();
        s = openBytes(sealed.left(length), &out);
        CHECK_FALSE(s.ok());
        CHECK_FALSE(s.error().isEmpty());
    }
    out.clear();
    s = openBytes(sealed.left(boundary), &out);
    CHECK(s.error().contains(QStringLiteral("incomplete")));
    // Bytes added after the end.
    out.clear();
    CHECK_FALSE(openBytes(sealed + QByteArrayLiteral("x"), &out).ok());
    // Not sealed at all.
    out.clear();
    s = openBytes(QByteArrayLiteral("SQLite format 3"), &out);
    CHECK(s.error().contains(QStringLiteral("not a sealed")));
    // A passphrase too short to seal with.
    QByteArray input("data"), output;
    QBuffer in(&input), to(&output);
    REQUIRE(in.open(QIODevice::ReadOnly));
    REQUIRE(to.open(QIODevice::WriteOnly));
    CHECK_FALSE(
        SealedFile::seal(in, to, QByteArrayLiteral("short"), SealedFile::Cost::Interactive).ok());
}
