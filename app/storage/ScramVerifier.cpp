#include "storage/ScramVerifier.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRegularExpression>

#include <sodium.h>
#include <unicode/usprep.h>

#include <memory>

namespace {

// ICU's SASLprep profile (RFC 4013 on Unicode 3.2, as RFC 3454 and
// PostgreSQL's saslprep.c): any failure, unassigned code points included,
// means the password is prohibited there.
bool saslPrep(const QString &password, QString *out)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UStringPrepProfile, decltype(&usprep_close)> profile(
        usprep_openByType(USPREP_RFC4013_SASLPREP, &status), &usprep_close);
    if (U_FAILURE(status))
        return false;
    const auto *src = reinterpret_cast<const UChar *>(password.utf16());
    // Mapping and NFKC may lengthen the text; a password is short.
    std::u16string buffer(std::size_t(password.size()) * 4 + 16, u'\0');
    status = U_ZERO_ERROR;
    const int32_t length =
        usprep_prepare(profile.get(), src, int32_t(password.size()), buffer.data(),
                       int32_t(buffer.size()), USPREP_DEFAULT, nullptr, &status);
    if (U_FAILURE(status))
        return false;
    *out = QString::fromUtf16(buffer.data(), length);
    return true;
}

QByteArray hmac(const QByteArray &key, const char *message)
{
    return QMessageAuthenticationCode::hash(QByteArray(message), key, QCryptographicHash::Sha256);
}

} // namespace

QByteArray ScramVerifier::prepared(const QString &password)
{
    // An ASCII password needs nothing (PostgreSQL takes it as it is, even
    // with control characters).
    bool ascii = true;
    for (const QChar c : password)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii)
        return password.toUtf8();
    QString prepped;
    if (!saslPrep(password, &prepped))
        return password.toUtf8();
    return prepped.toUtf8();
}

QString ScramVerifier::make(const QString &password)
{
    static const bool ready = sodium_init() >= 0;
    Q_UNUSED(ready);
    QByteArray salt(saltBytes, '\0');
    randombytes_buf(salt.data(), std::size_t(salt.size()));
    return make(password, salt, defaultIterations);
}

QString ScramVerifier::make(const QString &password, const QByteArray &salt, int iterations)
{
    const QByteArray salted = QPasswordDigestor::deriveKeyPbkdf2(
        QCryptographicHash::Sha256, prepared(password), salt, iterations, 32);
    const QByteArray clientKey = hmac(salted, "Client Key");
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
    const QByteArray serverKey = hmac(salted, "Server Key");
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

bool ScramVerifier::isVerifier(const QString &secret)
{
    // StoredKey and ServerKey are 32 bytes: 44 base64 characters.
    static const QRegularExpression form(QStringLiteral(
        "\\ASCRAM-SHA-256\\$[1-9][0-9]{0,9}:[A-Za-z0-9+/]+={0,2}\\$[A-Za-z0-9+/]{43}=:"
        "[A-Za-z0-9+/]{43}=\\z"));
    return form.match(secret).hasMatch();
}
