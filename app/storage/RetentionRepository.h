// The retention period (DOMAIN.md 6.5, issue 13): how many years after a
// person's last closed case their data is kept, stored in the settings, and
// the people past it.
#pragma once

#include "core/Result.h"
#include "core/Retention.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVector>

class Database;

class RetentionRepository final
{
    Q_DECLARE_TR_FUNCTIONS(RetentionRepository)

public:
    explicit RetentionRepository(Database &db) : m_db(db) {}

    static QString settingKey() { return QStringLiteral("retention_years"); }
    static constexpr int maxYears = Retention::maxYears;

    // 0: no period set, so no one is past it.
    Result<int> years() const;
    // Sets the period (0: none), audited retention.set with the years.
    Status setYears(int years, qint64 actorId);

    // The people not yet anonymised, with no open case, whose last case
    // ended before cutoff (a person without a case: created before it),
    // the longest past first; at most limit of them.
    Result<QVector<PastRetention>> pastCutoff(const QDateTime &cutoffUtc, int limit) const;

private:
    Database &m_db;
};
