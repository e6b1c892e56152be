#include "core/ProcessingRestriction.h"

#include "core/DeskText.h"
#include "core/TextInput.h"

Status ProcessingRestriction::checkUsable(const Beneficiary &b)
{
    if (b.isAnonymised())
        return Status::failure(
            tr("This person's data was destroyed on %1; the record serves only the figures.")
                .arg(DeskText::date(DeskText::deskDate(b.anonymisedAt))));
    if (b.isRestricted())
        return Status::failure(tr("The processing of %1's data is restricted since %2 (%3): it "
                                  "can be seen but not used until the manager or the "
                                  "administrator lifts the restriction.")
                                   .arg(DeskText::isolate(b.name.full()),
                                        DeskText::date(DeskText::deskDate(b.restrictedAt)),
                                        DeskText::isolate(b.restrictionReason)));
    return Status::success();
}

Result<QString> ProcessingRestriction::cleanReason(const QString &reason)
{
    const QString cleaned = TextInput::stripBidiControls(reason).trimmed();
    if (cleaned.isEmpty())
        return Result<QString>::failure(tr("Write the reason."));
    if (cleaned.size() > maxReasonLength)
        return Result<QString>::failure(
            tr("The reason is longer than %1 characters; shorten it.").arg(maxReasonLength));
    return cleaned;
}
