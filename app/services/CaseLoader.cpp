#include "services/CaseLoader.h"

#include "core/Clock.h"
#include "core/DeskText.h"
#include "storage/BeneficiaryRepository.h"
#include "storage/CaseRepository.h"
#include "storage/DeliveryRepository.h"
#include "storage/DocumentRepository.h"
#include "storage/EligibilityRepository.h"
#include "storage/ReferralRepository.h"
#include "storage/ServiceRepository.h"
#include "storage/SurveyRepository.h"

DocumentChecklist::Namer CaseLoader::namer(const QVector<DocumentType> &types)
{
    return [types](const QString &code) -> QString {
        for (const DocumentType &t : types) {
            if (t.code != code)
                continue;
            const QString name = DeskText::localName(t.nameAr, t.nameEn);
            return name.trimmed().isEmpty() ? t.code : name;
        }
        return code;
    };
}

Result<Service> CaseLoader::serviceForCase(qint64 caseId, qint64 serviceId) const
{
    Result<Service> service = ServiceRepository(m_db).get(serviceId);
    if (!service)
        return service;
    const auto pinned = EligibilityRepository(m_db).pinnedRules(caseId);
    if (!pinned)
        return pinned.status();
    if (!pinned->has_value() || (*pinned)->serviceId != serviceId ||
        (*pinned)->rulesVersion == service->rulesVersion)
        return service;
    const int version = (*pinned)->rulesVersion;
    const auto rules = ServiceRepository(m_db).rulesAt(serviceId, version);
    if (!rules)
        return rules.status();
    Service atVersion = service.value();
    atVersion.rules = *rules;
    atVersion.rulesVersion = version;
    return atVersion;
}

Result<CaseContext> CaseLoader::load(qint64 caseId, const QDate &day) const
{
    CaseContext ctx;
    const Result<Case> c = CaseRepository(m_db).get(caseId);
    if (!c)
        return c.status();
    ctx.theCase = *c;
    ctx.day = day.isValid() ? day : Clock::instance().today();

    const auto types = ServiceRepository(m_db).documentTypes();
    if (!types)
        return types.status();
    ctx.documentTypes = *types;
    ctx.documentName = namer(*types);

    if (ctx.theCase.beneficiaryId != 0) {
        const Result<Beneficiary> b = BeneficiaryRepository(m_db).get(ctx.theCase.beneficiaryId);
        if (!b)
            return b.status();
        ctx.beneficiary = *b;
        const auto documents = DocumentRepository(m_db).forBeneficiary(b->id);
        if (!documents)
            return documents.status();
        ctx.documents = *documents;
    }

    if (ctx.theCase.serviceId != 0) {
        const Result<Service> service = serviceForCase(caseId, ctx.theCase.serviceId);
        if (!service)
            return service.status();
        ctx.service = *service;
        const auto overrides = EligibilityRepository(m_db).overridesForCase(caseId);
        if (!overrides)
            return overrides.status();
        for (const EligibilityOverride &o : *overrides) {
            if (o.serviceId == service->id && o.rulesVersion == service->rulesVersion)
                ctx.eligibilityOverridden = true;
        }
    }

    const auto referrals = ReferralRepository(m_db).forCase(caseId);
    if (!referrals)
        return referrals.status();
    ctx.referrals = *referrals;

    const auto deliveries = DeliveryRepository(m_db).forCase(caseId);
    if (!deliveries)
        return deliveries.status();
    ctx.deliveries = *deliveries;

    const auto survey = SurveyRepository(m_db).responseForCase(caseId);
    if (!survey)
        return survey.status();
    if (survey->has_value())
        ctx.survey = **survey;
    return ctx;
}
