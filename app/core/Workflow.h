// The seven steps of the policy and the terminal states as a state machine
// (DESIGN.md section 2). Each transition checks what the case holds, refuses
// in words when it may not happen, and otherwise changes the CaseContext's case
// in place and returns the StepEvent to keep (who, when, from, to). Time is
// always passed in (take it from Clock); the workflow never reads the clock.
//
// Paths:
//   1 -> 2 -> 4 -> 5 -> 6 -> 7 -> closed (InquiryAnswered for an inquiry).
//   An inquiry answered at the desk goes 1 -> 7 (answerInquiryAtDesk).
//   Referral (step 3) is entered only by refer(), from step 1, 2 or 4; the case
//   waits (WaitingReferral) until the program officer answers
//   (referralAnswered: still at step 3, Open again, the answer waiting for the
//   desk); the desk then picks the answer up with resume() (or advance()) and
//   the case returns to the step it was referred from (Referral::fromStep).
//   Without a referral, step 3 is skipped.
//   withdraw() and markNotEligible() end the case where it stands.
// Role checks (who may answer a referral, override eligibility) are the
// caller's; the workflow records whoever it is told.
#pragma once

#include "core/CaseContext.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <QVector>

class Workflow final
{
    Q_DECLARE_TR_FUNCTIONS(Workflow)

public:
    // What is missing to leave the current step, in words; empty when the case
    // may advance. For a finished or waiting case, why nothing can happen.
    static QStringList canAdvance(const CaseContext &ctx);

    // The step advance() would move to from the current one (the step itself
    // at the survey, where advancing closes the case).
    static Step nextStep(const CaseContext &ctx);

    // Moves to the next step, or closes the case after the survey.
    static Result<StepEvent> advance(CaseContext &ctx, qint64 userId, const QDateTime &at);

    // Whether the case may be referred to the program officer: only from
    // reception, information or verification, while it is open (not finished,
    // not already waiting for an answer).
    static bool canRefer(const Case &c);

    // Refers the case to the program officer from step 1, 2 or 4: appends a
    // Referral (question, who, when, fromStep) to ctx.referrals, moves to step 3
    // and waits.
    static Result<StepEvent> refer(CaseContext &ctx, const QString &question, qint64 userId,
                                   const QDateTime &at);

    // The program officer's answer to the waiting referral; the case stays at
    // step 3, open, until the desk picks the answer up.
    static Result<StepEvent> referralAnswered(CaseContext &ctx, const QString &answer,
                                              qint64 officerId, const QDateTime &at);

    // The desk picks up the answer; the case returns to the step it was
    // referred from.
    static Result<StepEvent> resume(CaseContext &ctx, qint64 userId, const QDateTime &at);

    // An inquiry answered at reception goes straight to the survey.
    static Result<StepEvent> answerInquiryAtDesk(CaseContext &ctx, const QString &answer,
                                                 qint64 userId, const QDateTime &at);

    // The beneficiary withdraws; the reason is required.
    static Result<StepEvent> withdraw(CaseContext &ctx, const QString &reason, qint64 userId,
                                      const QDateTime &at);

    // Ends the case as not eligible (from step 2, 3 once answered, or 4); at
    // least one reason is required. The reasons are kept in closingReason, one
    // per line.
    static Result<StepEvent> markNotEligible(CaseContext &ctx, const QStringList &reasons,
                                             qint64 userId, const QDateTime &at);

    // For the step indicator.
    enum class StepState
    {
        Done,      // completed
        Skipped,   // passed over (no referral; an inquiry answered at the desk)
        Current,   // the case is at this step
        Waiting,   // at this step, waiting for the program officer
        Stopped,   // the case ended here (withdrawn, not eligible)
        Resumes,   // referred from here: the case returns here after the answer
        NotReached // not yet
    };
    static StepState stepState(const CaseContext &ctx, Step step);
    static QVector<StepState> stepStates(const CaseContext &ctx); // in Domain::steps() order
    static QString label(StepState state);

    // An inquiry sent from reception straight to the survey.
    static bool answeredAtDesk(const Case &c);

private:
    static Status checkCanAct(const CaseContext &ctx, qint64 userId, const QDateTime &at);
    static Status checkOpen(const CaseContext &ctx);
    // Both: who acts may, and the case is open.
    static Status checkCanActOnOpen(const CaseContext &ctx, qint64 userId, const QDateTime &at);
    static StepEvent move(CaseContext &ctx, Step to, CaseStatus status, qint64 userId,
                          const QDateTime &at, const QString &note = QString());
};
