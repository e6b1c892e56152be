#include "storage/ServerRoles.h"

#include "storage/Database.h"
#include "storage/ScramVerifier.h"
#include "storage/SqlSupport.h"

#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

namespace {

// Tables a role writes, with the privileges it needs on each (ON CONFLICT ...
// DO UPDATE needs UPDATE as well as INSERT). Everything else is read-only for
// people; the audit log is insert-only for everyone.
struct Grant
{
    const char *privileges;
    const char *table;
};

const Grant kDeskWork[] = {{"INSERT, UPDATE", "beneficiaries"},
                           {"INSERT, DELETE", "name_tokens"},
                           {"INSERT, DELETE", "name_folds"},
                           {"INSERT, UPDATE", "documents"},
                           {"INSERT, UPDATE", "cases"},
                           {"INSERT", "step_events"},
                           {"INSERT, UPDATE", "referrals"},
                           {"INSERT, UPDATE", "deliveries"},
                           {"INSERT, UPDATE", "survey_responses"},
                           {"INSERT, UPDATE", "survey_answers"},
                           {"INSERT, UPDATE", "case_answers"},
                           {"INSERT, UPDATE", "case_service_rules"},
                           {"INSERT, UPDATE", "file_number_sequences"},
                           {"INSERT", "follow_ups_done"},
                           {"INSERT", "personal_values"},
                           // Program requests (issue 16): requesters and requests received
                           {"INSERT, UPDATE", "organisations"},
                           {"INSERT, DELETE", "organisation_name_tokens"},
                           {"INSERT, DELETE", "organisation_name_folds"},
                           {"INSERT, UPDATE", "program_requests"},
                           {"INSERT, UPDATE, DELETE", "program_request_attachments"}};

const Grant kOfficerWork[] = {{"INSERT", "eligibility_overrides"}};

const Grant kManagerWork[] = {{"INSERT, UPDATE", "services"},
                              {"INSERT, DELETE", "service_required_documents"},
                              {"INSERT", "service_rule_versions"},
                              {"INSERT, UPDATE", "document_types"},
                              {"INSERT, UPDATE", "survey_questions"},
                              {"INSERT, UPDATE", "approved_answers"},
                              {"INSERT, UPDATE", "monthly_recommendations"},
                              {"INSERT, UPDATE", "data_requests"},
                              {"INSERT, UPDATE", "program_kinds"},
                              // Deciding on a program request (DecideProgramRequests)
                              {"UPDATE", "program_requests"},
                              // The retention period and the privacy notice's text
                              {"INSERT, UPDATE", "settings"},
                              // Anonymising a person (DestroyPersonalData)
                              {"UPDATE", "beneficiaries"},
                              {"DELETE", "name_tokens"},
                              {"DELETE", "name_folds"},
                              {"DELETE", "personal_values"},
                              {"UPDATE", "cases"},
                              {"UPDATE", "step_events"},
                              {"UPDATE", "referrals"},
                              {"UPDATE", "deliveries"},
                              {"UPDATE", "survey_responses"},
                              {"UPDATE", "follow_ups_done"},
                              {"UPDATE", "eligibility_overrides"}};

const Grant kAdministratorWork[] = {
    {"INSERT, UPDATE (display_name, roles, active, password_hash, version)", "users"},
    {"SELECT (password_hash)", "users"},
    {"INSERT, UPDATE, DELETE", "settings"},
    {"INSERT, UPDATE", "data_requests"},
    {"UPDATE (restricted_at, restriction_reason, updated_at, version)", "beneficiaries"}};

QString grants(const QString &group, const Grant *begin, const Grant *end)
{
    QString sql;
    for (const Grant *g = begin; g != end; ++g)
        sql += QStringLiteral("GRANT %1 ON %2 TO %3;\n")
                   .arg(QLatin1String(g->privileges), QLatin1String(g->table), group);
    return sql;
}

template <std::size_t N> QString grants(const QString &group, const Grant (&list)[N])
{
    return grants(group, list, list + N);
}

// The functions take a password only as the SCRAM-SHA-256 verifier the
// client computed (ScramVerifier), never as plain text: refused otherwise, so
// a password sent by mistake is neither stored nor kept in the server's log.
// (StoredKey and ServerKey are 32 bytes: 43 base64 characters and '='.)
QString verifierCheck()
{
    return QStringLiteral(
        "IF secret IS NOT NULL AND secret !~ '^SCRAM-SHA-256\\$[1-9][0-9]*:[A-Za-z0-9+/]+=*"
        "\\$[A-Za-z0-9+/]{43}=:[A-Za-z0-9+/]{43}=$' THEN "
        "RAISE EXCEPTION 'a password must come as a SCRAM-SHA-256 verifier, not as text' "
        "USING ERRCODE = 'invalid_password'; END IF; ");
}

QString verifierOrNull(const QString &password)
{
    return password.isEmpty() ? QString() : ScramVerifier::make(password);
}

QStringList setUpStatements()
{
    const QString person = ServerRoles::personGroup();
    const QString receptionist = ServerRoles::groupFor(Role::Receptionist);
    const QString officer = ServerRoles::groupFor(Role::ProgramOfficer);
    const QString manager = ServerRoles::groupFor(Role::Manager);
    const QString admin = ServerRoles::groupFor(Role::Administrator);
    const QString backup = ServerRoles::backupGroup();
    QStringList sql;
    // Group roles are the server's, shared by its databases: created once,
    // by whichever setup comes first (another may race us to it).
    sql << QStringLiteral(
               "DO $$ DECLARE g text; BEGIN "
               "FOREACH g IN ARRAY ARRAY['%1', '%2', '%3', '%4', '%5', '%6'] LOOP "
               "IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = g) THEN "
               "BEGIN EXECUTE format('CREATE ROLE %I NOLOGIN', g); "
               "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END; "
               "END IF; END LOOP; END $$")
               .arg(person, receptionist, officer, manager, admin, backup)
        << QStringLiteral("GRANT %1 TO %2, %3, %4, %5")
               .arg(person, receptionist, officer, manager, admin)
        // pg_dump reads every row of every table, the password column and the
        // sequences included: a manager's or administrator's backup (on a file
        // a manager copies the whole database just the same).
        << QStringLiteral("GRANT %1 TO %2, %3").arg(backup, manager, admin);

    // Nothing for anyone by default; then reading for every person (but not
    // the password column), the audit for adding to.
    sql << QStringLiteral("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
        << QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, %1, %2, %3, "
                          "%4, %5, %6")
               .arg(person, receptionist, officer, manager, admin, backup)
        << QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(backup)
        << QStringLiteral("GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO %1").arg(backup)
        << QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(person)
        << QStringLiteral(
               "DO $$ DECLARE t text; BEGIN "
               "FOR t IN SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = 'public' "
               "AND tablename <> 'users' LOOP "
               "EXECUTE format('GRANT SELECT ON public.%I TO %1', t); END LOOP; END $$")
               .arg(person)
        << QStringLiteral("GRANT SELECT (id, username, display_name, roles, active, created_at, "
                          "version) ON users TO %1")
               .arg(person)
        << QStringLiteral("GRANT INSERT ON audit_log TO %1").arg(person)
        // The audit chain's head (schema 5, issue 11) moves with every audit
        // row, whoever writes it.
        << QStringLiteral("DO $$ BEGIN IF to_regclass('public.audit_chain') IS NOT NULL THEN "
                          "GRANT INSERT, UPDATE ON audit_chain TO %1; END IF; END $$")
               .arg(person)
        << QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1").arg(person);
    QString work = grants(receptionist, kDeskWork) + grants(officer, kDeskWork) +
                   grants(officer, kOfficerWork) + grants(manager, kManagerWork) +
                   grants(admin, kAdministratorWork);
    for (const QString &statement : work.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        sql << statement.chopped(1);

    // The audit row's user is the login that wrote it, whatever the client
    // sent. The owner and superusers (setup, migrate-to copying old rows)
    // write as themselves.
    sql << QStringLiteral(
               "CREATE OR REPLACE FUNCTION istiqbal_audit_user() RETURNS trigger "
               "LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$ BEGIN "
               "IF pg_has_role(session_user, '%1', 'MEMBER') AND NOT (SELECT rolsuper FROM "
               "pg_roles WHERE rolname = session_user) THEN "
               "NEW.user_id := (SELECT id FROM public.users WHERE username = session_user::text); "
               "IF NEW.user_id IS NULL THEN RAISE EXCEPTION 'the login % is not an Istiqbal "
               "user', session_user USING ERRCODE = 'insufficient_privilege'; END IF; "
               "END IF; RETURN NEW; END $$")
               .arg(person)
        << QStringLiteral("DROP TRIGGER IF EXISTS audit_log_user ON audit_log")
        << QStringLiteral("CREATE TRIGGER audit_log_user BEFORE INSERT ON audit_log "
                          "FOR EACH ROW EXECUTE FUNCTION istiqbal_audit_user()");

    // Logins are made only here, with the owner's CREATEROLE, for an
    // administrator's login: no person's login holds CREATEROLE or may grant
    // an Istiqbal group (they could make themselves administrator).
    sql << QStringLiteral(
               "CREATE OR REPLACE FUNCTION istiqbal_create_login(login text, secret text, "
               "groups text[]) RETURNS void LANGUAGE plpgsql SECURITY DEFINER "
               "SET search_path = pg_catalog SET password_encryption = 'scram-sha-256' AS $$ "
               "DECLARE g text; BEGIN "
               "IF NOT (session_user = current_user OR (pg_has_role(session_user, '%1', "
               "'MEMBER') AND pg_has_role(session_user, '%2', 'MEMBER'))) THEN "
               "RAISE EXCEPTION 'only an Istiqbal administrator may add a login' "
               "USING ERRCODE = 'insufficient_privilege'; END IF; "
               "IF login IS NULL OR length(login) < 2 OR octet_length(login) > 63 "
               "OR login ~ '[[:space:][:cntrl:]\"]' OR login LIKE 'pg\\_%' THEN "
               "RAISE EXCEPTION 'not a login name: %', login; END IF; "
               "IF secret IS NULL THEN RAISE EXCEPTION 'a login needs a password'; END IF; "
               "%6"
               "IF coalesce(array_length(groups, 1), 0) = 0 THEN "
               "RAISE EXCEPTION 'a login needs a role'; END IF; "
               "FOREACH g IN ARRAY groups LOOP "
               "IF g NOT IN ('%3', '%4', '%5', '%1') THEN "
               "RAISE EXCEPTION 'not an Istiqbal role: %', g; END IF; END LOOP; "
               "IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN "
               "RAISE EXCEPTION 'a login named % already exists on the server', login "
               "USING ERRCODE = 'duplicate_object'; END IF; "
               "EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', login, secret); "
               "FOREACH g IN ARRAY groups LOOP "
               "EXECUTE format('GRANT %I TO %I', g, login); END LOOP; END $$")
               .arg(admin, person, receptionist, officer, manager, verifierCheck())
        // Changing a person's login: only logins of Istiqbal's people (never
        // the owner or a superuser), only Istiqbal's groups.
        << QStringLiteral(
               "CREATE OR REPLACE FUNCTION istiqbal_update_login(login text, can_login boolean, "
               "groups text[], secret text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER "
               "SET search_path = pg_catalog SET password_encryption = 'scram-sha-256' AS $$ "
               "DECLARE g text; is_member boolean; BEGIN "
               "IF NOT (session_user = current_user OR (pg_has_role(session_user, '%1', "
               "'MEMBER') AND pg_has_role(session_user, '%2', 'MEMBER'))) THEN "
               "RAISE EXCEPTION 'only an Istiqbal administrator may change a login' "
               "USING ERRCODE = 'insufficient_privilege'; END IF; "
               "IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login AND NOT rolsuper "
               "AND NOT rolcreaterole) "
               "OR NOT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = "
               "m.roleid JOIN pg_roles r ON r.oid = m.member WHERE r.rolname = login AND "
               "g.rolname IN ('%3', '%4', '%5', '%1')) THEN "
               "RAISE EXCEPTION 'not the login of an Istiqbal user: %', login; END IF; "
               "%6"
               "FOREACH g IN ARRAY groups LOOP "
               "IF g NOT IN ('%3', '%4', '%5', '%1') THEN "
               "RAISE EXCEPTION 'not an Istiqbal role: %', g; END IF; END LOOP; "
               "FOREACH g IN ARRAY ARRAY['%3', '%4', '%5', '%1'] LOOP "
               "is_member := EXISTS (SELECT 1 FROM pg_auth_members WHERE roleid = g::regrole "
               "AND member = quote_ident(login)::regrole); "
               "IF g = ANY (groups) AND NOT is_member THEN "
               "EXECUTE format('GRANT %I TO %I', g, login); "
               "ELSIF is_member AND NOT g = ANY (groups) THEN "
               "EXECUTE format('REVOKE %I FROM %I', g, login); END IF; END LOOP; "
               "EXECUTE format('ALTER ROLE %I %s', login, "
               "CASE WHEN can_login THEN 'LOGIN' ELSE 'NOLOGIN' END); "
               "IF secret IS NOT NULL THEN "
               "EXECUTE format('ALTER ROLE %I PASSWORD %L', login, secret); END IF; END $$")
               .arg(admin, person, receptionist, officer, manager, verifierCheck())
        << QStringLiteral("CREATE OR REPLACE FUNCTION istiqbal_change_own_password(secret text) "
                          "RETURNS void LANGUAGE plpgsql SET search_path = pg_catalog "
                          "SET password_encryption = 'scram-sha-256' AS $$ BEGIN "
                          "IF secret IS NULL THEN RAISE EXCEPTION 'no new password'; END IF; %1"
                          "EXECUTE format('ALTER ROLE %I PASSWORD %L', session_user, secret); "
                          "END $$")
               .arg(verifierCheck())
        << QStringLiteral("REVOKE ALL ON FUNCTION istiqbal_update_login(text, boolean, text[], "
                          "text) FROM PUBLIC")
        << QStringLiteral("GRANT EXECUTE ON FUNCTION istiqbal_update_login(text, boolean, "
                          "text[], text) TO %1")
               .arg(admin)
        << QStringLiteral("REVOKE ALL ON FUNCTION istiqbal_change_own_password(text) FROM PUBLIC")
        << QStringLiteral("GRANT EXECUTE ON FUNCTION istiqbal_change_own_password(text) TO %1")
               .arg(person)
        << QStringLiteral("REVOKE ALL ON FUNCTION istiqbal_create_login(text, text, text[]) "
                          "FROM PUBLIC")
        << QStringLiteral("GRANT EXECUTE ON FUNCTION istiqbal_create_login(text, text, text[]) "
                          "TO %1")
               .arg(admin);
    return sql;
}

} // namespace

QString ServerRoles::groupFor(Role role)
{
    return QStringLiteral("istiqbal_") + Domain::code(role);
}

Status ServerRoles::setUp(Database &db)
{
    if (!db.isServer())
        return Status::failure(tr("Roles on the server are for a PostgreSQL database; a file "
                                  "on this computer is protected by its folder's permissions."));
    return db.transaction([&]() -> Status {
        for (const QString &sql : setUpStatements()) {
            if (Status s = db.execute(sql, tr("Could not set up the roles on the server (run "
                                              "this as the database's owner, a login with "
                                              "CREATEROLE)."));
                !s)
                return s;
        }
        return Status::success();
    });
}

bool ServerRoles::isSetUp(Database &db)
{
    if (!db.isServer())
        return false;
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT to_regprocedure('istiqbal_create_login(text, text, "
                                 "text[])') IS NOT NULL")) &&
           q.next() && q.value(0).toBool();
}

