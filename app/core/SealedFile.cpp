#include "core/SealedFile.h"

#include "core/IoFailure.h"

#include <QIODevice>
#include <QtEndian>

#include <sodium.h>

#include <vector>

namespace {

constexpr char kMagic[] = "IQBSEAL1";
constexpr int kMagicSize = 8;
constexpr quint8 kVersion = 1;
constexpr int kSaltSize = crypto_pwhash_SALTBYTES;
constexpr int kStreamHeaderSize = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr int kHeaderSize = kMagicSize + 1 + 8 + 8 + kSaltSize + kStreamHeaderSize;
constexpr int kABytes = crypto_secretstream_xchacha20poly1305_ABYTES;

static_assert(kSaltSize == 16, "the layout documents a 16-byte salt");
static_assert(kStreamHeaderSize == 24, "the layout documents a 24-byte stream header");

// Wipes the key however the function is left.
struct Key
{
    unsigned char bytes[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    ~Key() { sodium_memzero(bytes, sizeof bytes); }
};

bool readExactly(QIODevice &in, char *to, qint64 n)
{
    qint64 done = 0;
    while (done < n) {
        const qint64 got = in.read(to + done, n - done);
        if (got <= 0) {
            if (got == 0 && in.waitForReadyRead(-1))
                continue;
            return false;
        }
        done += got;
    }
    return true;
}

// Reads up to n bytes, fewer only at the end of the data.
qint64 readUpTo(QIODevice &in, char *to, qint64 n)
{
    qint64 done = 0;
    while (done < n) {
        const qint64 got = in.read(to + done, n - done);
        if (got < 0)
            return -1;
        if (got == 0 && !in.waitForReadyRead(-1))
            break;
        done += got;
    }
    return done;
}

bool writeAll(QIODevice &out, const char *data, qint64 n)
{
    return out.write(data, n) == n;
}

// The key of a passphrase with the header's salt and costs (argon2id); false
// when the memory for it could not be had.
bool deriveKey(Key &key, const QByteArray &passphrase, const unsigned char *salt, quint64 ops,
               quint64 mem)
{
    return crypto_pwhash(key.bytes, sizeof key.bytes, passphrase.constData(),
                         quint64(passphrase.size()), salt, ops, size_t(mem),
                         crypto_pwhash_ALG_ARGON2ID13) == 0;
}

} // namespace

bool SealedFile::isSealed(QIODevice &in)
{
    return in.peek(kMagicSize) == QByteArray(kMagic, kMagicSize);
}

Status SealedFile::seal(QIODevice &plain, QIODevice &out, const QByteArray &passphrase, Cost cost)
{
    if (sodium_init() < 0)
        return Status::failure(tr("The encryption library could not start."));
    if (passphrase.size() < minimumPassphrase)
        return Status::failure(
            tr("The passphrase is too short: use at least %n characters.", "", minimumPassphrase));
    const quint64 ops = cost == Cost::Moderate ? crypto_pwhash_OPSLIMIT_MODERATE
                                               : crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const quint64 mem = cost == Cost::Moderate ? crypto_pwhash_MEMLIMIT_MODERATE
                                               : crypto_pwhash_MEMLIMIT_INTERACTIVE;
    QByteArray header(kHeaderSize, '\0');
    char *h = header.data();
    memcpy(h, kMagic, kMagicSize);
    h[kMagicSize] = char(kVersion);
    qToLittleEndian<quint64>(ops, h + kMagicSize + 1);
    qToLittleEndian<quint64>(mem, h + kMagicSize + 9);
    unsigned char *salt = reinterpret_cast<unsigned char *>(h + kMagicSize + 17);
    randombytes_buf(salt, kSaltSize);

    Key key;
    if (!deriveKey(key, passphrase, salt, ops, mem))
        return Status::failure(tr("Not enough memory to derive the key from the passphrase."));
    crypto_secretstream_xchacha20poly1305_state state;
    crypto_secretstream_xchacha20poly1305_init_push(
        &state, reinterpret_cast<unsigned char *>(h + kHeaderSize - kStreamHeaderSize), key.bytes);
    if (!writeAll(out, header.constData(), header.size()))
        return Status::failure(
            tr("The sealed backup could not be written: %1").arg(IoFailure::reason(out)));

    std::vector<char> in(chunkSize);
    std::vector<unsigned char> sealed(chunkSize + kABytes);
    qint64 n = readUpTo(plain, in.data(), chunkSize);
    bool first = true;
    while (n >= 0) {
        // Read ahead one chunk: the last one read carries the FINAL tag.
        std::vector<char> next(chunkSize);
        const qint64 m = n == chunkSize ? readUpTo(plain, next.data(), chunkSize) : 0;
        if (m < 0)
            break;
        const unsigned char tag = m == 0 ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0;
        unsigned long long length = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &state, sealed.data(), &length, reinterpret_cast<const unsigned char *>(in.data()),
            quint64(n),
            first ? reinterpret_cast<const unsigned char *>(header.constData()) : nullptr,
            first ? quint64(header.size()) : 0, tag);
        first = false;
        char size[4];
        qToLittleEndian<quint32>(quint32(length), size);
        if (!writeAll(out, size, 4) ||
            !writeAll(out, reinterpret_cast<const char *>(sealed.data()), qint64(length)))
            return Status::failure(
                tr("The sealed backup could not be written: %1").arg(IoFailure::reason(out)));
        if (m == 0)
            return Status::success();
        in.swap(next);
        n = m;
    }
    return Status::failure(
        tr("The database could not be read for the backup: %1").arg(IoFailure::reason(plain)));
}

