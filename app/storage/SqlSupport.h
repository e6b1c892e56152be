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

// "?, ?, ?" for n values.
QString placeholders(int n);

// sql with each ? (outside quotes) replaced by the value written as the
// driver's literal: for EXPLAIN, which PostgreSQL cannot prepare.
QString inlined(const QSqlDriver *driver, const QString &sql, const QVariantList &values);

} // namespace Sql
