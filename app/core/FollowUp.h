// One thing somebody at the association owes a beneficiary without their
// having to ask (seed 000 item 4): a document about to expire, a delivery
// waiting for approval, a survey owed by phone, a referral answer the desk has
// not picked up yet, a person's data request nearing its answer date.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

struct FollowUp
{
    // When each kind falls due: the association's rules, one home for the
    // follow-up list and the monthly report alike.
    static constexpr int documentWindowDays = 30; // expiring within this many days
    static constexpr int activeWithinDays = 90;   // "recurring": a delivery this recent
    static constexpr int approvalWorkingDays = 2; // an approval is due within
    static constexpr int surveyWorkingDays = 3;   // a survey by phone is due within
    // A person's data request shows this many days before its 30-day answer
    // is due: a week leaves time to prepare a copy or check a correction.
    static constexpr int dataRequestNoticeDays = 7;

    enum class Kind
    {
        DocumentExpiring,
        ApprovalPending,
        SurveyOwed,
        ReferralAnswer,
        // Only for those who handle data requests; done by closing the request.
        DataRequestDue
    };

    Kind kind = Kind::DocumentExpiring;
    qint64 refId = 0;  // the document, delivery, case, referral or data request
    qint64 caseId = 0; // 0 for a document
    qint64 beneficiaryId = 0;
    QString beneficiaryName;
    QString phone; // E.164, for the call
    // document type code, service name, the referral question, or the data
    // request's kind code
    QString subject;
    QDateTime since; // when it arose (delivery, end of service, answer); null for documents
    QDate due;
};

// A follow-up marked done, with what was done.
struct FollowUpDone
{
    FollowUp::Kind kind = FollowUp::Kind::DocumentExpiring;
    qint64 refId = 0;
    QDate due;
    qint64 doneBy = 0;
    QDateTime doneAt;
    QString note;
};
