// The manager's recommendations for a month (seed 000 item 5: study the survey
// results and take decisions and recommendations), free text saved per
// reporting month and printed in its monthly report. Every save is audited.
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

class Database;

struct MonthlyRecommendation
{
    QString period; // the month's key, e.g. "G2025-03" or "H1446-09"
    QString text;
    QDateTime updatedAt;
    qint64 updatedBy = 0;
    int version = 0;
};

class RecommendationRepository final
{
    Q_DECLARE_TR_FUNCTIONS(RecommendationRepository)

public:
    explicit RecommendationRepository(Database &db) : m_db(db) {}

    // Nothing when none were written for the month.
    Result<std::optional<MonthlyRecommendation>> get(const QString &period) const;
    // Writes (or replaces) the month's text; empty text is kept as empty.
    Result<MonthlyRecommendation> save(const QString &period, const QString &text, qint64 actorId);

private:
    Database &m_db;
};
