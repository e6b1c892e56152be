// The checks a program request passes before it is kept (issue 16): every
// field cleaned and refused in words when it is wrong, so nothing half-right
// is stored.
#pragma once

#include "core/ProgramRequest.h"
#include "core/Result.h"

#include <QCoreApplication>

class ProgramRequestRules final
{
    Q_DECLARE_TR_FUNCTIONS(ProgramRequestRules)

public:
    // A request as received on the day today: one requester, a channel,
    // a catalogue kind or words, an audience, a number of participants in
    // range, proposed dates from the day received on for two years at most,
    // a letter not dated after today nor over two years before it, at most
    // maxAttachments attachments with distinct names. Cleans the texts.
    static Status check(ProgramRequest &request, const QDate &today);

    // The declaration of accuracy: who signed it and the day they signed,
    // not before the request was received (receivedOn) nor after today.
    static Status checkDeclaration(QString &declarantName, const QDate &declaredOn,
                                   const QDate &receivedOn, const QDate &today);

    // The expected participants as typed ("٣٠", "1,200"): a whole number from
    // 0 (not stated) to maxParticipants, or the reason in words.
    static Result<int> participants(const QString &typed);
};
