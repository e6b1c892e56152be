#include "services/ReportDesk.h"

#include "services/Session.h"
#include "storage/Database.h"

Result<QString> ReportDesk::recommendations(const ReportPeriod &period) const
{
    if (Status s = m_session.require(Action::ViewReports); !s)
        return s;
    const auto found = RecommendationRepository(m_db).get(period.key());
    if (!found)
        return found.status();
    return found->has_value() ? found->value().text : QString();
}

Result<MonthlyRecommendation> ReportDesk::saveRecommendations(const ReportPeriod &period,
                                                              const QString &text)
{
    if (Status s = m_session.require(Action::WriteRecommendations); !s)
        return s;
    if (!period.isValid())
        return Result<MonthlyRecommendation>::failure(
            tr("Choose the month the recommendations are for."));
    return RecommendationRepository(m_db).save(period.key(), text, m_session.userId());
}

Result<ReportJobRequest> ReportDesk::jobRequest(ReportJobRequest::Kind kind,
                                                const ReportPeriod &period) const
{
    const Action needed =
        kind == ReportJobRequest::Kind::Preview ? Action::ViewReports : Action::ExportReport;
    if (Status s = m_session.require(needed); !s)
        return s;
    ReportJobRequest r;
    r.kind = kind;
    r.databasePath = m_db.location();
    r.user = m_session.user();
    r.period = period;
    return r;
}