QString ServerRoles::loginLocation(const QString &location, const QString &login,
                                   const QString &password)
{
    const Result<DatabaseAddress> address = DatabaseAddress::parse(location);
    if (!address || !address->isServer())
        return location;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(address->host());
    if (address->port() > 0)
        url.setPort(address->port());
    url.setUserName(login, QUrl::DecodedMode);
    if (!password.isEmpty())
        url.setPassword(password, QUrl::DecodedMode);
    url.setPath(QLatin1Char('/') + address->databaseName(), QUrl::DecodedMode);
    QUrlQuery query;
    for (const QString &o : address->options())
        query.addQueryItem(o.section(QLatin1Char('='), 0, 0), o.section(QLatin1Char('='), 1));
    if (!query.isEmpty())
        url.setQuery(query);
    // A password may hold any character: encoded whole, it parses back as it was.
    return url.toString(QUrl::FullyEncoded);
}

Status ServerRoles::switchLogin(Database &db, const QString &login, const QString &password)
{
    if (!db.isServer())
        return Status::failure(tr("Only a server database has logins."));
    const QString previous = db.location();
    const Status switched = db.open(loginLocation(previous, login, password));
    if (!switched) {
        // Back to the connection as it was: a wrong password changes nothing.
        if (const Status back = db.open(previous); !back)
            return Status::failure(tr("%1 The connection as it was could not be opened again "
                                      "either: %2")
                                       .arg(switched.error(), back.error()),
                                   switched.code());
    }
    return switched;
}

