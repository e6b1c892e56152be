// Small helpers shared by the repositories: binding and reading the portable
// column types, and running a statement with a readable failure.
#pragma once

#include "core/Result.h"

#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <initializer_list>
#include <memory>

class Database;
class QSqlDriver;

namespace Sql {

// Times: UTC epoch milliseconds, NULL when invalid.
QVariant time(const QDateTime &t);
QDateTime timeFrom(const QVariant &v);
// Dates: ISO text (yyyy-MM-dd), NULL when null.
QVariant date(const QDate &d);
QDate dateFrom(const QVariant &v);
// References: NULL for 0.
QVariant ref(qint64 id);
qint64 refFrom(const QVariant &v);
// Text for NOT NULL columns: never NULL.
QVariant text(const QString &s);
// Text for nullable columns: NULL when empty.
QVariant optionalText(const QString &s);
QVariant flag(bool b);

// Prepares sql on q and executes it with the values bound in order.
Status exec(QSqlQuery &q, const QString &sql, const QVariantList &values,
            const QString &failureSentence);
// Executes an already prepared statement with the values bound in order.
Status execPrepared(QSqlQuery &q, const QVariantList &values, const QString &failureSentence);
// Runs an INSERT ... RETURNING id and gives the id.
Result<qint64> insert(QSqlQuery &q, const QString &sql, const QVariantList &values,
                      const QString &failureSentence);
Result<qint64> insertPrepared(QSqlQuery &q, const QVariantList &values,
                              const QString &failureSentence);

// A statement from the database's cache (Database::cachedStatement) for one
// use, where preparing it again would cost more than running it (a case
// loaded and saved, issue 7): exec() or insert() binds the values and runs
// it; the destructor finishes it, so it holds no read snapshot once the
// caller is done. When the cached statement is still being read by an outer
// caller (the same SQL nested), one of its own is prepared instead.
class Cached final
{
public:
    Cached(Database &db, QString sql) : m_db(db), m_sql(std::move(sql)) {}
    ~Cached();
    Cached(const Cached &) = delete;
    Cached &operator=(const Cached &) = delete;

    Status exec(const QVariantList &values, const QString &failureSentence);
    // An INSERT ... RETURNING id: the id.
    Result<qint64> insert(const QVariantList &values, const QString &failureSentence);
    // The statement run by exec(), to read; valid until this object goes.
    // Never prepare another statement on it: it stays in the cache.
    QSqlQuery &query() { return *m_query; }

private:
    Status prepare(const QString &failureSentence);

    Database &m_db;
    QString m_sql;
    QSqlQuery *m_query = nullptr;
    std::unique_ptr<QSqlQuery> m_own;
};

// "?, ?, ?" for n values.
QString placeholders(int n);

// sql with each ? (outside quotes) replaced by the value written as the
// driver's literal: for EXPLAIN, which PostgreSQL cannot prepare.
QString inlined(const QSqlDriver *driver, const QString &sql, const QVariantList &values);

// The engine's plan for a statement (one line per step, the plan's detail
// column), for the tests that prove a search reads indexes only.
Result<QStringList> queryPlan(Database &db, const QString &sql, const QVariantList &values,
                              const QString &failureSentence);

} // namespace Sql
