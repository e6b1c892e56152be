#include "services/DeskAction.h"

#include "core/Clock.h"
#include "core/ProcessingRestriction.h"
#include "services/CaseLoader.h"
#include "services/Session.h"
#include "storage/AuditRepository.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/EligibilityRepository.h"
#include "storage/ReferralRepository.h"

qint64 DeskAction::actor() const
{
    return m_session.userId();
}

QDateTime DeskAction::now()
{
    return Clock::instance().nowUtc();
}

Status DeskAction::permit(Action action) const
{
    return m_session.require(action);
}

Status DeskAction::run(const QString &name, const std::function<Status()> &work) const
{
    return m_db.transaction([&]() -> Status {
        if (Status s = work(); !s)
            return s;
        if (m_fault)
            return m_fault(name);
        return Status::success();
    });
}

Result<Case> DeskAction::onCase(Action permission, const QString &name, qint64 caseId,
                                const std::function<Status(CaseContext &)> &work) const
{
    return onCaseMaking<Case>(permission, name, caseId, [&](CaseContext &ctx) -> Result<Case> {
        if (Status s = work(ctx); !s)
            return s;
        return ctx.theCase;
    });
}

Result<CaseContext> DeskAction::load(qint64 caseId) const
{
    return CaseLoader(m_db).load(caseId);
}

Status DeskAction::saveCase(CaseContext &ctx, const QString &note) const
{
    const Result<Case> saved = CaseRepository(m_db).update(ctx.theCase, actor(), note);
    if (!saved)
        return saved.status();
    ctx.theCase = *saved;
    return Status::success();
}

Status DeskAction::save(CaseContext &ctx, const QVector<Referral> &before,
                        const QString &note) const
{
    if (Status s = saveCase(ctx, note); !s)
        return s;
    ReferralRepository referrals(m_db);
    for (Referral &r : ctx.referrals) {
        if (r.id == 0) {
            const Result<Referral> created = referrals.create(r, actor());
            if (!created)
                return created.status();
            r = *created;
            continue;
        }
        const Referral *old = nullptr;
        for (const Referral &b : before) {
            if (b.id == r.id)
                old = &b;
        }
        if (!old)
            continue;
        if (r.isAnswered() && !old->isAnswered()) {
            const Result<Referral> answered = referrals.answer(r.id, r.answer, actor());
            if (!answered)
                return answered.status();
        }
        if (r.pickedUpAt.isValid() && !old->pickedUpAt.isValid()) {
            const Result<Referral> picked = referrals.markPickedUp(r.id, actor());
            if (!picked)
                return picked.status();
        }
    }
    return Status::success();
}

Status DeskAction::move(CaseContext &ctx, const Transition &transition) const
{
    const QVector<Referral> before = ctx.referrals;
    const Result<StepEvent> e = transition(ctx, actor(), now());
    if (!e)
        return e.status();
    return save(ctx, before, e->note);
}

Result<Case> DeskAction::onCaseMove(Action permission, const QString &name, qint64 caseId,
                                    const Transition &transition) const
{
    return onCase(permission, name, caseId,
                  [&](CaseContext &ctx) { return move(ctx, transition); });
}

Status DeskAction::pinRules(const CaseContext &ctx) const
{
    if (!ctx.service)
        return Status::success();
    EligibilityRepository eligibility(m_db);
    const auto pinned = eligibility.pinnedRules(ctx.theCase.id);
    if (!pinned)
        return pinned.status();
    if (pinned->has_value())
        return Status::success();
    return eligibility.pinRules(ctx.theCase.id, ctx.service->id, ctx.service->rulesVersion,
                                actor());
}

Status DeskAction::audit(const QString &action, qint64 caseId, const QJsonObject &details) const
{
    return AuditRepository(m_db).record(actor(), action, QStringLiteral("case"), caseId, details);
}

Status DeskAction::checkChangeable(const CaseContext &ctx)
{
    const CaseStatus status = ctx.theCase.status;
    if (Domain::isTerminal(status))
        return Status::failure(tr("This case is already finished (%1); it can no longer change.")
                                   .arg(Domain::label(status)));
    if (status == CaseStatus::WaitingReferral)
        return Status::failure(
            tr("This case is waiting for the program officer to answer the referral."));
    return Status::success();
}

Status DeskAction::checkAtStep(const CaseContext &ctx, std::initializer_list<Step> steps)
{
    if (Status s = checkChangeable(ctx); !s)
        return s;
    const Step current = ctx.theCase.step;
    QStringList names;
    for (Step s : steps) {
        if (s == current)
            return Status::success();
        names << Domain::label(s);
    }
    if (names.size() == 1)
        return Status::failure(tr("This is done at the %1 step; this case is at the %2 step.")
                                   .arg(names.first(), Domain::label(current)));
    return Status::failure(
        tr("This is done at one of these steps: %1; this case is at the %2 step.")
            .arg(names.join(QStringLiteral(" / ")), Domain::label(current)));
}

Eligibility DeskAction::evaluate(const CaseContext &ctx)
{
    if (!ctx.service || !ctx.beneficiary)
        return Eligibility();
    return Eligibility::evaluate(*ctx.service, *ctx.beneficiary, ctx.documents, ctx.day,
                                 ctx.checklist());
}

Status DeskAction::checkUsable(Action permission, const CaseContext &ctx)
{
    if (permission == Action::WithdrawCase || !ctx.beneficiary)
        return Status::success();
    return ProcessingRestriction::checkUsable(*ctx.beneficiary);
}
