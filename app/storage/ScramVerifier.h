// The SCRAM-SHA-256 verifier of a password (RFC 5802, RFC 7677), in the form
// PostgreSQL keeps in pg_authid and accepts pre-encrypted in CREATE/ALTER ROLE
// ... PASSWORD: Istiqbal computes it on the desk, so a person's password never
// travels to the server or into its log.
#pragma once

#include <QByteArray>
#include <QString>

class ScramVerifier final
{
public:
    // PostgreSQL's default (scram_iterations).
    static constexpr int defaultIterations = 4096;
    static constexpr int saltBytes = 16;

    // "SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>" (base64)
    // for password, with a fresh random salt.
    static QString make(const QString &password);
    // The same with a given salt and count (to compare with a reference).
    static QString make(const QString &password, const QByteArray &salt,
                        int iterations = defaultIterations);

    // The bytes SCRAM hashes, as PostgreSQL prepares them: SASLprep (RFC 4013:
    // spaces and characters mapped to nothing, NFKC) when the password allows
    // it; a password SASLprep prohibits (control, direction or unassigned
    // characters, mixed right-to-left and left-to-right letters) is used as
    // its raw UTF-8 bytes, as PostgreSQL's server and libpq both do.
    static QByteArray prepared(const QString &password);

    // True for text of the verifier's form (nothing else may be sent where a
    // verifier is expected).
    static bool isVerifier(const QString &secret);
};
