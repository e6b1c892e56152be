#include "storage/Transactions.h"

#include "storage/ChangeAnnouncer.h"
#include "storage/Database.h"
#include "storage/SqlFailure.h"

#include <QSqlError>
#include <QSqlQuery>

void Transactions::reset()
{
    m_depth = 0;
    m_bulkWrite = false;
}

bool Transactions::rawExec(const QString &sql, QSqlError *error)
{
    QSqlQuery q(m_db.connection());
    const bool ok = q.exec(sql);
    if (!ok && error)
        *error = q.lastError();
    return ok;
}

bool Transactions::controlExec(const QString &sql, QSqlError *error)
{
    // PostgreSQL cannot prepare transaction control.
    if (m_db.dialect().engine() == SqlDialect::Engine::PostgreSQL)
        return rawExec(sql, error);
    const Result<QSqlQuery *> cached = m_db.cachedStatement(sql, QString());
    if (!cached || (*cached)->isActive())
        return rawExec(sql, error);
    QSqlQuery &q = **cached;
    const bool ok = q.exec();
    if (!ok && error)
        *error = q.lastError();
    q.finish();
    return ok;
}

Status Transactions::run(const std::function<Status()> &work)
{
    const bool nested = active();
    const QString savepoint = QStringLiteral("istiqbal_sp%1").arg(m_depth);
    QSqlError error;
    if (nested) {
        if (!controlExec(QStringLiteral("SAVEPOINT ") + savepoint, &error))
            return m_db.engineFailure(
                tr("Cannot start saving: the database is busy or unavailable."), error);
    } else {
        if (Status s = startWrite(); !s)
            return s;
        m_changes.transactionBegun();
    }
    m_changes.levelEntered();

    auto rollback = [&] {
        QSqlError rollbackError;
        const bool ok =
            nested
                ? rawExec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + savepoint, &rollbackError) &&
                      rawExec(QStringLiteral("RELEASE SAVEPOINT ") + savepoint, &rollbackError)
                : rawExec(QStringLiteral("ROLLBACK"), &rollbackError);
        if (!ok)
            qCWarning(lcDatabase) << "rollback failed:" << rollbackError.databaseText();
        m_changes.levelRolledBack(!nested);
    };

    ++m_depth;
    Status result = Status::success();
    try {
        result = work();
    } catch (...) {
        --m_depth;
        rollback();
        throw;
    }
    --m_depth;
    if (!result) {
        rollback();
        return result;
    }
    if (!controlExec(nested ? QStringLiteral("RELEASE SAVEPOINT ") + savepoint
                            : QStringLiteral("COMMIT"),
                     &error)) {
        const Status failed = m_db.engineFailure(tr("Cannot save the changes."), error);
        rollback();
        return failed;
    }
    m_changes.levelKept(!nested, m_db.path());
    return Status::success();
}

Status Transactions::beginWrite()
{
    if (active())
        return Status::failure(tr("A bulk write cannot start inside another transaction."));
    if (Status s = startWrite(); !s)
        return s;
    m_bulkWrite = true;
    return Status::success();
}

Status Transactions::endWrite(bool commit)
{
    if (!m_bulkWrite)
        return Status::success();
    m_bulkWrite = false;
    QSqlError error;
    if (commit) {
        if (controlExec(QStringLiteral("COMMIT"), &error))
            return Status::success();
        const Status failure = SqlFailure::of(tr("Cannot save the changes."), error, true);
        rawExec(QStringLiteral("ROLLBACK"));
        return failure;
    }
    if (!rawExec(QStringLiteral("ROLLBACK"), &error))
        qCWarning(lcDatabase) << "rollback failed:" << error.databaseText();
    return Status::success();
}

Status Transactions::startWrite()
{
    const QStringList statements = m_db.dialect().beginWrite();
    for (int i = 0; i < statements.size(); ++i) {
        QSqlError error;
        if (!controlExec(statements.at(i), &error)) {
            if (i > 0)
                rawExec(QStringLiteral("ROLLBACK"));
            return m_db.engineFailure(
                tr("Cannot start saving: the database is busy or unavailable."), error);
        }
    }
    return Status::success();
}
