#include "SqliteTool.h"
#include "StorageTestSupport.h"

#include "storage/AuditRepository.h"
#include "storage/BeneficiaryRepository.h"
#include "storage/DatabaseBackup.h"
#include "storage/DatabaseCheck.h"
#include "storage/SqlDialect.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>

#include <stdexcept>

using namespace StorageTest;

namespace {

QString text(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toString();
}

// Opening location, which holds schema version newer, is refused in words.
void checkRefusedAsNewer(const QString &location, int newer)
{
    Database db;
    const Status s = db.open(location);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().contains(QStringLiteral("newer version of Istiqbal")));
    CHECK(s.error().contains(QStringLiteral("schema %1").arg(newer)));
    CHECK(s.error().contains(
        QStringLiteral("understands up to %1").arg(Database::latestSchemaVersion())));
    CHECK_FALSE(db.isOpen());
}

} // namespace

TEST_CASE("A new database is created and migrated to the latest schema", "[storage]")
{
    Fixture f;
    CHECK(f.db.isOpen());
    CHECK(f.db.schemaVersion() == Database::latestSchemaVersion());
    CHECK(f.scalar(f.db.dialect().readSchemaVersion()) == Database::latestSchemaVersion());
    const QStringList tables = f.db.connection().tables();
    for (const char *table :
         {"users", "beneficiaries", "name_tokens", "name_folds", "documents", "document_types",
          "services", "service_required_documents", "cases", "step_events", "referrals",
          "deliveries", "survey_questions", "survey_responses", "survey_answers",
          "file_number_sequences", "settings", "audit_log"}) {
        INFO(table);
        CHECK(tables.contains(QLatin1String(table)));
    }
    CHECK(f.db.dialect().isPostgreSQL() == TestDb::isPostgres());
}

TEST_CASE("The connection uses WAL, full sync, foreign keys and a busy timeout",
          "[storage][sqlite]")
{
    Fixture f;
    const QSqlDatabase c = f.db.connection();
    CHECK(text(c, QStringLiteral("PRAGMA journal_mode")) == QStringLiteral("wal"));
    CHECK(f.scalar(QStringLiteral("PRAGMA synchronous")) == 2);
    CHECK(f.scalar(QStringLiteral("PRAGMA foreign_keys")) == 1);
    CHECK(f.scalar(QStringLiteral("PRAGMA busy_timeout")) >= 5000);
}

TEST_CASE("Each Database has its own connection, removed when it goes away", "[storage]")
{
    TestDb::Fresh fresh;
    QString first, second;
    {
        Database a, b;
        REQUIRE(a.open(fresh.location()).ok());
        REQUIRE(b.open(fresh.location()).ok());
        first = a.connectionName();
        second = b.connectionName();
        CHECK(first != second);
        CHECK(QSqlDatabase::contains(first));
    }
    CHECK_FALSE(QSqlDatabase::contains(first));
    CHECK_FALSE(QSqlDatabase::contains(second));
}

TEST_CASE("Reopening keeps the data", "[storage]")
{
    TestDb::Fresh fresh;
    const QString path = fresh.location();
    qint64 id = 0;
    {
        Database db;
        REQUIRE(db.open(path).ok());
        auto b = BeneficiaryRepository(db).create(
            beneficiary(QStringLiteral("سارة"), QStringLiteral("علي"), QString(),
                        QStringLiteral("القحطاني"), nationalId(1)),
            0);
        REQUIRE(b.ok());
        id = b->id;
    }
    Database db;
    REQUIRE(db.open(path).ok());
    auto again = BeneficiaryRepository(db).get(id);
    REQUIRE(again.ok());
    CHECK(again->name.first == QStringLiteral("سارة"));
    CHECK(db.schemaVersion() == Database::latestSchemaVersion());
}

TEST_CASE("A database from a newer Istiqbal is refused and left untouched", "[storage][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.db"));
    {
        Database db;
        REQUIRE(db.open(path).ok());
    }
    const int newer = Database::latestSchemaVersion() + 7;
    SqliteTool::run(path, {QStringLiteral("PRAGMA user_version = %1").arg(newer)});
    const QByteArray before = readBytes(path);
    REQUIRE_FALSE(before.isEmpty());

    checkRefusedAsNewer(path, newer);
    CHECK(readBytes(path) == before);
}

