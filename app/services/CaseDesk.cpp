#include "services/CaseDesk.h"

#include "core/Workflow.h"
#include "services/Session.h"

CaseDesk::CaseDesk(Database &db, const Session &session)
    : m_action(db, session), m_reception(db, session), m_information(db, session),
      m_verification(db, session), m_delivery(db, session), m_survey(db, session)
{}

void CaseDesk::setFaultInjector(DeskAction::FaultInjector injector)
{
    m_reception.setFaultInjector(injector);
    m_information.setFaultInjector(injector);
    m_verification.setFaultInjector(injector);
    m_delivery.setFaultInjector(injector);
    m_survey.setFaultInjector(injector);
    m_action.setFaultInjector(std::move(injector));
}

Status CaseDesk::together(const std::function<Status()> &actions)
{
    return m_action.run(QStringLiteral("case.page"), actions);
}

Result<Case> CaseDesk::advance(qint64 caseId)
{
    return m_action.onCase(Action::AdvanceCase, QStringLiteral("case.advance"), caseId,
                           [&](CaseContext &ctx) -> Status {
                               const QVector<Referral> before = ctx.referrals;
                               const Step from = ctx.theCase.step;
                               const Result<StepEvent> e =
                                   Workflow::advance(ctx, m_action.actor(), DeskAction::now());
                               if (!e)
                                   return e.status();
                               // Eligibility has been judged: fix the rules version if the case
                               // had none (cases stored before versions were pinned).
                               if (from == Step::Verification && ctx.service) {
                                   if (Status s = m_action.pinRules(ctx); !s)
                                       return s;
                               }
                               return m_action.save(ctx, before, e->note);
                           });
}

Result<Referral> CaseDesk::refer(qint64 caseId, const QString &question)
{
    const auto refer = [&](CaseContext &ctx, qint64 userId, const QDateTime &at) {
        return Workflow::refer(ctx, question, userId, at);
    };
    return m_action.onCaseMaking<Referral>(Action::ReferCase, QStringLiteral("case.refer"), caseId,
                                           [&](CaseContext &ctx) -> Result<Referral> {
                                               if (Status s = m_action.move(ctx, refer); !s)
                                                   return s;
                                               return ctx.referrals.last();
                                           });
}

Result<Case> CaseDesk::resumeAfterReferral(qint64 caseId)
{
    return m_action.onCaseMove(Action::AdvanceCase, QStringLiteral("case.resume"), caseId,
                               &Workflow::resume);
}

Result<Case> CaseDesk::withdraw(qint64 caseId, const QString &reason)
{
    return m_action.onCaseMove(Action::WithdrawCase, QStringLiteral("case.withdraw"), caseId,
                               [&](CaseContext &ctx, qint64 userId, const QDateTime &at) {
                                   return Workflow::withdraw(ctx, reason, userId, at);
                               });
}

Result<Case> CaseDesk::markNotEligible(qint64 caseId, const QStringList &reasons)
{
    const bool officer = m_action.session().may(Action::DecideNotEligible);
    if (!officer && !m_action.session().may(Action::AdvanceCase))
        return m_action.permit(Action::DecideNotEligible);
    return m_action.onCase(
        officer ? Action::DecideNotEligible : Action::AdvanceCase,
        QStringLiteral("case.not_eligible"), caseId, [&](CaseContext &ctx) -> Status {
            QStringList why = reasons;
            int rulesVersion = ctx.service ? ctx.service->rulesVersion : 0;
            if (!officer) {
                const Eligibility e = DeskAction::evaluate(ctx);
                if (!ctx.service || !ctx.beneficiary || ctx.eligibilityOverridden || e.passed())
                    return Status::failure(
                        tr("Only the program officer may decide that a beneficiary is not "
                           "eligible when the service's eligibility rules are met or "
                           "overridden."));
                why = e.failureReasons() + reasons;
            }
            const auto decide = [&](CaseContext &c, qint64 userId, const QDateTime &at) {
                return Workflow::markNotEligible(c, why, userId, at);
            };
            if (Status s = m_action.move(ctx, decide); !s)
                return s;
            // The reasons are words about the person: they stay with the case,
            // where anonymisation can clear them, not in the hash-chained
            // trail (rows written before issue 13 keep theirs).
            return m_action.audit(QStringLiteral("case.not_eligible"), caseId,
                                  {{QStringLiteral("service"), ctx.theCase.serviceId},
                                   {QStringLiteral("rules_version"), rulesVersion},
                                   {QStringLiteral("by_rules"), !officer}});
        });
}
