// The rule for the name a person signs in with, in one place for the window's
// user admin, the first administrator and `istiqbal users add`: it is shown in
// the audit and, on a server, becomes a database login, so it must read the
// same to everyone (no control or direction characters) and stay short.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

class Username final
{
    Q_DECLARE_TR_FUNCTIONS(Username)

public:
    static constexpr int minimumLength = 2;
    static constexpr int maximumLength = 40;
    // A PostgreSQL identifier (a login's name) holds at most 63 bytes.
    static constexpr int maximumUtf8Bytes = 63;

    // Success for 2 to 40 letters or digits joined by dots, dashes or
    // underscores (surrounding spaces aside); otherwise the reason in words.
    static Status check(const QString &username);

    // The form it is kept in: trimmed, lower case (sign-in ignores case).
    static QString normalised(const QString &username);
};
