// A request from the community or the supervising authority for a program or
// project (issue 16, seed 000 steps 1-3): who asks (an organisation or a
// person), through which channel, for what, for whom, where and when, with
// the letter that carried it, the papers attached and the requester's signed
// declaration that what they gave is accurate.
#pragma once

#include "core/Domain.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

struct ProgramRequestAttachment
{
    static constexpr int maxLabelLength = 100;

    QString label;         // "The request letter"
    bool received = false; // ticked when the paper is in the file
};

struct ProgramRequest
{
    // The request's life (ProgramRequestFlow says who moves it where).
    enum class State
    {
        Received,
        Declared, // the requester signed the declaration of accuracy
        UnderStudy,
        Recommended,
        Decided, // see decision
        Informed,
        Running,
        Closed
    };
    enum class Decision
    {
        None,
        Approved,
        ApprovedWithChanges,
        Rejected
    };

    static constexpr int maxTextLength = 150;
    static constexpr int maxLetterNumberLength = 30;
    static constexpr int maxParticipants = 100000;
    static constexpr int maxAttachments = 20;
    // Proposed dates are for the coming two years at most.
    static constexpr int furthestProposedDays = 730;
    // A letter is at most two years old when its request is received.
    static constexpr int oldestLetterDays = 730;

    qint64 id = 0;
    State state = State::Received;
    Decision decision = Decision::None;
    // Exactly one requester: an organisation, or a beneficiary (a person).
    qint64 organisationId = 0;
    qint64 beneficiaryId = 0;
    Channel channel = Channel::Letter;
    QDateTime receivedAt; // UTC, set when stored
    qint64 receivedBy = 0;
    qint64 programKindId = 0; // a catalogue kind, or 0 and programText
    QString programText;      // what is asked for in the requester's words
    QString audience;
    int expectedParticipants = 0; // 0: not stated
    QString place;
    QDate proposedFrom; // null when not proposed
    QDate proposedTo;   // null: the one day proposedFrom
    QString letterNumber;
    QDate letterDate;
    QVector<ProgramRequestAttachment> attachments;
    // The declaration of accuracy, signed by the requester's representative.
    QString declarantName;
    QDate declaredOn;
    qint64 declarationRecordedBy = 0;
    int version = 0;

    bool isFromOrganisation() const { return organisationId > 0; }
};

// Which requests a list shows.
struct ProgramRequestQuery
{
    QVector<ProgramRequest::State> states; // empty: any state
    qint64 organisationId = 0;             // 0: any requester
    int limit = 100;
    int offset = 0;
};

// A request as a list shows it: with the requester's name and the kind's name.
struct ListedProgramRequest
{
    ProgramRequest request;
    QString requesterName;
    QString kindNameAr;
    QString kindNameEn;
};
