// PostgreSQL's own client programs (pg_dump, pg_restore) run for one server
// database: found on the PATH (Debian: postgresql-client) and no older than
// the server, connected as the database's login with its password handed
// over in a password file in a private temporary folder, never on a command
// line. A missing or too old program is refused in words that say how to get
// a suitable one.
#pragma once

#include "core/Result.h"
#include "storage/DatabaseAddress.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

class Database;

class PgTools final
{
    Q_DECLARE_TR_FUNCTIONS(PgTools)

public:
    // For the database db is connected to (its login and password): the
    // programs named (e.g. "pg_dump", "pg_restore") must be present and, for
    // pg_dump, of the server's major version or newer.
    static Result<std::shared_ptr<PgTools>> forDatabase(Database &db, const QStringList &programs);

    // Runs one program with arguments; its standard output goes to output
    // when given. A failure carries the program's own first error line.
    Status run(const QString &program, const QStringList &arguments,
               QByteArray *output = nullptr) const;

    // --dbname=... for the programs: the address without its password.
    QString dbnameArgument() const;
    const DatabaseAddress &address() const { return m_address; }

    // The Debian package that has them.
    static QString package() { return QStringLiteral("postgresql-client"); }

private:
    PgTools() = default;
    Status prepareEnvironment();

    DatabaseAddress m_address;
    QProcessEnvironment m_environment;
    std::unique_ptr<QTemporaryDir> m_private; // holds the password file
    QStringList m_found;                      // full paths, in the order asked
    QStringList m_names;
};
