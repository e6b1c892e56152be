#include "storage/ChangeAnnouncer.h"

#include "storage/ChangeHub.h"
#include "storage/Database.h"
#include "storage/SqlFailure.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

void ChangeAnnouncer::makeOrigin()
{
    if (m_origin.isEmpty())
        m_origin = QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Status ChangeAnnouncer::announce(const Database &db, const QString &entity, qint64 id,
                                 qint64 caseId, bool held)
{
    const QString payload = QStringLiteral("%1 %2 %3 %4").arg(m_origin, entity).arg(id).arg(caseId);
    const QString sql = db.dialect().notifyChange();
    if (!sql.isEmpty()) {
        QSqlQuery q(db.connection());
        if (!q.prepare(sql))
            return SqlFailure::of(tr("Cannot tell the other desks about the change."),
                                  q.lastError(), true);
        q.addBindValue(payload);
        if (!q.exec())
            return SqlFailure::of(tr("Cannot tell the other desks about the change."),
                                  q.lastError(), true);
        return Status::success();
    }
    if (held)
        m_pending << payload;
    else
        ChangeHub::instance().post(db.path(), payload);
    return Status::success();
}

void ChangeAnnouncer::transactionBegun()
{
    clear();
}

void ChangeAnnouncer::levelEntered()
{
    m_marks << int(m_pending.size());
}

void ChangeAnnouncer::levelRolledBack(bool outermost)
{
    if (!m_marks.isEmpty())
        m_pending.resize(m_marks.takeLast());
    if (outermost)
        clear();
}

void ChangeAnnouncer::levelKept(bool outermost, const QString &databasePath)
{
    if (!m_marks.isEmpty())
        m_marks.removeLast();
    if (!outermost)
        return;
    const QStringList committed = m_pending;
    clear();
    for (const QString &payload : committed)
        ChangeHub::instance().post(databasePath, payload);
}

void ChangeAnnouncer::clear()
{
    m_pending.clear();
    m_marks.clear();
}
