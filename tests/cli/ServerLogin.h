// Logins on the PostgreSQL test server, for the cli tests that check what a
// login may do there: a connection as one login, as psql would make it, and a
// database set up with `istiqbal server-setup` whose administrator adds people.
#pragma once

#include "CliTestSupport.h"
#include "TestDatabase.h"

#include "storage/DatabaseAddress.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <initializer_list>

// A connection to the test database as one login, as psql would make it.
class AsLogin
{
public:
    AsLogin(const QString &location, const QString &login, const QString &password)
        : m_name(QStringLiteral("as-login-%1").arg(++s_count))
    {
        const auto address = DatabaseAddress::parse(location);
        REQUIRE(address.ok());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(address->host());
        if (address->port() > 0)
            db.setPort(address->port());
        db.setUserName(login);
        db.setPassword(password);
        db.setDatabaseName(address->databaseName());
        m_open = db.open();
        m_error = db.lastError().text();
    }
    ~AsLogin() { QSqlDatabase::removeDatabase(m_name); }
    AsLogin(const AsLogin &) = delete;
    AsLogin &operator=(const AsLogin &) = delete;

    bool isOpen() const { return m_open; }
    const QString &error() const { return m_error; }

    // True when the statement ran; first holds its first value, if any.
    bool exec(const QString &sql, QVariant *first = nullptr)
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        const bool ok = q.exec(sql);
        m_error = q.lastError().text();
        if (ok && first && q.next())
            *first = q.value(0);
        return ok;
    }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
    static inline int s_count = 0;
};

// Lines for a command's standard input, one answer a line.
inline QString lines(std::initializer_list<QString> items)
{
    QString text;
    for (const QString &i : items)
        text += i + QLatin1Char('\n');
    return text;
}

// A database on the test server that its owner (the test server's superuser)
// is to set up with `istiqbal server-setup`, naming boss its administrator;
// boss then adds people with `users add`. Logins are the server's, shared by
// every test database: login() gives names unique to this test.
struct SetUpServer
{
    QString server; // the owner's address
    QString tag = QString::number(QRandomGenerator::global()->bounded(100000, 999999));
    QString boss = login(QStringLiteral("boss"));
    QString bossPassword = QStringLiteral("the boss's password");

    SetUpServer(TestDb::Fresh &fresh, const QString &name) : server(fresh.location(name)) {}

    QString login(const QString &prefix) const { return prefix + tag; }

    CliRun setUp() const
    {
        return runCli({QStringLiteral("server-setup"), QStringLiteral("--database"), server,
                       QStringLiteral("--admin"), boss},
                      lines({bossPassword}));
    }

    // `users add` signed in as `as`: the new person's password on the next line.
    CliRun addUser(const QString &as, const QString &asPassword, const QString &role,
                   const QString &name, const QString &password) const
    {
        return runCli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--database"),
                       server, QStringLiteral("--user"), as, QStringLiteral("--role"), role, name},
                      lines({asPassword, password}));
    }

    // Set up, and each of people ({name, role, password}) added by boss.
    void setUpWith(std::initializer_list<QStringList> people) const
    {
        const CliRun setup = setUp();
        INFO(setup.err.toStdString());
        REQUIRE(setup.code == 0);
        for (const QStringList &p : people) {
            const CliRun added = addUser(boss, bossPassword, p.at(1), p.at(0), p.at(2));
            INFO(added.err.toStdString());
            REQUIRE(added.code == 0);
        }
    }
};
