#include "core/StepRequirements.h"

#include "core/Eligibility.h"

QStringList StepRequirements::missing(const CaseContext &ctx, Step step)
{
    switch (step) {
    case Step::Reception:
        return reception(ctx);
    case Step::Information:
        return information(ctx);
    case Step::Referral:
        return referral(ctx);
    case Step::Verification:
        return verification(ctx);
    case Step::Registration:
        return registration(ctx);
    case Step::Delivery:
        return delivery(ctx);
    case Step::Survey:
        return survey(ctx);
    }
    return {};
}

QStringList StepRequirements::reception(const CaseContext &ctx)
{
    const Case &c = ctx.theCase;
    QStringList out;
    if (Domain::code(c.channel).isEmpty())
        out << tr("The contact channel is not recorded.");
    if (Domain::code(c.purpose).isEmpty())
        out << tr("The purpose of the visit is not recorded.");
    if (!c.arrivalAt.isValid())
        out << tr("The arrival time is not recorded.");
    if (c.receivedBy == 0)
        out << tr("Who received the visitor is not recorded.");
    return out;
}

QStringList StepRequirements::beneficiaryRecord(const CaseContext &ctx)
{
    if (!ctx.beneficiary)
        return {tr("No beneficiary has been found or registered for this case.")};
    const Beneficiary &b = *ctx.beneficiary;
    QStringList out;
    if (b.id == 0)
        out << tr("The beneficiary's record has not been saved yet.");
    else if (ctx.theCase.beneficiaryId != b.id)
        out << tr("The beneficiary's record is not linked to this case.");
    return out;
}

QStringList StepRequirements::serviceChoice(const CaseContext &ctx)
{
    const Case &c = ctx.theCase;
    if (c.serviceId == 0) {
        if (c.purpose == Purpose::ServiceRequest)
            return {tr("No service has been chosen.")};
        return {};
    }
    if (!ctx.service || ctx.service->id != c.serviceId)
        return {tr("The details of the chosen service are not available.")};
    if (!ctx.service->active)
        return {tr("The chosen service is no longer offered; choose another.")};
    return {};
}

QStringList StepRequirements::information(const CaseContext &ctx)
{
    QStringList out = beneficiaryRecord(ctx);
    if (ctx.beneficiary) {
        const Beneficiary &b = *ctx.beneficiary;
        if (b.name.first.trimmed().isEmpty() || b.name.family.trimmed().isEmpty())
            out << tr("The beneficiary's first and family names are required.");
        if (b.idNumber.trimmed().isEmpty())
            out << tr("The beneficiary's ID number is not recorded.");
        if (!b.consentGiven)
            out << tr("The beneficiary's consent to the use of their data is not recorded.");
    }
    const QStringList service = serviceChoice(ctx);
    out << service;
    if (!service.isEmpty() || !ctx.service)
        return out;

    if (ctx.beneficiary) {
        for (Eligibility::Field f : Eligibility::missingFields(*ctx.service, *ctx.beneficiary))
            out << tr("%1 The chosen service requires it.").arg(Eligibility::notRecordedReason(f));
    }
    if (!ctx.service->requiredDocuments.isEmpty()) {
        if (!ctx.day.isValid()) {
            out << tr("The day the case is handled is not set, so expiry dates cannot be checked.");
        } else {
            const auto findings =
                ctx.checklist().check(ctx.service->requiredDocuments, ctx.documents, ctx.day);
            for (const auto &f : findings)
                out << f.reason;
        }
    }
    return out;
}

QStringList StepRequirements::referral(const CaseContext &ctx)
{
    if (ctx.theCase.status == CaseStatus::WaitingReferral)
        return {tr("The program officer has not answered the referral yet.")};
    if (ctx.referrals.isEmpty())
        return {tr("There is no referral to return from.")};
    for (const Referral &r : ctx.referrals) {
        if (!r.isAnswered())
            return {tr("The program officer has not answered the referral yet.")};
    }
    return {};
}

QStringList StepRequirements::verification(const CaseContext &ctx)
{
    const Case &c = ctx.theCase;
    QStringList out = beneficiaryRecord(ctx);
    if (!c.dataVerified)
        out << tr("The beneficiary's data has not been marked as verified.");
    if (!c.declarationSignedAt.isValid())
        out << tr("The beneficiary's signed declaration has not been recorded.");

    const QStringList service = serviceChoice(ctx);
    out << service;
    if (!service.isEmpty() || !ctx.service || !ctx.beneficiary || ctx.eligibilityOverridden)
        return out;
    if (!ctx.day.isValid()) {
        out << tr("The day the case is handled is not set, so eligibility cannot be judged.");
        return out;
    }
    const Eligibility e = Eligibility::evaluate(*ctx.service, *ctx.beneficiary, ctx.documents,
                                                ctx.day, ctx.checklist());
    if (!e.passed()) {
        out << tr("The service's eligibility rules are not met; a program officer may override "
                  "them with a written reason:");
        out << e.failureReasons();
    }
    return out;
}

QStringList StepRequirements::registration(const CaseContext &ctx)
{
    QStringList out = beneficiaryRecord(ctx);
    if (ctx.beneficiary && ctx.beneficiary->fileNumber.trimmed().isEmpty())
        out << tr("No file number has been issued.");
    return out;
}

bool StepRequirements::isAwaitingApproval(const Delivery &d)
{
    return d.awaitingApproval && !d.approvedAt.isValid();
}

QVector<Delivery> StepRequirements::deliveriesForService(const CaseContext &ctx)
{
    QVector<Delivery> out;
    const qint64 service = ctx.theCase.serviceId;
    for (const Delivery &d : ctx.deliveries) {
        if (service == 0 || d.serviceId == 0 || d.serviceId == service)
            out << d;
    }
    return out;
}

QStringList StepRequirements::delivery(const CaseContext &ctx)
{
    const QVector<Delivery> deliveries = deliveriesForService(ctx);
    if (deliveries.isEmpty())
        return {tr("No delivery of the service has been recorded.")};
    for (const Delivery &d : deliveries) {
        if (!isAwaitingApproval(d))
            return {};
    }
    return {tr("The delivery is waiting for the program officer's approval.")};
}

bool StepRequirements::surveyDone(const CaseContext &ctx)
{
    if (!ctx.survey)
        return false;
    const SurveyResponse &s = *ctx.survey;
    return s.declined || !s.answers.isEmpty() || !s.comment.trimmed().isEmpty();
}

QStringList StepRequirements::survey(const CaseContext &ctx)
{
    if (surveyDone(ctx))
        return {};
    return {tr("The satisfaction survey has been neither taken nor declined.")};
}
