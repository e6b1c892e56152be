// Step 2 at the front desk: who the beneficiary is (found, registered or
// corrected and linked to the case), the service they ask for, and their
// documents. Each action is one transaction over DeskAction; a page saved
// whole uses CaseDesk::together.
#pragma once

#include "core/CaseContext.h"
#include "core/Result.h"
#include "services/BeneficiaryDesk.h"
#include "services/DeskAction.h"

#include <QCoreApplication>
#include <QVector>

class InformationDesk final
{
    Q_DECLARE_TR_FUNCTIONS(InformationDesk)

public:
    InformationDesk(Database &db, const Session &session);

    // Links an existing beneficiary to the case (reception or information).
    Result<Case> attachBeneficiary(qint64 caseId, qint64 beneficiaryId);
    // Registers a new beneficiary (BeneficiaryDesk::registerBeneficiary) and,
    // when caseId is not 0, links them to the case, in one transaction.
    Result<Beneficiary> registerBeneficiary(qint64 caseId, const Beneficiary &beneficiary);
    // BeneficiaryDesk::updateBeneficiary: corrections, a stale save refused.
    Result<Beneficiary> updateBeneficiary(const Beneficiary &b);
    // The service requested (0: none). The case is judged by the service's
    // rules as they are now, even if the manager changes them later.
    Result<Case> chooseService(qint64 caseId, qint64 serviceId);
    // The beneficiary's checklist entries (provided, verified, expiry), one
    // per document type; returns the whole checklist as saved.
    Result<QVector<Document>> saveDocuments(qint64 caseId, const QVector<Document> &documents);

    void setFaultInjector(DeskAction::FaultInjector injector);

private:
    Status linkBeneficiary(CaseContext &ctx, qint64 beneficiaryId);

    DeskAction m_action;
    BeneficiaryDesk m_beneficiaries;
};
