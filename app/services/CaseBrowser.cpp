#include "services/CaseBrowser.h"

#include "core/Permissions.h"
#include "services/Session.h"
#include "storage/BeneficiaryRepository.h"
#include "storage/ReferralRepository.h"

Result<CaseListPage> CaseBrowser::page(const CaseFilter &filter,
                                       const CasePageRequest &request) const
{
    if (Status s = m_session.require(Action::ViewCases); !s)
        return s;
    return CaseRepository(m_db).list(filter, request);
}

Result<qint64> CaseBrowser::count(const CaseFilter &filter) const
{
    if (Status s = m_session.require(Action::ViewCases); !s)
        return s;
    return CaseRepository(m_db).count(filter);
}

Result<QHash<qint64, QString>>
CaseBrowser::beneficiaryNames(const QVector<qint64> &beneficiaryIds) const
{
    if (Status s = m_session.require(Action::ViewCases); !s)
        return s;
    return BeneficiaryRepository(m_db).fullNames(beneficiaryIds);
}

Result<QSet<qint64>> CaseBrowser::answersToPickUp(const QVector<qint64> &caseIds) const
{
    if (Status s = m_session.require(Action::ViewCases); !s)
        return s;
    return ReferralRepository(m_db).casesWithAnswerToPickUp(caseIds);
}

Result<QVector<StepEvent>> CaseBrowser::history(qint64 caseId) const
{
    if (Status s = m_session.require(Action::ViewCases); !s)
        return s;
    return CaseRepository(m_db).stepEvents(caseId);
}

Result<QVector<Referral>> CaseBrowser::referrals(qint64 caseId) const
{
    if (Status s = m_session.require(Action::ViewCases); !s)
        return s;
    return ReferralRepository(m_db).forCase(caseId);
}