TEST_CASE("A file that is not a database is refused and left untouched", "[storage][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("garbage.db"));
    QByteArray garbage;
    for (int i = 0; i < 8192; ++i)
        garbage.append(char((i * 37 + 11) & 0xff));
    writeBytes(path, garbage);

    Database db;
    const Status s = db.open(path);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().contains(QStringLiteral("not an Istiqbal database")));
    CHECK(readBytes(path) == garbage);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));

    // A text file that happens to be short.
    const QString note = dir.filePath(QStringLiteral("note.txt"));
    writeBytes(note, "hello");
    CHECK_FALSE(db.open(note).ok());
    CHECK(readBytes(note) == QByteArray("hello"));
}

TEST_CASE("A SQLite database of another program is refused and left untouched", "[storage][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    SqliteTool::run(path,
                    {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")});
    const QByteArray before = readBytes(path);
    Database db;
    const Status s = db.open(path);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().contains(QStringLiteral("another program")));
    CHECK(readBytes(path) == before);
}

TEST_CASE("A damaged database is refused on open or reported by check()", "[storage][sqlite]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.db"));
    {
        Database db;
        REQUIRE(db.open(path).ok());
        BeneficiaryRepository repo(db);
        for (int i = 0; i < 300; ++i) {
            REQUIRE(
                repo.create(beneficiary(QStringLiteral("محمد"), QStringLiteral("أحمد"), QString(),
                                        QStringLiteral("الغامدي"), nationalId(1000 + i)),
                            0)
                    .ok());
        }
        CHECK(DatabaseCheck::integrityOf(db).ok());
    }
    QByteArray bytes = readBytes(path);
    REQUIRE(bytes.size() > 8 * 4096);
    // Scribble over the pages after the first (the schema page stays intact).
    for (int i = 2 * 4096; i < bytes.size(); i += 7)
        bytes[i] = char(0xA5);
    writeBytes(path, bytes);

    Database db;
    const Status opened = db.open(path);
    if (opened.ok()) {
        const Status checked = DatabaseCheck::integrityOf(db);
        REQUIRE_FALSE(checked.ok());
        CHECK(checked.error().contains(QStringLiteral("damaged")));
    } else {
        CHECK(opened.error().contains(QStringLiteral("damaged")));
        CHECK(readBytes(path) == bytes);
    }
}

TEST_CASE("Open refuses a folder and a missing folder with a reason", "[storage][sqlite]")
{
    QTemporaryDir dir;
    Database db;
    const Status folder = db.open(dir.path());
    REQUIRE_FALSE(folder.ok());
    CHECK(folder.error().contains(QStringLiteral("folder")));
    const Status missing = db.open(dir.filePath(QStringLiteral("no/such/place.db")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().contains(QStringLiteral("does not exist")));
}

TEST_CASE("The audit log refuses UPDATE and DELETE", "[storage]")
{
    Fixture f;
    AuditRepository audit(f.db);
    REQUIRE(audit.record(f.userId, QStringLiteral("test.action"), QStringLiteral("test"), 1).ok());
    const qint64 rows = f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    REQUIRE(rows >= 1);

    QSqlQuery q(f.db.connection());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE audit_log SET action = 'forged'")));
    CHECK(q.lastError().databaseText().contains(QStringLiteral("append-only")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM audit_log")));
    CHECK(q.lastError().databaseText().contains(QStringLiteral("append-only")));
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")) == rows);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'forged'")) == 0);
}

