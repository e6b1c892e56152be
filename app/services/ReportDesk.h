// The manager's reporting actions, each checked against the session's
// permissions before anything is read or written (issue 4's rule: enforced in
// the core, not only by hiding buttons): reading and writing the month's
// recommendations.
#pragma once

#include "core/Result.h"
#include "reports/ReportPeriod.h"
#include "storage/RecommendationRepository.h"

#include <QCoreApplication>

class Database;
class Session;

class ReportDesk final
{
    Q_DECLARE_TR_FUNCTIONS(ReportDesk)

public:
    ReportDesk(Database &db, const Session &session) : m_db(db), m_session(session) {}

    // The month's text (empty when none was written); needs ViewReports.
    Result<QString> recommendations(const ReportPeriod &period) const;
    // Needs WriteRecommendations.
    Result<MonthlyRecommendation> saveRecommendations(const ReportPeriod &period,
                                                      const QString &text);

private:
    Database &m_db;
    const Session &m_session;
};
