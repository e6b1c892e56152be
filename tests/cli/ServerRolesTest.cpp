// Roles that hold on a PostgreSQL server (issue 11), against the test server:
// after `istiqbal server-setup`, each person signs in with their own login,
// whose password the server checks (scripts/pg-test-server asks the logins of
// the istiqbal_person group for SCRAM), and that login can do no more through
// plain SQL - a QSqlQuery here, standing for psql with the same credentials -
// than the person's role allows. Tagged [pg]: run with ISTIQBAL_TEST_ENGINE.
#include <catch2/catch.hpp>

#include "CliTestSupport.h"
#include "ServerLogin.h"
#include "TestDatabase.h"
#include "services/Authenticator.h"
#include "services/UserAdmin.h"
#include "storage/Database.h"
#include "storage/ScramVerifier.h"
#include "storage/ServerRoles.h"
#include "storage/UserRepository.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

TEST_CASE("On a server set up with roles a person's login does no more than their role allows",
          "[cli][pg]")
{
    TestDb::requirePostgres();
    TestDb::Fresh fresh;
    const SetUpServer roles(fresh, QStringLiteral("roles"));
    const QString &server = roles.server;
    const QString &boss = roles.boss;
    const QString &bossPassword = roles.bossPassword;
    const QString desk = roles.login(QStringLiteral("desk"));
    const QString officer = roles.login(QStringLiteral("officer"));
    const QString mallory = roles.login(QStringLiteral("mallory"));
    const QString deskPassword = QStringLiteral("the desk's password");
    const QString officerPassword = QStringLiteral("the officer's password");

    // The owner's one-time setup (here the test server's superuser), the
    // administrator adding people, and the setup again as after an upgrade.
    roles.setUpWith({{desk, QStringLiteral("receptionist"), deskPassword},
                     {officer, QStringLiteral("officer"), officerPassword}});
    const CliRun again =
        runCli({QStringLiteral("server-setup"), QStringLiteral("--database"), server});
    INFO(again.err.toStdString());
    REQUIRE(again.code == 0);
    const auto addUser = [&](const QString &as, const QString &asPassword, const QString &role,
                             const QString &name, const QString &password) {
        return roles.addUser(as, asPassword, role, name, password);
    };
    const QString malloryPassword = QStringLiteral("mallory's password");
    // The server checks the password: a wrong one does not connect.
    CHECK(addUser(boss, QStringLiteral("not the boss's password"), QStringLiteral("admin"), mallory,
                  malloryPassword)
              .code == 1);
    // A receptionist and an officer may not add an administrator.
    CHECK(addUser(desk, deskPassword, QStringLiteral("admin"), mallory, malloryPassword).code == 1);
    CHECK(
        addUser(officer, officerPassword, QStringLiteral("admin"), mallory, malloryPassword).code ==
        1);
    CHECK_FALSE(AsLogin(server, mallory, malloryPassword).isOpen());
    CHECK_FALSE(AsLogin(server, desk, QStringLiteral("not the desk's password")).isOpen());

    // import as the receptionist's own login: the audit names them.
    const QString csv = fresh.dir().filePath(QStringLiteral("people.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QString::fromUtf8("national_id,first_name,family_name\n"
                                  "1000000008,أحمد,الشهري\n")
                    .toUtf8());
    }
    const CliRun imported = runCli({QStringLiteral("import"), QStringLiteral("--database"), server,
                                    QStringLiteral("--user"), desk, csv},
                                   lines({deskPassword}));
    INFO(imported.err.toStdString());
    REQUIRE(imported.code == 0);

    AsLogin asBoss(server, boss, bossPassword);
    INFO(asBoss.error().toStdString());
    REQUIRE(asBoss.isOpen());
    QVariant bossId, deskId, creator;
    REQUIRE(asBoss.exec(QStringLiteral("SELECT id FROM users WHERE username = '%1'").arg(boss),
                        &bossId));
    REQUIRE(asBoss.exec(QStringLiteral("SELECT id FROM users WHERE username = '%1'").arg(desk),
                        &deskId));
    REQUIRE(asBoss.exec(QStringLiteral("SELECT u.username FROM audit_log a JOIN users u ON "
                                       "u.id = a.user_id WHERE a.action = 'beneficiary.create'"),
                        &creator));
    CHECK(creator.toString() == desk);

    // The receptionist's login through plain SQL.
    AsLogin asDesk(server, desk, deskPassword);
    INFO(asDesk.error().toStdString());
    REQUIRE(asDesk.isOpen());
    CHECK(asDesk.exec(QStringLiteral("SELECT count(*) FROM cases")));
    CHECK(asDesk.exec(QStringLiteral("UPDATE beneficiaries SET city = 'Jeddah'")));
    const QStringList refusedToDesk = {
        QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'mallory''s password'").arg(mallory),
        QStringLiteral("SELECT istiqbal_create_login('%1', 'mallory''s password', "
                       "ARRAY['istiqbal_admin'])")
            .arg(mallory),
        QStringLiteral("GRANT istiqbal_admin TO %1").arg(desk),
        QStringLiteral("SET ROLE istiqbal_admin"),
        QStringLiteral("UPDATE users SET roles = 'admin' WHERE username = '%1'").arg(desk),
        QStringLiteral("INSERT INTO users (username, display_name, roles, password_hash, "
                       "created_at) VALUES ('%1', 'M', 'admin', '', 0)")
            .arg(mallory),
        QStringLiteral("SELECT password_hash FROM users"),
        QStringLiteral("UPDATE audit_log SET action = 'nothing'"),
        QStringLiteral("DELETE FROM audit_log"),
        QStringLiteral("TRUNCATE audit_log"),
        QStringLiteral("DROP TRIGGER audit_log_user ON audit_log"),
        QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER"),
        QStringLiteral("UPDATE services SET name_ar = 'x'"),
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('association.name', 'x')"),
        QStringLiteral("INSERT INTO eligibility_overrides SELECT * FROM eligibility_overrides"),
        QStringLiteral("CREATE TABLE mine (x integer)"),
    };
    for (const QString &sql : refusedToDesk) {
        INFO(sql.toStdString());
        CHECK_FALSE(asDesk.exec(sql));
    }
    // The audit row's user is the login that wrote it, whatever was sent (or
    // the row is refused whole, e.g. for a chain it does not fit).
    QVariant written;
    if (asDesk.exec(QStringLiteral("INSERT INTO audit_log (at, user_id, action, entity, "
                                   "entity_id, details) VALUES (0, %1, 'case.forged', "
                                   "'case', 1, '{}') RETURNING user_id")
                        .arg(bossId.toLongLong()),
                    &written))
        CHECK(written.toLongLong() == deskId.toLongLong());
    else
        WARN(asDesk.error().toStdString());

    // The officer's login: desk and officer work, nothing of the administrator's.
    AsLogin asOfficer(server, officer, officerPassword);
    REQUIRE(asOfficer.isOpen());
    CHECK(asOfficer.exec(QStringLiteral("UPDATE cases SET closing_reason = closing_reason")));
    for (const QString &sql :
         {QStringLiteral("SELECT istiqbal_create_login('%1', 'mallory''s password', "
                         "ARRAY['istiqbal_admin'])")
              .arg(mallory),
          QStringLiteral("UPDATE users SET active = 0"),
          QStringLiteral("GRANT istiqbal_admin TO %1").arg(officer),
          QStringLiteral("UPDATE services SET name_ar = 'x'"),
          QStringLiteral("DELETE FROM settings"), QStringLiteral("DELETE FROM audit_log")}) {
        INFO(sql.toStdString());
        CHECK_FALSE(asOfficer.exec(sql));
    }

    // Not even the administrator's login changes the audit.
    CHECK_FALSE(
        asBoss.exec(QStringLiteral("UPDATE audit_log SET user_id = %1").arg(bossId.toLongLong())));
    CHECK_FALSE(asBoss.exec(QStringLiteral("DELETE FROM audit_log")));
    CHECK_FALSE(asBoss.exec(QStringLiteral("DROP TRIGGER audit_log_user ON audit_log")));
    CHECK_FALSE(AsLogin(server, mallory, malloryPassword).isOpen());
}