TEST_CASE("A failed transaction leaves nothing behind", "[storage]")
{
    Fixture f;
    const qint64 before = f.scalar(QStringLiteral("SELECT COUNT(*) FROM settings"));
    auto insert = [&](const QString &key) {
        QSqlQuery q(f.db.connection());
        q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, 'x')"));
        q.addBindValue(key);
        return q.exec();
    };

    SECTION("work returns a failure")
    {
        const Status s = f.db.transaction([&]() -> Status {
            REQUIRE(insert(QStringLiteral("a")));
            REQUIRE(insert(QStringLiteral("b")));
            return Status::failure(QStringLiteral("changed my mind"));
        });
        CHECK_FALSE(s.ok());
        CHECK(s.error() == QStringLiteral("changed my mind"));
    }
    SECTION("work throws")
    {
        CHECK_THROWS_AS(f.db.transaction([&]() -> Status {
            REQUIRE(insert(QStringLiteral("a")));
            throw std::runtime_error("boom");
        }),
                        std::runtime_error);
    }
    SECTION("a nested failure inside a failed outer transaction")
    {
        const Status s = f.db.transaction([&]() -> Status {
            REQUIRE(insert(QStringLiteral("a")));
            const Status inner = f.db.transaction([&]() -> Status {
                REQUIRE(insert(QStringLiteral("b")));
                return Status::success();
            });
            REQUIRE(inner.ok());
            return Status::failure(QStringLiteral("outer fails"));
        });
        CHECK_FALSE(s.ok());
    }
    CHECK_FALSE(f.db.inTransaction());
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM settings")) == before);
    // The connection is usable afterwards.
    REQUIRE(f.db.transaction([&]() -> Status {
                    return insert(QStringLiteral("after")) ? Status::success()
                                                           : Status::failure(QStringLiteral("no"));
                })
                .ok());
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM settings")) == before + 1);
}

TEST_CASE("A failed nested transaction rolls back only its own part", "[storage]")
{
    Fixture f;
    auto insert = [&](const QString &key) {
        QSqlQuery q(f.db.connection());
        q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, 'x')"));
        q.addBindValue(key);
        return q.exec();
    };
    const Status s = f.db.transaction([&]() -> Status {
        REQUIRE(insert(QStringLiteral("outer")));
        const Status inner = f.db.transaction([&]() -> Status {
            REQUIRE(insert(QStringLiteral("inner")));
            return Status::failure(QStringLiteral("inner fails"));
        });
        CHECK_FALSE(inner.ok());
        return Status::success();
    });
    REQUIRE(s.ok());
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = 'outer'")) == 1);
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = 'inner'")) == 0);
}

TEST_CASE("A healthy database passes the integrity check and its backup opens", "[storage][sqlite]")
{
    Fixture f;
    auto b = BeneficiaryRepository(f.db).create(
        beneficiary(QStringLiteral("نورة"), QStringLiteral("سعد"), QString(),
                    QStringLiteral("العتيبي"), nationalId(42)),
        f.userId);
    REQUIRE(b.ok());
    CHECK(DatabaseCheck::integrityOf(f.db).ok());

    const QString copy = f.dir.filePath(QStringLiteral("backup.db"));
    const auto backedUp = DatabaseBackup::write(f.db, copy);
    INFO(backedUp.error().toStdString());
    REQUIRE(backedUp.ok());
    const auto again = DatabaseBackup::write(f.db, copy);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().contains(QStringLiteral("already exists")));

    Database restored;
    REQUIRE(restored.open(copy).ok());
    auto read = BeneficiaryRepository(restored).get(b->id);
    REQUIRE(read.ok());
    CHECK(read->name.family == QStringLiteral("العتيبي"));
    CHECK(DatabaseCheck::integrityOf(restored).ok());
}

TEST_CASE("The dialect keeps engine differences in one place", "[storage]")
{
    const SqlDialect sqlite(SqlDialect::Engine::SQLite);
    const SqlDialect pg(SqlDialect::Engine::PostgreSQL);
    CHECK(sqlite.beginWrite() == QStringList{QStringLiteral("BEGIN IMMEDIATE")});
    CHECK(pg.beginWrite().size() == 2);
    CHECK(pg.beginWrite().last().contains(QStringLiteral("pg_advisory_xact_lock")));
    CHECK(sqlite.expand(QStringLiteral("id {pk}")) == QStringLiteral("id INTEGER PRIMARY KEY"));
    CHECK(pg.expand(QStringLiteral("id {pk}")).contains(QStringLiteral("IDENTITY")));
    CHECK(sqlite.expand(QStringLiteral("key {key} NOT NULL")) ==
          QStringLiteral("key TEXT NOT NULL"));
    CHECK(pg.expand(QStringLiteral("key {key}")) == QStringLiteral("key TEXT COLLATE \"C\""));
    CHECK(sqlite.notifyChange().isEmpty());
    CHECK(pg.notifyChange().contains(QStringLiteral("pg_notify")));
    CHECK(pg.backupInto().isEmpty());
    CHECK(sqlite.writeSchemaVersion(3) == QStringLiteral("PRAGMA user_version = 3"));
    CHECK(sqlite.appendOnlyTriggers(QStringLiteral("audit_log")).size() == 2);
    CHECK(sqlite.prefixUpperBound(QStringLiteral("ab")) > QStringLiteral("abzzz"));
}