Status ServerRoles::updateLogin(Database &db, const QString &login, bool active,
                                const QVector<Role> &roles, const QString &newPassword)
{
    QStringList groups;
    for (Role r : roles)
        groups << groupFor(r);
    QSqlQuery q(db.connection());
    return Sql::exec(q,
                     QStringLiteral("SELECT istiqbal_update_login(?, ?, string_to_array(?, ','), "
                                    "?)"),
                     {login, active, groups.join(QLatin1Char(',')),
                      newPassword.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                            : QVariant(verifierOrNull(newPassword))},
                     tr("Could not change the login %1 on the server.").arg(login));
}

Status ServerRoles::changeOwnPassword(Database &db, const QString &newPassword)
{
    QSqlQuery q(db.connection());
    return Sql::exec(q, QStringLiteral("SELECT istiqbal_change_own_password(?)"),
                     {verifierOrNull(newPassword)},
                     tr("Could not change your password on the server."));
}

bool ServerRoles::refusedLogin(const Status &connectFailure)
{
    if (connectFailure)
        return false;
    static const char *const refusals[] = {"no password supplied",
                                           "password authentication failed",
                                           "authentication failed for user",
                                           "is not permitted to log in",
                                           "role \"",
                                           "password is required"};
    const QString text = connectFailure.error();
    for (const char *r : refusals)
        if (text.contains(QLatin1String(r), Qt::CaseInsensitive))
            return true;
    return false;
}

Result<QString> ServerRoles::connectedLogin(Database &db)
{
    QSqlQuery q(db.connection());
    if (Status s = Sql::exec(q, QStringLiteral("SELECT session_user::text"), {},
                             tr("Could not ask the server who is signed in."));
        !s)
        return s;
    if (!q.next())
        return Result<QString>::failure(tr("Could not ask the server who is signed in."));
    return q.value(0).toString();
}

Status ServerRoles::createLogin(Database &db, const QString &login, const QString &password,
                                const QVector<Role> &roles)
{
    QStringList groups;
    for (Role r : roles)
        groups << groupFor(r);
    QSqlQuery q(db.connection());
    return Sql::exec(q,
                     QStringLiteral("SELECT istiqbal_create_login(?, ?, "
                                    "string_to_array(?, ','))"),
                     {login, verifierOrNull(password), groups.join(QLatin1Char(','))},
                     tr("Could not add the login %1 on the server (is the server set up with "
                        "istiqbal server-setup, and are you its administrator?).")
                         .arg(login));
}
