#include "services/InformationDesk.h"

#include "core/ProcessingRestriction.h"
#include "storage/BeneficiaryRepository.h"
#include "storage/DocumentRepository.h"
#include "storage/EligibilityRepository.h"
#include "storage/ServiceRepository.h"

#include <QSet>

InformationDesk::InformationDesk(Database &db, const Session &session)
    : m_action(db, session), m_beneficiaries(db, session)
{}

void InformationDesk::setFaultInjector(DeskAction::FaultInjector injector)
{
    m_beneficiaries.setFaultInjector(injector);
    m_action.setFaultInjector(std::move(injector));
}

Status InformationDesk::linkBeneficiary(CaseContext &ctx, qint64 beneficiaryId)
{
    if (Status s = DeskAction::checkAtStep(ctx, {Step::Reception, Step::Information}); !s)
        return s;
    const Result<Beneficiary> b = BeneficiaryRepository(m_action.db()).get(beneficiaryId);
    if (!b)
        return b.status();
    if (Status s = ProcessingRestriction::checkUsable(*b); !s)
        return s;
    const qint64 previous = ctx.theCase.beneficiaryId;
    if (previous == beneficiaryId)
        return Status::success();
    ctx.theCase.beneficiaryId = beneficiaryId;
    ctx.beneficiary = *b;
    if (Status s = m_action.saveCase(ctx); !s)
        return s;
    return m_action.audit(
        QStringLiteral("case.beneficiary"), ctx.theCase.id,
        {{QStringLiteral("beneficiary"), beneficiaryId}, {QStringLiteral("previous"), previous}});
}

Result<Case> InformationDesk::attachBeneficiary(qint64 caseId, qint64 beneficiaryId)
{
    return m_action.onCase(Action::EditCase, QStringLiteral("case.attach_beneficiary"), caseId,
                           [&](CaseContext &ctx) { return linkBeneficiary(ctx, beneficiaryId); });
}

Result<Beneficiary> InformationDesk::registerBeneficiary(qint64 caseId, const Beneficiary &input)
{
    if (caseId == 0)
        return m_beneficiaries.registerBeneficiary(input);
    if (Status s = m_action.permit(Action::EditCase); !s)
        return s;
    return m_action.make<Beneficiary>(
        QStringLiteral("case.register_beneficiary"), [&]() -> Result<Beneficiary> {
            const Result<Beneficiary> created = m_beneficiaries.registerBeneficiary(input);
            if (!created)
                return created;
            Result<CaseContext> ctx = m_action.load(caseId);
            if (!ctx)
                return ctx.status();
            if (Status s = linkBeneficiary(ctx.value(), created->id); !s)
                return s;
            return created;
        });
}

Result<Beneficiary> InformationDesk::updateBeneficiary(const Beneficiary &b)
{
    return m_beneficiaries.updateBeneficiary(b);
}

Result<Case> InformationDesk::chooseService(qint64 caseId, qint64 serviceId)
{
    return m_action.onCase(
        Action::EditCase, QStringLiteral("case.choose_service"), caseId,
        [&](CaseContext &ctx) -> Status {
            if (Status s = DeskAction::checkAtStep(
                    ctx, {Step::Reception, Step::Information, Step::Verification});
                !s)
                return s;
            if (ctx.theCase.serviceId == serviceId)
                return Status::success(); // the same service keeps the rules it is judged by
            if (serviceId == 0) {
                ctx.theCase.serviceId = 0;
                if (Status s = m_action.saveCase(ctx); !s)
                    return s;
                return m_action.audit(QStringLiteral("case.service"), caseId,
                                      {{QStringLiteral("service"), 0}});
            }
            const Result<Service> service = ServiceRepository(m_action.db()).get(serviceId);
            if (!service)
                return service.status();
            if (!service->active)
                return Status::failure(tr("The service %1 is no longer offered; choose another.")
                                           .arg(service->displayName()));
            ctx.theCase.serviceId = serviceId;
            if (Status s = m_action.saveCase(ctx); !s)
                return s;
            return EligibilityRepository(m_action.db())
                .pinRules(caseId, serviceId, service->rulesVersion, m_action.actor());
        });
}

Result<QVector<Document>> InformationDesk::saveDocuments(qint64 caseId,
                                                         const QVector<Document> &documents)
{
    return m_action.onCaseMaking<QVector<Document>>(
        Action::EditCase, QStringLiteral("case.documents"), caseId,
        [&](CaseContext &ctx) -> Result<QVector<Document>> {
            if (Status s = DeskAction::checkChangeable(ctx); !s)
                return s;
            if (!ctx.beneficiary)
                return Status::failure(
                    tr("Find or register the beneficiary before recording their documents."));
            DocumentRepository repository(m_action.db());
            QSet<QString> seen;
            for (Document d : documents) {
                if (seen.contains(d.typeCode))
                    return Status::failure(tr("The document %1 is listed twice.")
                                               .arg(ctx.checklist().nameOf(d.typeCode)));
                seen.insert(d.typeCode);
                d.beneficiaryId = ctx.beneficiary->id;
                if (!d.provided)
                    d.verified = false;
                const Result<Document> saved = repository.save(d, m_action.actor());
                if (!saved)
                    return saved.status();
            }
            return repository.forBeneficiary(ctx.beneficiary->id);
        });
}
