#include "core/ProgramRequestRules.h"

#include "core/DateInput.h"
#include "core/FieldText.h"
#include "core/NumberInput.h"

#include <QSet>

namespace {

Status checkDates(const ProgramRequest &r, const QDate &receivedOn, const QDate &today)
{
    if (!r.proposedFrom.isValid()) {
        if (r.proposedTo.isValid())
            return Status::failure(
                ProgramRequestRules::tr("Enter the first proposed day as well as the last."));
        return Status::success();
    }
    if (r.proposedFrom < receivedOn)
        return Status::failure(
            ProgramRequestRules::tr(
                "The proposed day %1 is before the request was received (%2); check it.")
                .arg(DateInput::formatBoth(r.proposedFrom), DateInput::formatBoth(receivedOn)));
    const QDate furthest = today.addDays(ProgramRequest::furthestProposedDays);
    const QDate last = r.proposedTo.isValid() ? r.proposedTo : r.proposedFrom;
    if (last < r.proposedFrom)
        return Status::failure(
            ProgramRequestRules::tr(
                "The last proposed day %1 is before the first (%2); check them.")
                .arg(DateInput::formatBoth(last), DateInput::formatBoth(r.proposedFrom)));
    if (last > furthest)
        return Status::failure(
            ProgramRequestRules::tr("The proposed day %1 is more than two years ahead; check it.")
                .arg(DateInput::formatBoth(last)));
    return Status::success();
}

Status checkLetter(ProgramRequest &r, const QDate &today)
{
    r.letterNumber = FieldText::clean(r.letterNumber);
    if (Status s = FieldText::check(ProgramRequestRules::tr("The letter's number"), r.letterNumber,
                                    false, ProgramRequest::maxLetterNumberLength);
        !s)
        return s;
    if (!r.letterDate.isValid())
        return r.letterNumber.isEmpty()
                   ? Status::success()
                   : Status::failure(ProgramRequestRules::tr(
                                         "Enter the date of letter %1 as well as its number.")
                                         .arg(r.letterNumber));
    if (r.letterDate > today)
        return Status::failure(
            ProgramRequestRules::tr(
                "The letter cannot be dated after today (%1); check the date %2.")
                .arg(DateInput::formatBoth(today), DateInput::formatBoth(r.letterDate)));
    if (r.letterDate < today.addDays(-ProgramRequest::oldestLetterDays))
        return Status::failure(
            ProgramRequestRules::tr("The letter's date %1 is more than two years ago; check it.")
                .arg(DateInput::formatBoth(r.letterDate)));
    return Status::success();
}

Status checkAttachments(ProgramRequest &r)
{
    if (r.attachments.size() > ProgramRequest::maxAttachments)
        return Status::failure(
            ProgramRequestRules::tr("At most %1 attachments can be listed; this request has %2.")
                .arg(ProgramRequest::maxAttachments)
                .arg(r.attachments.size()));
    QSet<QString> seen;
    for (ProgramRequestAttachment &a : r.attachments) {
        a.label = FieldText::clean(a.label);
        if (Status s = FieldText::check(ProgramRequestRules::tr("An attachment's name"), a.label,
                                        true, ProgramRequestAttachment::maxLabelLength);
            !s)
            return s;
        if (seen.contains(a.label))
            return Status::failure(
                ProgramRequestRules::tr("The attachment \"%1\" is listed twice; list it once.")
                    .arg(a.label));
        seen.insert(a.label);
    }
    return Status::success();
}

} // namespace

Status ProgramRequestRules::check(ProgramRequest &r, const QDate &today)
{
    if (r.organisationId <= 0 && r.beneficiaryId <= 0)
        return Status::failure(tr("Choose who asks: an organisation or a person."));
    if (r.organisationId > 0 && r.beneficiaryId > 0)
        return Status::failure(
            tr("A request comes from one requester: an organisation or a person, not both."));
    if (!Domain::channels().contains(r.channel))
        return Status::failure(tr("Choose how the request was received."));
    r.programText = FieldText::clean(r.programText);
    if (r.programKindId <= 0 && r.programText.isEmpty())
        return Status::failure(
            tr("Choose the kind of program asked for, or describe it in words."));
    if (Status s = FieldText::check(tr("The program asked for"), r.programText, false,
                                    ProgramRequest::maxTextLength);
        !s)
        return s;
    r.audience = FieldText::clean(r.audience);
    if (Status s =
            FieldText::check(tr("The audience"), r.audience, true, ProgramRequest::maxTextLength);
        !s)
        return s;
    if (r.expectedParticipants < 0 || r.expectedParticipants > ProgramRequest::maxParticipants)
        return Status::failure(
            tr("The expected participants must be between 0 (not stated) and %1; this is %2.")
                .arg(ProgramRequest::maxParticipants)
                .arg(r.expectedParticipants));
    r.place = FieldText::clean(r.place);
    if (Status s = FieldText::check(tr("The place"), r.place, false, ProgramRequest::maxTextLength);
        !s)
        return s;
    if (Status s = checkDates(r, today, today); !s)
        return s;
    if (Status s = checkLetter(r, today); !s)
        return s;
    return checkAttachments(r);
}

Status ProgramRequestRules::checkDeclaration(QString &declarantName, const QDate &declaredOn,
                                             const QDate &receivedOn, const QDate &today)
{
    declarantName = FieldText::clean(declarantName);
    if (Status s = FieldText::check(tr("The name of whoever signed the declaration"), declarantName,
                                    true, ProgramRequest::maxTextLength);
        !s)
        return s;
    if (!declaredOn.isValid())
        return Status::failure(tr("Enter the day the declaration was signed."));
    if (declaredOn > today)
        return Status::failure(
            tr("The declaration cannot be signed after today (%1); check the date %2.")
                .arg(DateInput::formatBoth(today), DateInput::formatBoth(declaredOn)));
    if (declaredOn < receivedOn)
        return Status::failure(
            tr("The declaration's date %1 is before the request was received (%2); check it.")
                .arg(DateInput::formatBoth(declaredOn), DateInput::formatBoth(receivedOn)));
    return Status::success();
}

Result<int> ProgramRequestRules::participants(const QString &typed)
{
    if (typed.trimmed().isEmpty())
        return 0;
    const Result<qint64> n = NumberInput::parseWhole(typed);
    if (!n)
        //: %1 is what was typed, %2 what is wrong with it ("is not a number").
        return Result<int>::failure(
            tr("The expected participants \"%1\" %2.").arg(typed.trimmed(), n.error()));
    if (*n < 0 || *n > ProgramRequest::maxParticipants)
        return Result<int>::failure(
            tr("The expected participants must be between 0 (not stated) and %1; this is %2.")
                .arg(ProgramRequest::maxParticipants)
                .arg(*n));
    return int(*n);
}
