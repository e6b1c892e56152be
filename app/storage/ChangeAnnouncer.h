// Tells the other desks that a record changed: NOTIFY on PostgreSQL; on SQLite
// through ChangeHub, held back until the transaction that made it commits.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

class Database;

class ChangeAnnouncer final
{
    Q_DECLARE_TR_FUNCTIONS(ChangeAnnouncer)

public:
    // Identifies this connection's changes among the notifications; made on
    // the first opening and kept across reopening.
    const QString &origin() const { return m_origin; }
    void makeOrigin();

    // Announces (entity, id, caseId) now, or when held, at the commit of
    // the transaction it is made in.
    Status announce(const Database &db, const QString &entity, qint64 id, qint64 caseId, bool held);

    // What the transactions tell: an outermost transaction begins, a level
    // (the transaction or a savepoint) is entered, rolled back or kept.
    // Changes held in a rolled back level never happened; they go out when
    // the outermost level is kept.
    void transactionBegun();
    void levelEntered();
    void levelRolledBack(bool outermost);
    void levelKept(bool outermost, const QString &databasePath);
    void clear();

private:
    QString m_origin;
    // SQLite: changes waiting for the commit, and where each level began.
    QStringList m_pending;
    QVector<int> m_marks;
};
