#include "services/PasswordHasher.h"

#include <sodium.h>

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

Status PasswordHasher::checkStrength(const QString &password)
{
    if (password.trimmed().size() < minimumLength)
        return Status::failure(tr("A password needs at least %1 characters.").arg(minimumLength));
    return Status::success();
}

Result<QString> PasswordHasher::hash(const QString &password)
{
    if (const Status s = checkStrength(password); !s)
        return s;
    if (!sodiumReady())
        return Result<QString>::failure(tr("The password library could not start."));
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(
            out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
            crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Result<QString>::failure(
            tr("The password could not be protected: the computer is out of memory."));
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &storedHash, const QString &password)
{
    if (!sodiumReady() || storedHash.isEmpty())
        return false;
    const QByteArray h = storedHash.toLatin1();
    if (!h.startsWith("$argon2id$") || h.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}
