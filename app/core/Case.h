// A case: one visit, call, letter or e-registration walked through the seven
// steps, with what happens to it along the way.
#pragma once

#include "core/Domain.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

struct Case
{
    qint64 id = 0;
    qint64 beneficiaryId = 0; // 0 until found or registered at step 2
    Channel channel = Channel::Interview;
    Purpose purpose = Purpose::ServiceRequest;
    QString inquiryText;  // what the visitor asked or came for
    QString answerText;   // the answer given at the desk (inquiries)
    Step step = Step::Reception;
    CaseStatus status = CaseStatus::Open;
    qint64 serviceId = 0; // the requested service, 0 for none
    int queueNumber = 0;  // walk-ins: the day's ticket number
    QDateTime arrivalAt;      // UTC
    QDateTime serviceStartAt; // UTC, null until the desk starts serving
    QDateTime endAt;          // UTC, null while open
    qint64 receivedBy = 0;    // user id
    bool dataVerified = false;
    QDateTime declarationSignedAt;
    qint64 declarationRecordedBy = 0;
    QString closingReason; // not eligible / withdrawn: in words
    int version = 0;
};

// One transition of a case (who, when, from, to), kept forever.
struct StepEvent
{
    qint64 id = 0;
    qint64 caseId = 0;
    Step fromStep = Step::Reception;
    CaseStatus fromStatus = CaseStatus::Open;
    Step toStep = Step::Reception;
    CaseStatus toStatus = CaseStatus::Open;
    qint64 userId = 0;
    QDateTime at;
    QString note;
};

struct Referral
{
    qint64 id = 0;
    qint64 caseId = 0;
    QString question;
    Step fromStep = Step::Information; // where the case returns once the answer is picked up
    qint64 referredBy = 0;
    QDateTime referredAt;
    QString answer;
    qint64 answeredBy = 0;
    QDateTime answeredAt; // null while waiting
    QDateTime pickedUpAt; // when the desk saw the answer

    bool isAnswered() const { return answeredAt.isValid(); }
};

struct Delivery
{
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 serviceId = 0;
    QDateTime deliveredAt;
    qint64 deliveredBy = 0;
    double quantity = 0;
    qint64 amount = 0; // halalas
    QString notes;
    bool awaitingApproval = false;
    qint64 approvedBy = 0;
    QDateTime approvedAt;
};

// A program officer's decision that a case goes on although the service's
// eligibility rules failed: kept with who, when, why and what was overridden.
struct EligibilityOverride
{
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 serviceId = 0;
    int rulesVersion = 0;    // the version of the service's rules that failed
    QString reason;          // the officer's written reason
    QStringList failedRules; // the failures overridden, in words, as shown then
    qint64 overriddenBy = 0;
    QDateTime overriddenAt;
};