namespace {

// Runs sql on the server database at address through a plain connection.
void serverExec(const QString &address, const QString &sql)
{
    const auto parsed = DatabaseAddress::parse(address);
    REQUIRE(parsed.ok());
    const QString name = QStringLiteral("raw-server-test");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(parsed->host());
        db.setPort(parsed->port());
        db.setUserName(parsed->userName());
        db.setDatabaseName(parsed->databaseName());
        REQUIRE(db.open());
        QSqlQuery q(db);
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
    }
    QSqlDatabase::removeDatabase(name);
}

// What a server database holds, to see that a refusal changed nothing.
QString serverFingerprint(const QString &address)
{
    const auto parsed = DatabaseAddress::parse(address);
    REQUIRE(parsed.ok());
    const QString name = QStringLiteral("raw-server-fingerprint");
    QString out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(parsed->host());
        db.setPort(parsed->port());
        db.setUserName(parsed->userName());
        db.setDatabaseName(parsed->databaseName());
        REQUIRE(db.open());
        QStringList tables = db.tables();
        tables.sort();
        out = tables.join(QLatin1Char(','));
        QSqlQuery q(db);
        if (tables.contains(QStringLiteral("schema_version"))) {
            REQUIRE(q.exec(QStringLiteral(
                "SELECT string_agg(version::text, ',' ORDER BY version) FROM schema_version")));
            REQUIRE(q.next());
            out += QLatin1Char('|') + q.value(0).toString();
        }
        if (tables.contains(QStringLiteral("notes"))) {
            REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM notes")));
            REQUIRE(q.next());
            out += QLatin1Char('|') + q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

} // namespace

TEST_CASE("A server database from a newer Istiqbal is refused and left untouched", "[storage][pg]")
{
    TestDb::requirePostgres();
    TestDb::Fresh fresh;
    const QString address = fresh.location();
    {
        Database db;
        REQUIRE(db.open(address).ok());
    }
    const int newer = Database::latestSchemaVersion() + 7;
    serverExec(address,
               QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(newer));
    const QString before = serverFingerprint(address);

    checkRefusedAsNewer(address, newer);
    CHECK(serverFingerprint(address) == before);
}

TEST_CASE("A server database of another program is refused and left untouched", "[storage][pg]")
{
    TestDb::requirePostgres();
    TestDb::Fresh fresh;
    const QString address = fresh.location();
    serverExec(address, QStringLiteral("CREATE TABLE notes (id BIGINT PRIMARY KEY, body TEXT)"));
    serverExec(address, QStringLiteral("INSERT INTO notes VALUES (1, 'hello')"));
    const QString before = serverFingerprint(address);
    Database db;
    const Status s = db.open(address);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().contains(QStringLiteral("another program")));
    CHECK(serverFingerprint(address) == before);
}

