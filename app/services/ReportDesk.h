// The manager's reporting actions, each checked against the session's
// permissions before anything is read or written (issue 4's rule: enforced in
// the core, not only by hiding buttons): reading and writing the month's
// recommendations, and asking for the month's report (a ReportJob, run by the
// page on its own thread with its own connection).
#pragma once

#include "core/Result.h"
#include "reports/ReportJob.h"
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
    // The request for a ReportJob on this database, on behalf of the
    // session's user: a preview needs ViewReports, a PDF or CSV ExportReport
    // (the job checks again, on its own connection).
    Result<ReportJobRequest> jobRequest(ReportJobRequest::Kind kind,
                                        const ReportPeriod &period) const;

private:
    Database &m_db;
    const Session &m_session;
};
