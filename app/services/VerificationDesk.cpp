#include "services/VerificationDesk.h"

#include "core/Clock.h"
#include "core/HijriDate.h"
#include "core/StepRequirements.h"
#include "storage/BeneficiaryRepository.h"

Result<Case> VerificationDesk::markVerified(qint64 caseId, bool verified)
{
    return m_action.onCase(
        Action::EditCase, QStringLiteral("case.verify"), caseId, [&](CaseContext &ctx) -> Status {
            if (Status s = DeskAction::checkAtStep(ctx, {Step::Verification}); !s)
                return s;
            if (verified && !ctx.beneficiary)
                return Status::failure(
                    tr("There is no beneficiary's record on this case to verify."));
            if (ctx.theCase.dataVerified == verified)
                return Status::success();
            ctx.theCase.dataVerified = verified;
            if (Status s = m_action.saveCase(ctx); !s)
                return s;
            return m_action.audit(QStringLiteral("case.verified"), caseId,
                                  {{QStringLiteral("verified"), verified}});
        });
}

Result<Case> VerificationDesk::recordDeclarationSigned(qint64 caseId)
{
    return m_action.onCase(
        Action::EditCase, QStringLiteral("case.declaration"), caseId,
        [&](CaseContext &ctx) -> Status {
            if (Status s = DeskAction::checkAtStep(ctx, {Step::Verification}); !s)
                return s;
            if (!ctx.beneficiary)
                return Status::failure(
                    tr("There is no beneficiary on this case to sign the declaration."));
            if (ctx.theCase.declarationSignedAt.isValid())
                return Status::failure(
                    tr("The signed declaration was already recorded at %1.")
                        .arg(Clock::deskMinute(ctx.theCase.declarationSignedAt)));
            ctx.theCase.declarationSignedAt = DeskAction::now();
            ctx.theCase.declarationRecordedBy = m_action.actor();
            if (Status s = m_action.saveCase(ctx); !s)
                return s;
            return m_action.audit(QStringLiteral("case.declaration"), caseId,
                                  {{QStringLiteral("beneficiary"), ctx.beneficiary->id}});
        });
}

Result<QString> VerificationDesk::issueFileNumber(qint64 caseId)
{
    return m_action.onCaseMaking<QString>(
        Action::EditCase, QStringLiteral("case.file_number"), caseId,
        [&](CaseContext &ctx) -> Result<QString> {
            if (Status s = DeskAction::checkAtStep(ctx, {Step::Registration}); !s)
                return s;
            QStringList missing;
            for (Step step : {Step::Reception, Step::Information, Step::Verification})
                missing << StepRequirements::missing(ctx, step);
            missing.removeDuplicates();
            if (!missing.isEmpty())
                return Status::failure(
                    tr("A file number is issued only when every requirement is met. Missing:\n%1")
                        .arg(missing.join(QLatin1Char('\n'))));
            if (!ctx.beneficiary->fileNumber.isEmpty())
                return ctx.beneficiary->fileNumber;
            const Result<HijriDate> hijri = HijriDate::fromGregorian(ctx.day);
            if (!hijri)
                return hijri.status();
            const Result<QString> issued =
                BeneficiaryRepository(m_action.db())
                    .issueFileNumber(ctx.beneficiary->id, hijri->year, m_action.actor());
            if (!issued)
                return issued;
            if (Status s = m_action.audit(QStringLiteral("case.file_number"), caseId,
                                          {{QStringLiteral("beneficiary"), ctx.beneficiary->id},
                                           {QStringLiteral("file_number"), *issued}});
                !s)
                return s;
            return issued;
        });
}
