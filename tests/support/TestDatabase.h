// The engine the storage and services tests run on, chosen by the environment:
// ISTIQBAL_TEST_ENGINE=postgresql with ISTIQBAL_TEST_POSTGRES=postgresql://...
// (an administrator's address on a test server, e.g. scripts/pg-test-server)
// runs them on PostgreSQL; otherwise they run on SQLite. Each test gets a fresh
// database: a file in a temporary folder, or a new database on the server,
// dropped afterwards. Asking for PostgreSQL without a server fails the test
// loudly rather than passing it on SQLite.
#pragma once

#include "CatchQt.h"

#include "storage/DatabaseAddress.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

namespace TestDb {

inline bool isPostgres()
{
    return qEnvironmentVariable("ISTIQBAL_TEST_ENGINE")
               .compare(QLatin1String("postgresql"), Qt::CaseInsensitive) == 0;
}

// A [pg] case tests the PostgreSQL server itself: run on SQLite it fails with
// its reason rather than pass having checked nothing (ctest registers [pg]
// cases only for the PostgreSQL run).
inline void requirePostgres()
{
    if (!isPostgres())
        FAIL("This case tests a PostgreSQL server: run it with ISTIQBAL_TEST_ENGINE=postgresql "
             "and a server in ISTIQBAL_TEST_POSTGRES (scripts/test does both).");
}

inline const char *engineName()
{
    return isPostgres() ? "PostgreSQL" : "SQLite";
}

// The test server's administrator address; fails the test when there is none.
inline QString serverAddress()
{
    const QString address = qEnvironmentVariable("ISTIQBAL_TEST_POSTGRES");
    if (address.isEmpty())
        FAIL("ISTIQBAL_TEST_ENGINE=postgresql but ISTIQBAL_TEST_POSTGRES is not set. Start a "
             "throwaway server with: eval \"$(scripts/pg-test-server start)\" (scripts/test "
             "does this itself).");
    return address;
}

// The same server address with another database name.
inline QString withDatabase(const QString &address, const QString &database)
{
    QUrl url(address);
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

// Runs sql as the administrator, on the server's maintenance database.
inline void adminExec(const QString &sql)
{
    const QString name = QStringLiteral("istiqbal-test-admin");
    if (!QSqlDatabase::contains(name)) {
        const auto parsed = DatabaseAddress::parse(serverAddress());
        INFO(parsed.error().toStdString());
        REQUIRE(parsed.ok());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        REQUIRE(db.isValid());
        db.setHostName(parsed->host());
        if (parsed->port() > 0)
            db.setPort(parsed->port());
        db.setUserName(parsed->userName());
        db.setPassword(parsed->password());
        db.setDatabaseName(parsed->databaseName());
        INFO(db.lastError().text().toStdString());
        REQUIRE(db.open());
    }
    QSqlQuery q(QSqlDatabase::database(name));
    INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
    const bool ok = q.exec(sql);
    INFO(q.lastError().text().toStdString());
    REQUIRE(ok);
}

// One fresh, empty database for a test (and more on request).
class Fresh
{
public:
    Fresh() { REQUIRE(m_dir.isValid()); }
    ~Fresh()
    {
        for (const QString &name : m_created) {
            try {
                adminExec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(name));
            } catch (...) {
            }
        }
    }
    Fresh(const Fresh &) = delete;
    Fresh &operator=(const Fresh &) = delete;

    // The location to give Database::open: a file path or a server address.
    QString location(const QString &name = QStringLiteral("istiqbal"))
    {
        if (!isPostgres())
            return m_dir.filePath(name + QStringLiteral(".db"));
        const auto found = m_locations.constFind(name);
        if (found != m_locations.constEnd())
            return *found;
        static QAtomicInteger<int> counter;
        const QString database = QStringLiteral("istiqbal_test_%1_%2_%3")
                                     .arg(QCoreApplication::applicationPid())
                                     .arg(++counter)
                                     .arg(name.toLower());
        adminExec(QStringLiteral("CREATE DATABASE \"%1\" TEMPLATE template0 ENCODING 'UTF8'")
                      .arg(database));
        m_created << database;
        const QString address = withDatabase(serverAddress(), database);
        m_locations.insert(name, address);
        return address;
    }

    // A temporary folder for files the test writes (backups, exports).
    const QTemporaryDir &dir() const { return m_dir; }

private:
    QTemporaryDir m_dir;
    QStringList m_created;
    QHash<QString, QString> m_locations;
};

} // namespace TestDb
