#include "core/Workflow.h"

#include "core/Clock.h"
#include "core/StepRequirements.h"

#include <QTimeZone>

#include <algorithm>

namespace {

// The day the case is judged on: the caller's, or the desk's date of the change.
void ensureDay(CaseContext &ctx, const QDateTime &at)
{
    if (!ctx.day.isValid())
        ctx.day = at.toTimeZone(Clock::deskTimeZone()).date();
}

Referral *lastReferral(CaseContext &ctx)
{
    return ctx.referrals.isEmpty() ? nullptr : &ctx.referrals.last();
}

Referral *lastUnanswered(CaseContext &ctx)
{
    for (int i = ctx.referrals.size() - 1; i >= 0; --i) {
        if (!ctx.referrals[i].isAnswered())
            return &ctx.referrals[i];
    }
    return nullptr;
}

Step returnStep(const Referral &r)
{
    return r.fromStep == Step::Referral ? Step::Information : r.fromStep;
}

QStringList cleaned(const QStringList &lines)
{
    QStringList out;
    for (const QString &l : lines) {
        const QString t = l.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

} // namespace

Status Workflow::checkCanAct(const CaseContext &ctx, qint64 userId, const QDateTime &at)
{
    const CaseStatus status = ctx.theCase.status;
    if (Domain::isTerminal(status))
        return Status::failure(tr("This case is already finished (%1); it can no longer change.")
                                   .arg(Domain::label(status)));
    if (userId == 0)
        return Status::failure(tr("Who is making this change is not known."));
    if (!at.isValid())
        return Status::failure(tr("The time of this change is missing."));
    return Status::success();
}

Status Workflow::checkCanActOnOpen(const CaseContext &ctx, qint64 userId, const QDateTime &at)
{
    if (Status s = checkCanAct(ctx, userId, at); !s)
        return s;
    return checkOpen(ctx);
}

Status Workflow::checkOpen(const CaseContext &ctx)
{
    if (ctx.theCase.status == CaseStatus::WaitingReferral)
        return Status::failure(
            tr("This case is waiting for the program officer to answer the referral."));
    return Status::success();
}

StepEvent Workflow::move(CaseContext &ctx, Step to, CaseStatus status, qint64 userId,
                         const QDateTime &at, const QString &note)
{
    Case &c = ctx.theCase;
    const QDateTime utc = at.toUTC();
    StepEvent e;
    e.caseId = c.id;
    e.fromStep = c.step;
    e.fromStatus = c.status;
    e.toStep = to;
    e.toStatus = status;
    e.userId = userId;
    e.at = utc;
    e.note = note;

    if (c.step == Step::Reception && to != Step::Reception && !c.serviceStartAt.isValid())
        c.serviceStartAt = utc;
    if (Domain::isTerminal(status))
        c.endAt = utc;
    c.step = to;
    c.status = status;
    return e;
}

QStringList Workflow::canAdvance(const CaseContext &ctx)
{
    const CaseStatus status = ctx.theCase.status;
    if (Domain::isTerminal(status))
        return {tr("This case is already finished (%1); it can no longer change.")
                    .arg(Domain::label(status))};
    if (status == CaseStatus::WaitingReferral)
        return {tr("This case is waiting for the program officer to answer the referral.")};
    return StepRequirements::missing(ctx, ctx.theCase.step);
}

Step Workflow::nextStep(const CaseContext &ctx)
{
    switch (ctx.theCase.step) {
    case Step::Reception:
        return Step::Information;
    case Step::Information:
        return Step::Verification;
    case Step::Referral:
        return ctx.referrals.isEmpty() ? Step::Information : returnStep(ctx.referrals.last());
    case Step::Verification:
        return Step::Registration;
    case Step::Registration:
        return Step::Delivery;
    case Step::Delivery:
        return Step::Survey;
    case Step::Survey:
        return Step::Survey;
    }
    return ctx.theCase.step;
}

Result<StepEvent> Workflow::advance(CaseContext &ctx, qint64 userId, const QDateTime &at)
{
    if (Status s = checkCanActOnOpen(ctx, userId, at); !s)
        return s;
    if (ctx.theCase.step == Step::Referral)
        return resume(ctx, userId, at);

    ensureDay(ctx, at);
    const Step step = ctx.theCase.step;
    const QStringList missing = StepRequirements::missing(ctx, step);
    if (!missing.isEmpty())
        return Status::failure(tr("The case cannot leave the %1 step yet:\n%2")
                                   .arg(Domain::label(step), missing.join(QLatin1Char('\n'))));

    if (step == Step::Survey) {
        const CaseStatus closed = ctx.theCase.purpose == Purpose::Inquiry
                                      ? CaseStatus::InquiryAnswered
                                      : CaseStatus::Closed;
        return move(ctx, Step::Survey, closed, userId, at);
    }
    return move(ctx, nextStep(ctx), CaseStatus::Open, userId, at);
}

bool Workflow::canRefer(const Case &c)
{
    return c.status == CaseStatus::Open &&
           (c.step == Step::Reception || c.step == Step::Information ||
            c.step == Step::Verification);
}

Result<StepEvent> Workflow::refer(CaseContext &ctx, const QString &question, qint64 userId,
                                  const QDateTime &at)
{
    if (Status s = checkCanActOnOpen(ctx, userId, at); !s)
        return s;
    const Step from = ctx.theCase.step;
    if (!canRefer(ctx.theCase))
        return Status::failure(tr("A case can be referred to the program officer only from "
                                  "reception, information or verification; this case is at %1.")
                                   .arg(Domain::label(from)));
    const QString q = question.trimmed();
    if (q.isEmpty())
        return Status::failure(tr("Write the question for the program officer."));

    Referral r;
    r.caseId = ctx.theCase.id;
    r.question = q;
    r.fromStep = from;
    r.referredBy = userId;
    r.referredAt = at.toUTC();
    ctx.referrals << r;
    return move(ctx, Step::Referral, CaseStatus::WaitingReferral, userId, at, q);
}

Result<StepEvent> Workflow::referralAnswered(CaseContext &ctx, const QString &answer,
                                             qint64 officerId, const QDateTime &at)
{
    if (Status s = checkCanAct(ctx, officerId, at); !s)
        return s;
    Referral *waiting = lastUnanswered(ctx);
    if (ctx.theCase.status != CaseStatus::WaitingReferral || !waiting)
        return Status::failure(tr("This case is not waiting for an answer from the program "
                                  "officer."));
    const QString a = answer.trimmed();
    if (a.isEmpty())
        return Status::failure(tr("Write the program officer's answer."));

    waiting->answer = a;
    waiting->answeredBy = officerId;
    waiting->answeredAt = at.toUTC();
    return move(ctx, Step::Referral, CaseStatus::Open, officerId, at, a);
}

Result<StepEvent> Workflow::resume(CaseContext &ctx, qint64 userId, const QDateTime &at)
{
    if (Status s = checkCanActOnOpen(ctx, userId, at); !s)
        return s;
    if (ctx.theCase.step != Step::Referral)
        return Status::failure(
            tr("This case is not at the referral step; there is nothing to resume."));
    const QStringList missing = StepRequirements::missing(ctx, Step::Referral);
    if (!missing.isEmpty())
        return Status::failure(missing.join(QLatin1Char('\n')));

    Referral *r = lastReferral(ctx);
    if (!r->pickedUpAt.isValid())
        r->pickedUpAt = at.toUTC();
    return move(ctx, returnStep(*r), CaseStatus::Open, userId, at);
}

Result<StepEvent> Workflow::answerInquiryAtDesk(CaseContext &ctx, const QString &answer,
                                                qint64 userId, const QDateTime &at)
{
    if (Status s = checkCanActOnOpen(ctx, userId, at); !s)
        return s;
    const Case &c = ctx.theCase;
    if (c.purpose != Purpose::Inquiry)
        return Status::failure(
            tr("Only an inquiry can be answered at the desk; this case's purpose is: %1.")
                .arg(Domain::label(c.purpose)));
    if (c.step != Step::Reception)
        return Status::failure(
            tr("An inquiry can be answered at the desk only during reception; this case is at %1.")
                .arg(Domain::label(c.step)));
    const QString a = answer.trimmed();
    if (a.isEmpty())
        return Status::failure(tr("Write the answer given to the visitor."));
    const QStringList missing = StepRequirements::missing(ctx, Step::Reception);
    if (!missing.isEmpty())
        return Status::failure(
            tr("The case cannot leave the %1 step yet:\n%2")
                .arg(Domain::label(Step::Reception), missing.join(QLatin1Char('\n'))));

    ctx.theCase.answerText = a;
    return move(ctx, Step::Survey, CaseStatus::Open, userId, at, a);
}

Result<StepEvent> Workflow::withdraw(CaseContext &ctx, const QString &reason, qint64 userId,
                                     const QDateTime &at)
{
    if (Status s = checkCanAct(ctx, userId, at); !s)
        return s;
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Status::failure(tr("Write why the beneficiary withdrew."));
    ctx.theCase.closingReason = why;
    return move(ctx, ctx.theCase.step, CaseStatus::Withdrawn, userId, at, why);
}

Result<StepEvent> Workflow::markNotEligible(CaseContext &ctx, const QStringList &reasons,
                                            qint64 userId, const QDateTime &at)
{
    if (Status s = checkCanActOnOpen(ctx, userId, at); !s)
        return s;
    const Step step = ctx.theCase.step;
    if (step != Step::Information && step != Step::Referral && step != Step::Verification)
        return Status::failure(tr("Eligibility is decided during information, referral or "
                                  "verification; this case is at %1.")
                                   .arg(Domain::label(step)));
    const QStringList why = cleaned(reasons);
    if (why.isEmpty())
        return Status::failure(
            tr("Write at least one reason why the beneficiary is not eligible."));
    const QString text = why.join(QLatin1Char('\n'));
    ctx.theCase.closingReason = text;
    return move(ctx, step, CaseStatus::NotEligible, userId, at, text);
}

bool Workflow::answeredAtDesk(const Case &c)
{
    return c.purpose == Purpose::Inquiry && c.step == Step::Survey && !c.dataVerified &&
           !c.answerText.trimmed().isEmpty();
}

Workflow::StepState Workflow::stepState(const CaseContext &ctx, Step step)
{
    const Case &c = ctx.theCase;
    const int s = int(step);
    const int current = int(c.step);

    if (step == c.step) {
        if (c.status == CaseStatus::Closed || c.status == CaseStatus::InquiryAnswered)
            return StepState::Done;
        if (Domain::isTerminal(c.status))
            return StepState::Stopped;
        if (c.status == CaseStatus::WaitingReferral)
            return StepState::Waiting;
        if (step == Step::Delivery) {
            const QVector<Delivery> deliveries = StepRequirements::deliveriesForService(ctx);
            const bool anyReady =
                std::any_of(deliveries.begin(), deliveries.end(), [](const Delivery &d) {
                    return !StepRequirements::isAwaitingApproval(d);
                });
            if (!deliveries.isEmpty() && !anyReady)
                return StepState::Waiting;
        }
        return StepState::Current;
    }
    if (step == Step::Referral) {
        if (!ctx.referrals.isEmpty())
            return StepState::Done;
        return current > s ? StepState::Skipped : StepState::NotReached;
    }
    // At the referral step, the step referred from is still to be finished.
    if (c.step == Step::Referral && !ctx.referrals.isEmpty()) {
        const int back = int(returnStep(ctx.referrals.last()));
        if (s == back)
            return StepState::Resumes;
        if (s > back)
            return StepState::NotReached;
    }
    if (s < current)
        return answeredAtDesk(c) && step != Step::Reception ? StepState::Skipped : StepState::Done;
    return StepState::NotReached;
}

QVector<Workflow::StepState> Workflow::stepStates(const CaseContext &ctx)
{
    QVector<StepState> states;
    for (Step step : Domain::steps())
        states << stepState(ctx, step);
    return states;
}

QString Workflow::label(StepState state)
{
    switch (state) {
    case StepState::Done:
        return tr("Done");
    case StepState::Skipped:
        return tr("Skipped");
    case StepState::Current:
        return tr("Current step");
    case StepState::Waiting:
        return tr("Waiting for the program officer");
    case StepState::Stopped:
        return tr("The case ended here");
    case StepState::Resumes:
        return tr("Resumes after the answer");
    case StepState::NotReached:
        return tr("Not reached yet");
    }
    return {};
}
