// Signs in the person who runs a verb that changes data (issue 11): named with
// --user NAME, the password read from the terminal without echo or as the
// first line of standard input. On a SQLite file the stored argon2id hash is
// checked, as the window does; on a server the person's own login connects
// with that password and the server checks it. The verb then acts for the
// Session, whose roles the services check.
#pragma once

#include "cli/CliContext.h"
#include "cli/OpenDatabase.h"
#include "core/Permissions.h"
#include "services/Authenticator.h"
#include "services/Session.h"
#include "storage/Database.h"

#include <memory>
#include <optional>

namespace CliSignIn {

// --user NAME, for the verbs that sign in.
QCommandLineOption userOption();

// Reads one line of standard input; typed at a terminal, after prompt and
// without echo.
QString readSecretLine(CliContext &ctx, const QString &prompt);
// True when standard input is a terminal (a person types; ask twice).
bool readsFromTerminal(const CliContext &ctx);

// A new user's password: one line, or typed twice at a terminal; nothing
// after printing the reason when the two differ.
std::optional<QString> readNewPassword(CliContext &ctx);

struct Credentials
{
    QString name;
    QString password;
};

// The --user person's name, checked, and their password, read; nothing
// after printing the reason (for a verb that signs in on a database of its
// choosing: restore).
std::optional<Credentials> credentials(CliContext &ctx, const QCommandLineParser &parser);

struct SignedIn
{
    std::unique_ptr<Database> db;
    Session session;
    // The password the person signed in with, for a service that asks for
    // it again before an irreversible act (person anonymise); memory only.
    QString password;
    // The authenticator that signed them in (on db), for such a service.
    std::unique_ptr<Authenticator> authenticator;
};

// Opens the verb's database as the --user person and checks that they may do
// action; nothing after printing the reason (the caller returns
// CliExit::Failure).
std::optional<SignedIn> open(CliContext &ctx, const QCommandLineParser &parser,
                             OpenDatabase::Mode mode, Action action);

} // namespace CliSignIn
