#include "storage/SqlSupport.h"

#include "storage/Database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlRecord>

namespace Sql {

QVariant time(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
}

QDateTime timeFrom(const QVariant &v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QVariant date(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QDate dateFrom(const QVariant &v)
{
    if (v.isNull())
        return {};
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QVariant ref(qint64 id)
{
    return id != 0 ? QVariant(id) : QVariant();
}

qint64 refFrom(const QVariant &v)
{
    return v.isNull() ? 0 : v.toLongLong();
}

QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QVariant optionalText(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant flag(bool b)
{
    return QVariant(b ? 1 : 0);
}

Status execPrepared(QSqlQuery &q, const QVariantList &values, const QString &failureSentence)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        return Database::sqlFailure(failureSentence, q);
    return Status::success();
}

Status exec(QSqlQuery &q, const QString &sql, const QVariantList &values,
            const QString &failureSentence)
{
    if (!q.prepare(sql))
        return Database::sqlFailure(failureSentence, q);
    return execPrepared(q, values, failureSentence);
}

Result<qint64> insertPrepared(QSqlQuery &q, const QVariantList &values,
                              const QString &failureSentence)
{
    if (Status s = execPrepared(q, values, failureSentence); !s)
        return s;
    if (!q.next())
        return Database::sqlFailure(failureSentence, q);
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

Cached::~Cached()
{
    if (m_query)
        m_query->finish();
}

Status Cached::prepare(const QString &failureSentence)
{
    if (m_query) {
        m_query->finish();
        return Status::success();
    }
    const Result<QSqlQuery *> cached = m_db.cachedStatement(m_sql, failureSentence);
    if (!cached)
        return cached.status();
    m_query = *cached;
    if (m_query->isActive()) {
        m_own = std::make_unique<QSqlQuery>(m_db.connection());
        m_own->setForwardOnly(true);
        m_query = m_own.get();
        if (!m_query->prepare(m_sql))
            return Database::sqlFailure(failureSentence, *m_query);
    }
    return Status::success();
}

Status Cached::exec(const QVariantList &values, const QString &failureSentence)
{
    if (Status s = prepare(failureSentence); !s)
        return s;
    return execPrepared(*m_query, values, failureSentence);
}

Result<qint64> Cached::insert(const QVariantList &values, const QString &failureSentence)
{
    if (Status s = prepare(failureSentence); !s)
        return s;
    return insertPrepared(*m_query, values, failureSentence);
}

Result<qint64> insert(QSqlQuery &q, const QString &sql, const QVariantList &values,
                      const QString &failureSentence)
{
    if (!q.prepare(sql))
        return Database::sqlFailure(failureSentence, q);
    return insertPrepared(q, values, failureSentence);
}

QString placeholders(int n)
{
    QString out;
    for (int i = 0; i < n; ++i)
        out += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    return out;
}

QString inlined(const QSqlDriver *driver, const QString &sql, const QVariantList &values)
{
    QString out;
    out.reserve(sql.size() + 16 * int(values.size()));
    int next = 0;
    bool quoted = false;
    for (const QChar c : sql) {
        if (c == QLatin1Char('\''))
            quoted = !quoted;
        if (c != QLatin1Char('?') || quoted || next >= values.size()) {
            out += c;
            continue;
        }
        const QVariant &v = values.at(next++);
        QSqlField field(QString(), v.metaType());
        field.setValue(v);
        out += driver->formatValue(field);
    }
    return out;
}

Result<QStringList> queryPlan(Database &db, const QString &sql, const QVariantList &values,
                              const QString &failureSentence)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    const SqlDialect &dialect = db.dialect();
    if (dialect.explainNeedsLiterals()) {
        if (!q.exec(dialect.explainQueryPlan() + inlined(db.connection().driver(), sql, values)))
            return Database::sqlFailure(failureSentence, q.lastError());
    } else if (Status s = exec(q, dialect.explainQueryPlan() + sql, values, failureSentence); !s) {
        return s;
    }
    QStringList out;
    const int detail = q.record().count() - 1;
    while (q.next())
        out << q.value(detail).toString();
    return out;
}

} // namespace Sql
