#include "services/BeneficiaryRecords.h"

#include "core/Permissions.h"
#include "services/AccessTrail.h"
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

Result<Beneficiary> BeneficiaryRecords::open(qint64 beneficiaryId) const
{
    Result<Beneficiary> read = get(beneficiaryId);
    if (!read)
        return read;
    if (Status s = AccessTrail(m_db, m_session).record(QStringLiteral("person.view"), beneficiaryId);
        !s)
        return s;
    return read;
}

Result<QVector<Document>> BeneficiaryRecords::documents(qint64 beneficiaryId) const
{
    if (Status s = m_session.require(Action::ViewCases); !s)
        return s;
    return DocumentRepository(m_db).forBeneficiary(beneficiaryId);
}
