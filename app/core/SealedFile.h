// A backup sealed with a passphrase, for copies that leave the office: the key
// is derived with argon2id (libsodium crypto_pwhash; salt and cost stored in a
// small header) and the data is encrypted and authenticated in 64 KiB chunks
// with XChaCha20-Poly1305 (crypto_secretstream), so neither side ever holds
// the whole file. A wrong passphrase, an altered byte, chunks reordered or a
// file cut short are refused in words.
//
// Layout: "IQBSEAL1", version (1 byte), opslimit and memlimit (8 bytes each,
// little-endian), salt (16), secretstream header (24); then chunks of a 4-byte
// little-endian length and that many bytes; the last chunk carries the FINAL
// tag. The header is the first chunk's additional data.
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>

class QIODevice;

class SealedFile final
{
    Q_DECLARE_TR_FUNCTIONS(SealedFile)

public:
    enum class Cost
    {
        Moderate,   // libsodium's MODERATE: what `backup --encrypt` uses
        Interactive // the cheaper INTERACTIVE, for tests
    };
    static constexpr int chunkSize = 64 * 1024;
    static constexpr int minimumPassphrase = 8;

    // Whether the device starts with the sealed header (peeks, reads nothing).
    static bool isSealed(QIODevice &in);

    // Reads plain to its end and writes the sealed form to out.
    static Status seal(QIODevice &plain, QIODevice &out, const QByteArray &passphrase,
                       Cost cost = Cost::Moderate);
    // Reads sealed to its end and writes the plain bytes to out. On a failure
    // out holds part of the data: write it to a temporary file and drop it.
    static Status open(QIODevice &sealed, QIODevice &out, const QByteArray &passphrase);
};
