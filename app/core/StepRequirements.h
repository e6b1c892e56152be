// What a case must hold to leave each of the seven steps (DESIGN.md section 2),
// told as a list of what is missing, in words. An empty list means the step is
// complete.
#pragma once

#include "core/CaseContext.h"

#include <QCoreApplication>
#include <QStringList>

class StepRequirements final
{
    Q_DECLARE_TR_FUNCTIONS(StepRequirements)

public:
    // What is missing to leave the given step, judged on ctx.day.
    //  1 Reception: channel, purpose, arrival time, who received.
    //  2 Information: a saved beneficiary linked to the case, with name, ID
    //    number, consent and every field the service's rules read; a service
    //    for a service request; each required document provided and valid.
    //  3 Referral: no referral left unanswered.
    //  4 Verification: data verified, eligibility passed or overridden,
    //    declaration signed.
    //  5 Registration: a file number issued.
    //  6 Delivery: a delivery recorded and not waiting for approval.
    //  7 Survey: the survey taken or declined.
    static QStringList missing(const CaseContext &ctx, Step step);

    // Deliveries that count for the case's service.
    static QVector<Delivery> deliveriesForService(const CaseContext &ctx);
    static bool isAwaitingApproval(const Delivery &delivery);
    // The survey has answers, a comment, or was declined.
    static bool surveyDone(const CaseContext &ctx);

private:
    static QStringList reception(const CaseContext &ctx);
    static QStringList information(const CaseContext &ctx);
    static QStringList referral(const CaseContext &ctx);
    static QStringList verification(const CaseContext &ctx);
    static QStringList registration(const CaseContext &ctx);
    static QStringList delivery(const CaseContext &ctx);
    static QStringList survey(const CaseContext &ctx);

    static QStringList beneficiaryRecord(const CaseContext &ctx);
    static QStringList serviceChoice(const CaseContext &ctx);
};
