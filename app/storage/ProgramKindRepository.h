// The catalogue's program kinds (issue 16): listed in order, added and
// renamed or retired by the manager, each change with its audit row.
#pragma once

#include "core/ProgramKind.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QVector>

class Database;

class ProgramKindRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ProgramKindRepository)

public:
    explicit ProgramKindRepository(Database &db) : m_db(db) {}

    // In position order; retired kinds only when asked for.
    Result<QVector<ProgramKind>> list(bool withRetired = false) const;
    Result<ProgramKind> get(qint64 id) const;
    // Stores a checked kind (ProgramKinds::check) at the end of the list.
    Result<ProgramKind> create(const ProgramKind &kind, qint64 actorId);
    // Saves names, position and whether it is offered, for the kind read at
    // kind.version; refused when changed since.
    Result<ProgramKind> update(const ProgramKind &kind, qint64 actorId);

private:
    Result<QVector<ProgramKind>> select(const QString &tail, const QVariantList &values) const;

    Database &m_db;
};
