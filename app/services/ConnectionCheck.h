// Tries a database location before a desk is pointed at it (the connection
// dialog's "Test connection"): really opens it, without creating or changing
// anything, and says in words what it found or what failed. A SQLite file
// that does not exist yet is fine when its folder can be written (Istiqbal
// creates it when it starts); a server failure is explained (nobody answers,
// unknown server name, password refused or missing, no such database or
// user), with the server's own words after it.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

class ConnectionCheck final
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionCheck)

public:
    // What was found, in words, or why it cannot be used.
    static Result<QString> test(const QString &location);

    // A server's refusal (the driver's text) explained for the person at the
    // desk; empty when it is not one of the usual ones.
    static QString explainServerFailure(const QString &detail, const QString &host, int port,
                                        const QString &database, const QString &user);

private:
    static Result<QString> testFile(const QString &path);
    static Result<QString> testServer(const QString &location);
    static QString describeSchema(int version);
};
