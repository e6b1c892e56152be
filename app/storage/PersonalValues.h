// The personal values an audit row is about (a corrected field's old and new
// value, the reason a person's processing was restricted), kept beside the
// row in personal_values rather than in its hash-chained details: the
// details hold only a salted digest, so the values can be checked while they
// are kept and destroyed with the person's data without breaking the chain
// (issue 13, DOMAIN.md 6.5).
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QVector>

class Database;

class PersonalValues final
{
    Q_DECLARE_TR_FUNCTIONS(PersonalValues)

public:
    // The key of the digest in an audit row's details.
    static QString digestKey() { return QStringLiteral("values"); }

    explicit PersonalValues(Database &db) : m_db(db) {}

    // Appends the audit row (details plus the digest of values) and keeps
    // values beside it, both in the caller's transaction or in one of their
    // own. Returns the audit row's id.
    Result<qint64> record(qint64 actorId, const QString &action, const QString &entity,
                          qint64 entityId, QJsonObject details, qint64 beneficiaryId,
                          const QJsonObject &values);

    // The values kept for each of the audit rows (those destroyed are absent).
    Result<QHash<qint64, QJsonObject>> forAudit(const QVector<qint64> &auditIds) const;

    // Whether the values kept for an audit row still match the digest in its
    // details (false when they were changed, or are gone).
    Result<bool> matches(qint64 auditId, const QJsonObject &details) const;

    // Destroys every value kept about the beneficiary; returns how many rows.
    Result<qint64> forget(qint64 beneficiaryId);

private:
    static QString digest(const QString &salt, const QString &body);

    Database &m_db;
};