TEST_CASE("An administrator's changes to a person follow their login on the server", "[cli][pg]")
{
    TestDb::requirePostgres();
    TestDb::Fresh fresh;
    const SetUpServer window(fresh, QStringLiteral("window"));
    const QString &server = window.server;
    const QString &boss = window.boss;
    const QString &bossPassword = window.bossPassword;
    const QString desk = window.login(QStringLiteral("desk"));
    const QString officer = window.login(QStringLiteral("officer"));
    const QString deskPassword = QStringLiteral("the desk's password");
    const QString officerPassword = QStringLiteral("the officer's password");
    window.setUpWith({{desk, QStringLiteral("receptionist"), deskPassword},
                      {officer, QStringLiteral("officer"), officerPassword}});

    // The window's sign-in: the desk opens the database with the address's
    // login; signing in makes the connection the person's own.
    Database db;
    REQUIRE(db.open(server).ok());
    Authenticator auth(db);
    CHECK(auth.serverKeepsPasswords());
    CHECK_FALSE(auth.signIn(boss, QStringLiteral("not the boss's password")).ok());
    const Result<Session> session = auth.signIn(boss, bossPassword);
    INFO(session.error().toStdString());
    REQUIRE(session.ok());
    CHECK(ServerRoles::connectedLogin(db).value() == boss);
    CHECK(session->hasRole(Role::Administrator));

    UserAdmin admin(db, *session, auth);
    UserRepository users(db);
    const qint64 deskId = users.findByUsername(desk).value()->id;
    const qint64 officerId = users.findByUsername(officer).value()->id;

    // A receptionist made manager: the login's rights are the manager's now.
    REQUIRE(admin.updateUser(deskId, QStringLiteral("Desk"), {Role::Manager}).ok());
    {
        AsLogin asDesk(server, desk, deskPassword);
        REQUIRE(asDesk.isOpen());
        // (A manager may update beneficiaries, to anonymise them; not their documents.)
        CHECK_FALSE(asDesk.exec(QStringLiteral("UPDATE documents SET verified = verified")));
        CHECK(asDesk.exec(QStringLiteral("UPDATE services SET name_ar = name_ar")));
    }
    // A new password is the login's; a deactivated person's login cannot connect.
    const QString newOfficerPassword = QStringLiteral("the officer's new password");
    REQUIRE(admin.resetPassword(officerId, newOfficerPassword).ok());
    CHECK_FALSE(AsLogin(server, officer, officerPassword).isOpen());
    CHECK(AsLogin(server, officer, newOfficerPassword).isOpen());
    REQUIRE(admin.setActive(officerId, false).ok());
    CHECK_FALSE(AsLogin(server, officer, newOfficerPassword).isOpen());

    // Anyone changes their own password, on the server.
    const QString newBossPassword = QStringLiteral("the boss's new password");
    REQUIRE(admin.changeOwnPassword(bossPassword, newBossPassword).ok());
    CHECK_FALSE(AsLogin(server, boss, bossPassword).isOpen());
    CHECK(AsLogin(server, boss, newBossPassword).isOpen());
    CHECK(ServerRoles::connectedLogin(db).value() == boss);
}

