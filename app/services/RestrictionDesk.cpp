#include "services/RestrictionDesk.h"

#include "core/ProcessingRestriction.h"
#include "services/Session.h"
#include "storage/BeneficiaryRepository.h"

Result<Beneficiary> RestrictionDesk::restrict(qint64 beneficiaryId, const QString &reason)
{
    return set(beneficiaryId, true, reason);
}

Result<Beneficiary> RestrictionDesk::lift(qint64 beneficiaryId, const QString &reason)
{
    return set(beneficiaryId, false, reason);
}

Result<Beneficiary> RestrictionDesk::set(qint64 beneficiaryId, bool restricted,
                                         const QString &reason)
{
    if (Status s = m_session.require(Action::HandleDataRequests); !s)
        return s;
    const Result<QString> cleaned = ProcessingRestriction::cleanReason(reason);
    if (!cleaned)
        return cleaned.status();
    return BeneficiaryRepository(m_db).setRestriction(beneficiaryId, restricted, *cleaned,
                                                      m_session.userId());
}
