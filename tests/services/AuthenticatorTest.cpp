#include <catch2/catch.hpp>

#include "ServicesTestSupport.h"

#include "services/Authenticator.h"
#include "services/PasswordHasher.h"

using ServicesTest::Fixture;

TEST_CASE("Passwords are hashed with argon2id and verified", "[services][auth]")
{
    const auto hash = PasswordHasher::hash(QString::fromUtf8("كلمة-سر-طويلة"));
    REQUIRE(hash.ok());
    CHECK(hash->startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(hash->contains(QString::fromUtf8("كلمة")));
    CHECK(PasswordHasher::verify(*hash, QString::fromUtf8("كلمة-سر-طويلة")));
    CHECK_FALSE(PasswordHasher::verify(*hash, QString::fromUtf8("كلمة-سر-طويله")));
    CHECK_FALSE(PasswordHasher::verify(QStringLiteral("plain text"), QStringLiteral("plain text")));
    // Each hash has its own salt.
    CHECK(*PasswordHasher::hash(QStringLiteral("same password")) !=
          *PasswordHasher::hash(QStringLiteral("same password")));
    CHECK(PasswordHasher::hash(QStringLiteral("short")).error().contains(QStringLiteral("8")));
}

TEST_CASE("Sign-in refuses with the same words whatever was wrong", "[services][auth]")
{
    Fixture f;
    Authenticator auth(f.db);
    REQUIRE(auth.addUser(*f.admin, QStringLiteral("sara"), QString::fromUtf8("سارة"),
                         {Role::Receptionist}, QStringLiteral("correct horse"))
                .ok());

    const auto ok = auth.signIn(QStringLiteral("Sara "), QStringLiteral("correct horse"));
    REQUIRE(ok.ok());
    CHECK(ok->hasRole(Role::Receptionist));
    CHECK(ok->user().username == QStringLiteral("sara"));

    const auto wrongPassword = auth.signIn(QStringLiteral("sara"), QStringLiteral("wrong horse"));
    const auto unknownUser = auth.signIn(QStringLiteral("nobody"), QStringLiteral("correct horse"));
    // "desk" exists but has no password (created without one).
    const auto noPassword = auth.signIn(QStringLiteral("desk"), QString());
    REQUIRE_FALSE(wrongPassword.ok());
    CHECK(wrongPassword.error() == Authenticator::wrongCredentials());
    CHECK(unknownUser.error() == Authenticator::wrongCredentials());
    CHECK(noPassword.error() == Authenticator::wrongCredentials());
    CHECK(f.auditCount(QStringLiteral("auth.failed")) == 3);
    CHECK(f.auditCount(QStringLiteral("auth.signin")) == 1);
}

TEST_CASE("Repeated failures slow sign-in down, and a success resets it", "[services][auth]")
{
    Fixture f;
    Authenticator auth(f.db);
    REQUIRE(auth.addUserAsSystem(QStringLiteral("omar"), QString(), {Role::ProgramOfficer},
                                 QStringLiteral("open sesame"))
                .ok());
    for (int i = 0; i < Authenticator::freeAttempts; ++i)
        CHECK(auth.signIn(QStringLiteral("omar"), QStringLiteral("guess")).error() ==
              Authenticator::wrongCredentials());
    CHECK(auth.secondsToWait(QStringLiteral("omar")) == 1);
    f.clock.advanceSeconds(1);
    CHECK(auth.signIn(QStringLiteral("omar"), QStringLiteral("guess")).error() ==
          Authenticator::wrongCredentials());
    CHECK(auth.secondsToWait(QStringLiteral("omar")) == 2);
    // While the wait runs, even the right password is not tried.
    const auto early = auth.signIn(QStringLiteral("omar"), QStringLiteral("open sesame"));
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().contains(QStringLiteral("Try again in")));

    f.clock.advanceSeconds(2);
    CHECK(auth.signIn(QStringLiteral("omar"), QStringLiteral("open sesame")).ok());
    CHECK(auth.secondsToWait(QStringLiteral("omar")) == 0);
}

TEST_CASE("The first administrator is created once and only administrators add users",
          "[services][auth]")
{
    Fixture f; // its users have roles but no passwords
    Authenticator auth(f.db);
    REQUIRE(*auth.needsFirstAdministrator());
    const auto first = auth.createFirstAdministrator(
        QStringLiteral("root"), QString::fromUtf8("المشرف"), QStringLiteral("first-admin-pass"));
    REQUIRE(first.ok());
    CHECK(first->hasRole(Role::Administrator));
    CHECK_FALSE(*auth.needsFirstAdministrator());
    CHECK_FALSE(auth.createFirstAdministrator(QStringLiteral("root2"), QString(),
                                              QStringLiteral("another-pass"))
                    .ok());

    const auto byReceptionist = auth.addUser(*f.desk, QStringLiteral("x"), QString(),
                                             {Role::Manager}, QStringLiteral("password1"));
    REQUIRE_FALSE(byReceptionist.ok());
    CHECK(byReceptionist.error().contains(QStringLiteral("may not manage users")));

    const auto duplicate = auth.addUser(*f.admin, QStringLiteral("root"), QString(),
                                        {Role::Manager}, QStringLiteral("password1"));
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().contains(QStringLiteral("already taken")));
}

TEST_CASE("Nobody signs in unrecorded: a sign-in whose audit row cannot be written is refused",
          "[services][auth][sqlite]")
{
    Fixture f;
    Authenticator auth(f.db);
    REQUIRE(auth.addUserAsSystem(QStringLiteral("omar"), QString(), {Role::ProgramOfficer},
                                 QStringLiteral("open sesame"))
                .ok());
    // The trail refuses every new row, as a full or failing disk would.
    REQUIRE(f.db.execute(QStringLiteral("CREATE TRIGGER audit_refused BEFORE INSERT ON audit_log "
                                        "BEGIN SELECT RAISE(ABORT, 'the disk is full'); END"),
                         QStringLiteral("test trigger"))
                .ok());
    const auto in = auth.signIn(QStringLiteral("omar"), QStringLiteral("open sesame"));
    REQUIRE_FALSE(in.ok());
    CHECK(in.error().contains(QStringLiteral("the disk is full")));
    // A wrong password whose attempt cannot be recorded says so too.
    const auto wrong = auth.signIn(QStringLiteral("omar"), QStringLiteral("guess"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().contains(QStringLiteral("the disk is full")));

    REQUIRE(
        f.db.execute(QStringLiteral("DROP TRIGGER audit_refused"), QStringLiteral("test")).ok());
    CHECK(auth.signIn(QStringLiteral("omar"), QStringLiteral("open sesame")).ok());
}
