#include "services/OfficerDesk.h"

#include "core/Clock.h"
#include "core/Workflow.h"
#include "services/Session.h"
#include "storage/Database.h"
#include "storage/DeliveryRepository.h"
#include "storage/EligibilityRepository.h"

OfficerDesk::OfficerDesk(Database &db, const Session &session) : m_db(db), m_action(db, session) {}

void OfficerDesk::setFaultInjector(DeskAction::FaultInjector injector)
{
    m_action.setFaultInjector(std::move(injector));
}

Result<Referral> OfficerDesk::answerReferral(qint64 caseId, const QString &answer)
{
    return m_action.onCaseMaking<Referral>(
        Action::AnswerReferral, QStringLiteral("referral.answer"), caseId,
        [&](CaseContext &ctx) -> Result<Referral> {
            const auto answered = [&](CaseContext &c, qint64 userId, const QDateTime &at) {
                return Workflow::referralAnswered(c, answer, userId, at);
            };
            if (Status s = m_action.move(ctx, answered); !s)
                return s;
            Referral theAnswer;
            for (const Referral &r : ctx.referrals) {
                if (r.isAnswered() && r.answeredBy == m_action.actor())
                    theAnswer = r;
            }
            return theAnswer;
        });
}

Result<EligibilityOverride> OfficerDesk::overrideEligibility(qint64 caseId, const QString &reason)
{
    return m_action.onCaseMaking<EligibilityOverride>(
        Action::OverrideEligibility, QStringLiteral("case.eligibility_override"), caseId,
        [&](CaseContext &ctx) -> Result<EligibilityOverride> {
            const CaseStatus status = ctx.theCase.status;
            if (Domain::isTerminal(status))
                return Status::failure(
                    tr("This case is already finished (%1); it can no longer change.")
                        .arg(Domain::label(status)));
            const Step step = ctx.theCase.step;
            if (step != Step::Information && step != Step::Referral && step != Step::Verification)
                return Status::failure(tr("Eligibility is reviewed during information, referral "
                                          "or verification; this case is at the %1 step.")
                                           .arg(Domain::label(step)));
            if (!ctx.service)
                return Status::failure(tr("No service has been chosen for this case, so there "
                                          "are no eligibility rules to override."));
            if (!ctx.beneficiary)
                return Status::failure(tr("No beneficiary has been found or registered for this "
                                          "case yet."));
            if (ctx.eligibilityOverridden)
                return Status::failure(
                    tr("The eligibility rules of this case were already overridden."));
            if (reason.trimmed().isEmpty())
                return Status::failure(
                    tr("Write the reason for overriding the eligibility rules."));
            const Eligibility e = DeskAction::evaluate(ctx);
            if (e.passed())
                return Status::failure(tr("The beneficiary meets every eligibility rule of the "
                                          "service; there is nothing to override."));

            if (Status s = m_action.pinRules(ctx); !s)
                return s;
            EligibilityOverride o;
            o.caseId = caseId;
            o.serviceId = ctx.service->id;
            o.rulesVersion = ctx.service->rulesVersion;
            o.reason = reason.trimmed();
            o.failedRules = e.failureReasons();
            o.overriddenBy = m_action.actor();
            o.overriddenAt = DeskAction::now();
            return EligibilityRepository(m_db).addOverride(o, m_action.actor());
        });
}

Result<Delivery> OfficerDesk::approveDelivery(qint64 deliveryId)
{
    if (Status s = m_action.permit(Action::ApproveDelivery); !s)
        return s;
    return m_action.make<Delivery>(QStringLiteral("delivery.approve"), [&]() -> Result<Delivery> {
        DeliveryRepository deliveries(m_db);
        const Result<Delivery> delivery = deliveries.get(deliveryId);
        if (!delivery)
            return delivery.status();
        const Result<CaseContext> ctx = m_action.load(delivery->caseId);
        if (!ctx)
            return ctx.status();
        if (Status s = DeskAction::checkUsable(Action::ApproveDelivery, *ctx); !s)
            return s;
        const CaseStatus status = ctx->theCase.status;
        if (Domain::isTerminal(status))
            return Status::failure(
                tr("This case is already finished (%1); it can no longer change.")
                    .arg(Domain::label(status)));
        return deliveries.approve(deliveryId, m_action.actor());
    });
}