TEST_CASE("A server address is checked and an unreachable server is reported", "[storage][pg]")
{
    TestDb::requirePostgres();
    Database db;
    const Status noName = db.open(QStringLiteral("postgresql://someone@127.0.0.1:5432/"));
    REQUIRE_FALSE(noName.ok());
    CHECK(noName.error().contains(QStringLiteral("names no database")));
    const Status unknown =
        db.open(QStringLiteral("postgresql://someone@127.0.0.1/istiqbal?colour=blue"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().contains(QStringLiteral("colour")));

    // A port nobody listens on (the test server's own port plus one is free
    // often enough; any refusal will do).
    const auto server = DatabaseAddress::parse(TestDb::serverAddress());
    REQUIRE(server.ok());
    const QString away =
        QStringLiteral("postgresql://%1:secret@127.0.0.1:1/istiqbal").arg(server->userName());
    const Status unreachable = db.open(away);
    REQUIRE_FALSE(unreachable.ok());
    CHECK(unreachable.isConnectionLost());
    CHECK(unreachable.error().contains(QStringLiteral("postgresql://")));
    CHECK_FALSE(unreachable.error().contains(QStringLiteral("secret")));
    CHECK_FALSE(db.isOpen());
}

TEST_CASE("On a server the integrity check passes and the path hides the password", "[storage][pg]")
{
    TestDb::requirePostgres();
    Fixture f;
    CHECK(f.db.isServer());
    CHECK(DatabaseCheck::integrityOf(f.db).ok());
    CHECK(f.db.path().startsWith(QStringLiteral("postgresql://")));
    Database second; // as a worker thread would open it
    REQUIRE(second.open(f.db.location()).ok());
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM pg_settings WHERE name = 'TimeZone' AND "
                                  "setting = 'UTC'")) == 1);

    // Reopening (after the server was away) gives a working connection again.
    REQUIRE(f.db.reopen().ok());
    CHECK(f.db.isOpen());
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM users")) == 1);
}

TEST_CASE("A server address reads back without its password", "[storage]")
{
    const auto a =
        DatabaseAddress::parse(QStringLiteral("postgresql://desk:s3cret@db.local:6543/istiqbal"));
    REQUIRE(a.ok());
    CHECK(a->isServer());
    CHECK(a->host() == QStringLiteral("db.local"));
    CHECK(a->port() == 6543);
    CHECK(a->userName() == QStringLiteral("desk"));
    CHECK(a->password() == QStringLiteral("s3cret"));
    CHECK(a->databaseName() == QStringLiteral("istiqbal"));
    CHECK(a->display() == QStringLiteral("postgresql://desk@db.local:6543/istiqbal"));
    const auto file = DatabaseAddress::parse(QStringLiteral("/tmp/x.db"));
    REQUIRE(file.ok());
    CHECK_FALSE(file->isServer());
    CHECK(file->display() == QStringLiteral("/tmp/x.db"));
    const auto ssl =
        DatabaseAddress::parse(QStringLiteral("postgres://desk@db.local/istiqbal?sslmode=require"));
    REQUIRE(ssl.ok());
    CHECK(ssl->options() == QStringList{QStringLiteral("sslmode=require")});
    CHECK(ssl->port() == -1);
}

TEST_CASE("A lost server connection is reported as such, nothing is half-written, reopen() "
          "resumes",
          "[storage][pg]")
{
    TestDb::requirePostgres();
    Fixture f;
    const qint64 before = f.scalar(QStringLiteral("SELECT COUNT(*) FROM beneficiaries"));
    const qint64 pid = f.scalar(QStringLiteral("SELECT pg_backend_pid()"));
    // The server drops this desk's connection halfway through a save.
    const Status lost = f.db.transaction([&]() -> Status {
        const auto b = BeneficiaryRepository(f.db).create(
            beneficiary(QStringLiteral("ريم"), QString(), QString(), QStringLiteral("السبيعي"),
                        nationalId(5150)),
            f.userId);
        if (!b)
            return b.status();
        TestDb::adminExec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid));
        return BeneficiaryRepository(f.db).count().status();
    });
    REQUIRE_FALSE(lost.ok());
    CHECK(lost.isConnectionLost());
    CHECK(lost.error().contains(QStringLiteral("connection to the database server was lost")));
    CHECK(BeneficiaryRepository(f.db).count().isConnectionLost());

    const Status back = f.db.reopen();
    INFO(back.error().toStdString());
    REQUIRE(back.ok());
    CHECK_FALSE(f.db.inTransaction());
    CHECK(f.scalar(QStringLiteral("SELECT COUNT(*) FROM beneficiaries")) == before);
    const auto saved =
        BeneficiaryRepository(f.db).create(beneficiary(QStringLiteral("ريم"), QString(), QString(),
                                                       QStringLiteral("السبيعي"), nationalId(5150)),
                                           f.userId);
    REQUIRE(saved.ok());
}
