// A server database as an office has it, for the backup and restore tests
// against the PostgreSQL test server: set up with `istiqbal server-setup`
// (the test server's superuser is the owner), an administrator, a manager and
// a receptionist with their own logins, and demo data.
#pragma once

#include "CliTestSupport.h"
#include "ServerLogin.h"
#include "TestDatabase.h"

#include <QUrl>

struct ServerOffice
{
    QString server; // the owner's address
    QString admin, manager, desk;
    QString password = QStringLiteral("a long enough secret");

    explicit ServerOffice(TestDb::Fresh &fresh, const QString &name = QStringLiteral("office"))
    {
        TestDb::requirePostgres();
        SetUpServer setUp(fresh, name);
        setUp.bossPassword = password;
        server = setUp.server;
        admin = setUp.boss;
        manager = setUp.login(QStringLiteral("head"));
        desk = setUp.login(QStringLiteral("desk"));
        setUp.setUpWith({{manager, QStringLiteral("manager"), password},
                         {desk, QStringLiteral("receptionist"), password}});
        const CliRun demo = runCli({QStringLiteral("demo"), QStringLiteral("--database"), server,
                                    QStringLiteral("--beneficiaries"), QStringLiteral("30"),
                                    QStringLiteral("--cases"), QStringLiteral("40")});
        INFO(demo.err.toStdString());
        REQUIRE(demo.code == 0);
    }

    QString line() const { return password + QLatin1Char('\n'); }

    // The address with another login (a person's own, or a login that does
    // not own the tables).
    QString as(const QString &login) const
    {
        QUrl url(server);
        url.setUserName(login, QUrl::DecodedMode);
        url.setPassword(password, QUrl::DecodedMode);
        return url.toString(QUrl::FullyEncoded);
    }

    CliRun backup(const QString &who, const QString &target, const QStringList &more = {}) const
    {
        QStringList args{QStringLiteral("backup"),
                         QStringLiteral("--database"),
                         server,
                         QStringLiteral("--user"),
                         who,
                         QStringLiteral("--output"),
                         target};
        return runCli(args + more, line() + QStringLiteral("a sealing passphrase\n"));
    }

    CliRun restore(const QString &who, const QString &archive, const QString &address = {}) const
    {
        QStringList args{QStringLiteral("restore"), QStringLiteral("--database"),
                         address.isEmpty() ? server : address};
        if (!who.isEmpty())
            args << QStringLiteral("--user") << who;
        return runCli(args << archive, line());
    }

    // One value read as the owner (the test server's superuser).
    QVariant value(const QString &sql) const { return valueAt(server, sql); }

    // One value read at a server address, as its login.
    static QVariant valueAt(const QString &location, const QString &sql)
    {
        const auto address = DatabaseAddress::parse(location);
        REQUIRE(address.ok());
        AsLogin as(location, address->userName(), address->password());
        INFO(as.error().toStdString());
        REQUIRE(as.isOpen());
        QVariant v;
        const bool ok = as.exec(sql, &v);
        INFO(sql.toStdString() << ": " << as.error().toStdString());
        REQUIRE(ok);
        return v;
    }

    // What a restore must bring back or leave alone: the beneficiaries and
    // the users.
    QString fingerprint() const
    {
        return value(QStringLiteral(
                         "SELECT (SELECT count(*) FROM users) || ':' || count(*) || ':' || "
                         "md5(coalesce(string_agg(b::text, ',' ORDER BY b.id), '')) FROM "
                         "beneficiaries b"))
            .toString();
    }
};