Status SealedFile::open(QIODevice &sealedIn, QIODevice &out, const QByteArray &passphrase)
{
    if (sodium_init() < 0)
        return Status::failure(tr("The encryption library could not start."));
    QByteArray header(kHeaderSize, '\0');
    if (!readExactly(sealedIn, header.data(), kHeaderSize) ||
        !header.startsWith(QByteArray(kMagic, kMagicSize)))
        return Status::failure(tr("This is not a sealed Istiqbal backup."));
    const char *h = header.constData();
    if (quint8(h[kMagicSize]) != kVersion)
        return Status::failure(tr("This sealed backup was written by a newer Istiqbal "
                                  "(format %1).")
                                   .arg(int(quint8(h[kMagicSize]))));
    const quint64 ops = qFromLittleEndian<quint64>(h + kMagicSize + 1);
    const quint64 mem = qFromLittleEndian<quint64>(h + kMagicSize + 9);
    // A forged header must not make us spend unbounded time or memory.
    if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > crypto_pwhash_OPSLIMIT_SENSITIVE ||
        mem < crypto_pwhash_MEMLIMIT_MIN || mem > crypto_pwhash_MEMLIMIT_SENSITIVE)
        return Status::failure(tr("The sealed backup's header is damaged."));
    const auto *salt = reinterpret_cast<const unsigned char *>(h + kMagicSize + 17);

    Key key;
    if (!deriveKey(key, passphrase, salt, ops, mem))
        return Status::failure(tr("Not enough memory to derive the key from the passphrase."));
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(
            &state, reinterpret_cast<const unsigned char *>(h + kHeaderSize - kStreamHeaderSize),
            key.bytes) != 0)
        return Status::failure(tr("The sealed backup's header is damaged."));

    std::vector<unsigned char> sealed(chunkSize + kABytes);
    std::vector<unsigned char> plain(chunkSize);
    bool first = true;
    qint64 offset = kHeaderSize;
    for (;;) {
        // Each part: its length (4 bytes, little-endian), then the sealed bytes.
        char size[4];
        const bool sized = readExactly(sealedIn, size, 4);
        const quint32 length = sized ? qFromLittleEndian<quint32>(size) : 0;
        if (sized && (length < quint32(kABytes) || length > quint32(chunkSize + kABytes)))
            return Status::failure(
                tr("The sealed backup was altered or damaged at byte %1.").arg(offset));
        if (!sized || !readExactly(sealedIn, reinterpret_cast<char *>(sealed.data()), length))
            return Status::failure(tr("The sealed backup is incomplete: it ends before its last "
                                      "part. Nothing was restored."));
        unsigned long long plainLength = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, plain.data(), &plainLength, &tag, sealed.data(), length,
                first ? reinterpret_cast<const unsigned char *>(header.constData()) : nullptr,
                first ? quint64(header.size()) : 0) != 0)
            return Status::failure(
                first ? tr("The passphrase is wrong, or the sealed backup was altered.")
                      : tr("The sealed backup was altered or damaged at byte %1.").arg(offset));
        first = false;
        offset += 4 + length;
        if (!writeAll(out, reinterpret_cast<const char *>(plain.data()), qint64(plainLength)))
            return Status::failure(
                tr("The restored database could not be written: %1").arg(IoFailure::reason(out)));
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
            char extra;
            if (sealedIn.read(&extra, 1) > 0)
                return Status::failure(tr("The sealed backup has bytes after its end: it was "
                                          "altered."));
            return Status::success();
        }
    }
}
