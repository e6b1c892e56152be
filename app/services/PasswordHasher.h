// Password hashing with libsodium's argon2id (crypto_pwhash_str): the stored
// string carries its own salt and cost, so verification needs nothing else.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

class PasswordHasher final
{
    Q_DECLARE_TR_FUNCTIONS(PasswordHasher)

public:
    static constexpr int minimumLength = 8;

    // Refuses passwords too short to protect beneficiaries' personal data.
    static Status checkStrength(const QString &password);

    static Result<QString> hash(const QString &password);

    // False for a wrong password and for a hash that is not argon2id's.
    static bool verify(const QString &storedHash, const QString &password);
};
