// Shared helpers for the storage tests: a fresh database (a file in a
// temporary folder, or a new database on the PostgreSQL test server: see
// TestDatabase.h), a user to act as, and plausible records.
#pragma once

#include "CatchQt.h"
#include "TestDatabase.h"

#include "core/ArabicText.h"
#include "core/Beneficiary.h"
#include "core/Case.h"
#include "core/NationalId.h"
#include "core/User.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/SqlSupport.h"
#include "storage/UserRepository.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <functional>

namespace StorageTest {

inline QByteArray readBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

inline void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

// A ten-digit ID starting with lead whose Luhn check digit is right.
inline QString nationalId(qint64 serial, char lead = '1')
{
    return NationalId::withCheckDigit(QLatin1Char(lead) +
                                      QStringLiteral("%1").arg(serial, 8, 10, QLatin1Char('0')));
}

inline Beneficiary beneficiary(const QString &first, const QString &father, const QString &grand,
                               const QString &family, const QString &idNumber,
                               const QString &phone = QString())
{
    Beneficiary b;
    b.name = {first, father, grand, family};
    b.idType = IdType::NationalId;
    b.idNumber = idNumber;
    b.gender = Gender::Male;
    b.birthDate = QDate(1985, 3, 14);
    b.phone = phone;
    b.city = QStringLiteral("الرياض");
    b.district = QStringLiteral("النسيم");
    b.familySize = 5;
    b.monthlyIncome = 450000;
    b.nationality = QStringLiteral("SA");
    b.consentGiven = true;
    b.consentPurpose = QStringLiteral("services");
    b.consentAt = QDateTime(QDate(2025, 1, 5), QTime(9, 30), Qt::UTC);
    return b;
}

// Makes a database as an older Istiqbal left it: the migrations up to and
// including version (their statements and finishing work, as the migrator
// runs them), and that schema version written. For the upgrade tests: call
// within a transaction on a database opened without migrating, add the rows
// an older program would have written, then open it normally.
inline Status buildSchemaUpTo(Database &db, int version)
{
    for (const Migration &m : Schema::migrations()) {
        if (m.version > version)
            break;
        for (const QString &sql : m.statements(db.dialect())) {
            if (Status s = db.execute(sql, QStringLiteral("schema")); !s)
                return s;
        }
        if (m.finish) {
            if (Status s = m.finish(db); !s)
                return s;
        }
    }
    return db.execute(db.dialect().writeSchemaVersion(version), QStringLiteral("version"));
}

// A beneficiary as an older program stored it: the row (the columns of
// schema 4 on) and its name keys.
inline Status addOldBeneficiary(Database &db, qint64 id, const QString &first,
                                const QString &family)
{
    const QString full = first + QLatin1Char(' ') + family;
    QSqlQuery q(db.connection());
    if (Status s = Sql::exec(
            q,
            QStringLiteral("INSERT INTO beneficiaries (id, first_name, family_name, full_name, "
                           "id_type, id_number, created_at, updated_at) VALUES (?, ?, ?, ?, "
                           "'national_id', ?, 1700000000000, 1700000000000)"),
            {id, first, family, full, nationalId(id)}, QStringLiteral("beneficiary"));
        !s)
        return s;
    for (const QString &key : ArabicText::nameKeys(full)) {
        if (Status s = Sql::exec(
                q, QStringLiteral("INSERT INTO name_tokens (beneficiary_id, key) VALUES (?, ?)"),
                {id, key}, QStringLiteral("key"));
            !s)
            return s;
    }
    return Status::success();
}

// A database at location as an older Istiqbal left it (buildSchemaUpTo),
// holding the rows addRows writes, made in one transaction and closed.
inline void makeOldDatabase(const QString &location, int version,
                            const std::function<Status(Database &)> &addRows)
{
    Database db;
    REQUIRE(db.openWithoutMigrating(location).ok());
    const Status built = db.transaction([&]() -> Status {
        if (Status s = buildSchemaUpTo(db, version); !s)
            return s;
        return addRows(db);
    });
    INFO(built.error().toStdString());
    REQUIRE(built.ok());
}

struct Fixture
{
    TestDb::Fresh fresh;
    QTemporaryDir dir;
    Database db;
    qint64 userId = 0;

    Fixture()
    {
        REQUIRE(dir.isValid());
        const Status opened = db.open(path());
        INFO(opened.error().toStdString());
        REQUIRE(opened.ok());
        User u;
        u.username = QStringLiteral("desk1");
        u.displayName = QStringLiteral("موظف الاستقبال");
        u.roles = {Role::Receptionist};
        const auto created = UserRepository(db).create(u, QString(), 0);
        REQUIRE(created.ok());
        userId = created->id;
    }
    // Where the database is (a file path or a server address), to open a
    // second connection to it.
    QString path() { return fresh.location(); }

    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
};

// The lines of a query plan that read a whole table (or a whole index of
// one) among tables (names or aliases): "SCAN b" on SQLite, "Seq Scan on
// beneficiaries b" on PostgreSQL.
inline QStringList planScans(const SqlDialect &dialect, const QStringList &plan,
                             const QStringList &tables)
{
    const QRegularExpression scan(dialect.tableScanPattern());
    // PostgreSQL: an index scan without an index condition reads the whole
    // index (and so the whole table) too.
    static const QRegularExpression indexScan(
        QStringLiteral("Index (Only )?Scan (Backward )?using \\w+ on (\\w+)"));
    QStringList out;
    for (int i = 0; i < plan.size(); ++i) {
        const QString &line = plan.at(i);
        const auto m = scan.match(line);
        if (m.hasMatch() && tables.contains(m.captured(1)))
            out << line;
        const auto ix = indexScan.match(line);
        if (dialect.isPostgreSQL() && ix.hasMatch() && tables.contains(ix.captured(3))) {
            bool bounded = false;
            for (int j = i + 1; j < plan.size() && !plan.at(j).contains(QLatin1String("->")); ++j)
                bounded = bounded || plan.at(j).contains(QLatin1String("Index Cond:"));
            if (!bounded)
                out << line;
        }
    }
    return out;
}

} // namespace StorageTest
