#include "services/ReportDesk.h"

#include "services/Session.h"

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
