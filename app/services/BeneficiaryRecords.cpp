#include "services/BeneficiaryRecords.h"

#include "core/Permissions.h"
#include "services/Session.h"
#include "storage/BeneficiaryRepository.h"
#include "storage/DocumentRepository.h"

Result<QVector<BeneficiaryMatch>> BeneficiaryRecords::find(const QString &query, int limit) const
{
    // Whoever records a person's data request must find the person first,
    // the administrator too, who sees no cases.
    if (!m_session.may(Action::HandleDataRequests)) {
        if (Status s = m_session.require(Action::ViewCases); !s)
            return s;
    }
    return BeneficiarySearch(m_db).find(query, limit);
}

Result<Beneficiary> BeneficiaryRecords::get(qint64 beneficiaryId) const
{
    if (Status s = m_session.require(Action::ViewCases); !s)
        return s;
    return BeneficiaryRepository(m_db).get(beneficiaryId);
}

Result<QVector<Document>> BeneficiaryRecords::documents(qint64 beneficiaryId) const
{
    if (Status s = m_session.require(Action::ViewCases); !s)
        return s;
    return DocumentRepository(m_db).forBeneficiary(beneficiaryId);
}