TEST_CASE("Passwords reach the server only as SCRAM verifiers the desk computed", "[cli][pg]")
{
    TestDb::requirePostgres();
    TestDb::Fresh fresh;
    SetUpServer scram(fresh, QStringLiteral("scram"));
    const QString &server = scram.server;
    const auto address = DatabaseAddress::parse(server);
    REQUIRE(address.ok());
    AsLogin owner(server, address->userName(), address->password());
    REQUIRE(owner.isOpen());
    // Every statement on this database goes to the server's log from now on;
    // the log's end now is where this test's statements start.
    const QString logFile = QStringLiteral("current_setting('data_directory') || '/../log'");
    QVariant logStart;
    REQUIRE(owner.exec(QStringLiteral("SELECT (pg_stat_file(%1)).size").arg(logFile), &logStart));
    REQUIRE(owner.exec(QStringLiteral("ALTER DATABASE \"%1\" SET log_statement = 'all'")
                           .arg(address->databaseName())));

    const QString &tag = scram.tag;
    const QString &boss = scram.boss;
    const QString desk = scram.login(QStringLiteral("desk"));
    // An Arabic password, and one SASLprep changes (full-width letters, a soft
    // hyphen): libpq prepares it as the server does when it signs in.
    scram.bossPassword = QString::fromUtf8("كلمة سر المدير ") + tag;
    const QString &bossPassword = scram.bossPassword;
    const QString deskPassword = QString::fromUtf8("ｄｅｓｋ\u00ADpass ") + tag;
    scram.setUpWith({{desk, QStringLiteral("receptionist"), deskPassword}});

    // The server keeps what the desk computed and signs in with the password
    // over SCRAM (pg_hba asks istiqbal_person's logins for it).
    CHECK(AsLogin(server, boss, bossPassword).isOpen());
    CHECK(AsLogin(server, desk, deskPassword).isOpen());
    CHECK(AsLogin(server, desk, QStringLiteral("deskpass ") + tag).isOpen());
    CHECK_FALSE(AsLogin(server, desk, QStringLiteral("desk-pass ") + tag).isOpen());
    CHECK_FALSE(AsLogin(server, boss, QString::fromUtf8("كلمة سر")).isOpen());

    // Plain text where a verifier belongs is refused, whoever sends it.
    AsLogin asBoss(server, boss, bossPassword);
    REQUIRE(asBoss.isOpen());
    const QString plain = QStringLiteral("plain text password");
    for (const QString &sql :
         {QStringLiteral("SELECT istiqbal_create_login('plain%1', '%2', "
                         "ARRAY['istiqbal_receptionist'])")
              .arg(tag, plain),
          QStringLiteral("SELECT istiqbal_update_login('%1', true, "
                         "ARRAY['istiqbal_receptionist'], '%2')")
              .arg(desk, plain),
          QStringLiteral("SELECT istiqbal_change_own_password('%1')").arg(plain),
          QStringLiteral(
              "SELECT istiqbal_change_own_password('SCRAM-SHA-256$4096:c2FsdA==$a:b')")}) {
        INFO(sql.toStdString());
        CHECK_FALSE(asBoss.exec(sql));
        CHECK(asBoss.error().contains(QStringLiteral("SCRAM-SHA-256 verifier")));
    }
    CHECK(AsLogin(server, boss, bossPassword).isOpen());
    CHECK(AsLogin(server, desk, deskPassword).isOpen());
    QVariant plainLogins;
    REQUIRE(owner.exec(
        QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = 'plain%1'").arg(tag),
        &plainLogins));
    CHECK(plainLogins.toInt() == 0);

    // The log has the statements that made the logins, with their verifiers,
    // and neither password.
    QVariant log;
    REQUIRE(owner.exec(QStringLiteral("SELECT pg_read_file(%1, %2, 1 << 26)")
                           .arg(logFile)
                           .arg(logStart.toLongLong()),
                       &log));
    const QString text = log.toString();
    CHECK(text.contains(QStringLiteral("istiqbal_create_login")));
    QVariant deskVerifier;
    REQUIRE(owner.exec(
        QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = '%1'").arg(desk),
        &deskVerifier));
    CHECK(ScramVerifier::isVerifier(deskVerifier.toString()));
    CHECK(text.contains(deskVerifier.toString()));
    CHECK_FALSE(text.contains(bossPassword));
    CHECK_FALSE(text.contains(deskPassword));
    CHECK_FALSE(text.contains(QStringLiteral("deskpass ") + tag));

    // PostgreSQL's own SCRAM of the same passwords (the server prepares and
    // hashes them itself here) is the desk's, given the server's salt: also for
    // those SASLprep prohibits (used as raw bytes).
    REQUIRE(owner.exec(QStringLiteral("SET password_encryption = 'scram-sha-256'")));
    int n = 0;
    for (const QString &password :
         {bossPassword, deskPassword, QString::fromUtf8("pass\u200Eword\u00AD"),
          QString::fromUtf8("كلمةabcكلمة\u00AD"), QString::fromUtf8("pass\U0001F600\u00AD"),
          QString::fromUtf8("ﻛﻠﻤﺔ ﺍﻟﺴﺮ"), QString::fromUtf8("كلمة سر المدير")}) {
        INFO(password.toStdString());
        const QString probe = QStringLiteral("probe%1_%2").arg(tag).arg(++n);
        REQUIRE(owner.exec(QStringLiteral("CREATE ROLE %1 PASSWORD '%2'").arg(probe, password)));
        QVariant stored;
        const bool read = owner.exec(
            QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = '%1'").arg(probe),
            &stored);
        owner.exec(QStringLiteral("DROP ROLE %1").arg(probe));
        REQUIRE(read);
        const QStringList parts = stored.toString().split(QLatin1Char('$'));
        REQUIRE(parts.size() == 3);
        const QStringList head = parts.at(1).split(QLatin1Char(':'));
        REQUIRE(head.size() == 2);
        CHECK(ScramVerifier::make(password, QByteArray::fromBase64(head.at(1).toLatin1()),
                                  head.at(0).toInt()) == stored.toString());
    }
}

