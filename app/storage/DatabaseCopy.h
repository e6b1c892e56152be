// Copies a whole Istiqbal database into a new, empty one, for an association
// that outgrows one desk: a SQLite file into a PostgreSQL database (or into a
// new SQLite file). Every row keeps its record number. The copy is written in
// one transaction and verified before it is committed: per table, the number
// of rows and a checksum of their contents read back from the target must
// equal the source's. A failure leaves the target as empty as it was; a
// target that already holds records is refused untouched.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

class Database;

struct TableFingerprint
{
    QString table;
    qint64 rows = 0;
    QString checksum; // 32 hex digits, independent of row order and engine
};

struct CopyReport
{
    QString target; // the address without a password
    QVector<TableFingerprint> tables;
    qint64 rows() const;
};

class DatabaseCopy final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)

public:
    static Result<CopyReport> copy(Database &source, const QString &targetLocation);

    // Rows and checksum of one table (the columns in the order given).
    static Result<TableFingerprint> fingerprint(Database &db, const QString &table,
                                                const QStringList &columns);

private:
    static Status refuseNonEmpty(const QString &targetLocation);
    static Result<QStringList> tablesInOrder(Database &target);
    static Status copyTable(Database &source, Database &target, const QString &table,
                            const QStringList &columns);
};