TEST_CASE("Signing out gives the connection back to the address's login, and a refused sign-in "
          "changes nothing",
          "[cli][pg]")
{
    TestDb::requirePostgres();
    TestDb::Fresh fresh;
    const SetUpServer signout(fresh, QStringLiteral("signout"));
    const QString &server = signout.server;
    const QString &tag = signout.tag;
    const QString &boss = signout.boss;
    const QString &bossPassword = signout.bossPassword;
    const QString desk = signout.login(QStringLiteral("desk"));
    const QString deskPassword = QString::fromUtf8("كلمة سر المكتب");
    signout.setUpWith({{desk, QStringLiteral("receptionist"), deskPassword}});

    // The address's login (here the server's owner) until someone signs in.
    Database db;
    REQUIRE(db.open(server).ok());
    const QString owner = ServerRoles::connectedLogin(db).value();
    Authenticator auth(db);
    const Result<Session> refused = auth.signIn(desk, QStringLiteral("not the desk's password"));
    CHECK(refused.error() == Authenticator::wrongCredentials());
    CHECK(ServerRoles::connectedLogin(db).value() == owner);
    CHECK(auth.signIn(QStringLiteral("nobody") + tag, deskPassword).error() ==
          Authenticator::wrongCredentials());
    CHECK(ServerRoles::connectedLogin(db).value() == owner);
    const Result<Session> session = auth.signIn(desk, deskPassword);
    INFO(session.error().toStdString());
    REQUIRE(session.ok());
    CHECK(ServerRoles::connectedLogin(db).value() == desk);
    auth.signOut(*session);
    CHECK(ServerRoles::connectedLogin(db).value() == owner);

    // A desk whose address has a login but no password, and no ~/.pgpass:
    // the server refuses it, there is no connection until someone signs in,
    // and none again once they sign out.
    const QByteArray oldPassFile = qgetenv("PGPASSFILE");
    qputenv("PGPASSFILE", QByteArrayLiteral("/nonexistent/istiqbal-test-pgpass"));
    Database bare;
    const Status opened = bare.open(ServerRoles::loginLocation(server, desk, QString()));
    CHECK_FALSE(opened.ok());
    CHECK(Authenticator::connectsAtSignIn(bare, opened));
    Authenticator atDesk(bare);
    CHECK(atDesk.signIn(boss, QStringLiteral("not the boss's password")).error() ==
          Authenticator::wrongCredentials());
    CHECK_FALSE(bare.isOpen());
    const Result<Session> bossSession = atDesk.signIn(boss, bossPassword);
    INFO(bossSession.error().toStdString());
    REQUIRE(bossSession.ok());
    CHECK(ServerRoles::connectedLogin(bare).value() == boss);
    atDesk.signOut(*bossSession);
    CHECK_FALSE(bare.isOpen());
    const Result<Session> deskSession = atDesk.signIn(desk, deskPassword);
    REQUIRE(deskSession.ok());
    CHECK(ServerRoles::connectedLogin(bare).value() == desk);
    if (oldPassFile.isNull())
        qunsetenv("PGPASSFILE");
    else
        qputenv("PGPASSFILE", oldPassFile);

    // A server nobody answers for is not taken for one that refused the login.
    Database away;
    const QString nowhere = QStringLiteral("postgresql://%1@127.0.0.1:1/nothing").arg(desk);
    const Status unreachable = away.open(nowhere);
    CHECK_FALSE(unreachable.ok());
    CHECK_FALSE(Authenticator::connectsAtSignIn(away, unreachable));
}
