// The front desk's actions on a case (DESIGN.md section 2; issue 3): what the
// receptionist, and the program officer serving at the desk, do through the
// seven steps. Each action is one transaction: the permission is checked
// first, then the case is loaded into a CaseContext, changed through the
// Workflow (which checks the rules), and saved with its step event, whatever
// else the action changes, and the audit. A refusal comes back in words and
// leaves nothing behind.
//
// The program officer's own decisions are in OfficerDesk, the lists and the
// case screen's reads in DeskQueries.
#pragma once

#include "core/ApprovedAnswer.h"
#include "core/CaseContext.h"
#include "core/Result.h"
#include "services/BeneficiaryDesk.h"
#include "services/DeskAction.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

#include <functional>

class Database;
class Session;

class CaseDesk final
{
    Q_DECLARE_TR_FUNCTIONS(CaseDesk)

public:
    CaseDesk(Database &db, const Session &session);
    CaseDesk(const CaseDesk &) = delete;
    CaseDesk &operator=(const CaseDesk &) = delete;

    // Step 1. A new case received now by the session's user; a walk-in
    // (interview) gets the day's next queue number.
    Result<Case> openCase(Channel channel, Purpose purpose, const QString &inquiryText);
    // Step 1. Corrects the channel, purpose and inquiry text while the case is
    // still at reception; the arrival time and any queue number are kept.
    Result<Case> updateReception(qint64 caseId, Channel channel, Purpose purpose,
                                 const QString &inquiryText);
    // Step 1, and whenever the visitor asks: records that the approved answer
    // was given on the case (once per case), so the monthly report can count
    // the most asked questions. The answer must be one the catalogue offers.
    Result<ApprovedAnswer> giveApprovedAnswer(qint64 caseId, qint64 answerId);

    // Step 2. Links an existing beneficiary to the case (reception or information).
    Result<Case> attachBeneficiary(qint64 caseId, qint64 beneficiaryId);
    // Registers a new beneficiary (BeneficiaryDesk::registerBeneficiary) and,
    // when caseId is not 0, links them to the case, in one transaction.
    Result<Beneficiary> registerBeneficiary(qint64 caseId, const Beneficiary &beneficiary);
    // BeneficiaryDesk::updateBeneficiary: corrections, a stale save refused.
    Result<Beneficiary> updateBeneficiary(const Beneficiary &b);
    // The service requested (0: none). The case is judged by the service's
    // rules as they are now, even if the manager changes them later.
    Result<Case> chooseService(qint64 caseId, qint64 serviceId);
    // The beneficiary's checklist entries (provided, verified, expiry), one
    // per document type; returns the whole checklist as saved.
    Result<QVector<Document>> saveDocuments(qint64 caseId, const QVector<Document> &documents);

    // Moves the case to the next step (after a referral: back where it came
    // from), or closes it after the survey. Refused with what is missing.
    Result<Case> advance(qint64 caseId);

    // Step 3. Refers the case to the program officer with the question.
    Result<Referral> refer(qint64 caseId, const QString &question);
    // Picks up the officer's answer and returns to the step referred from.
    Result<Case> resumeAfterReferral(qint64 caseId);

    // An inquiry answered at reception: straight to the survey.
    Result<Case> answerInquiryAtDesk(qint64 caseId, const QString &answer);

    // Step 4.
    Result<Case> markVerified(qint64 caseId, bool verified);
    Result<Case> recordDeclarationSigned(qint64 caseId);

    // Step 5. Issues the beneficiary's file number (Hijri year of today and
    // sequence, e.g. 1448-000123) once every requirement is met; a
    // beneficiary who has one keeps it.
    Result<QString> issueFileNumber(qint64 caseId);

    // Step 6. A service that needs approval waits for the program officer.
    Result<Delivery> recordDelivery(qint64 caseId, double quantity, qint64 amountHalalas,
                                    const QString &notes);

    // Step 7. Scores 1-5 for active questions and a comment, at the desk or
    // by phone; or declined. Either closes the case.
    Result<SurveyResponse> recordSurvey(qint64 caseId, const QVector<SurveyAnswer> &answers,
                                        const QString &comment, bool byPhone = false);
    Result<SurveyResponse> declineSurvey(qint64 caseId, bool byPhone = false);

    // Ends the case.
    Result<Case> withdraw(qint64 caseId, const QString &reason);
    // The program officer decides with reasons of their own; anyone else at
    // the desk only when the service's rules fail (and are not overridden),
    // and then the failing rules are the reasons.
    Result<Case> markNotEligible(qint64 caseId, const QStringList &reasons);

    // For tests: runs after each action's work, before its commit.
    void setFaultInjector(DeskAction::FaultInjector injector);

    // Runs several of the desk's actions as one transaction ("case.page"):
    // a page saved on leaving it (step 2: the beneficiary, the service and the
    // documents) is kept whole or not at all. Each action still checks its
    // own permission.
    Status together(const std::function<Status()> &actions);

private:
    Status linkBeneficiary(CaseContext &ctx, qint64 beneficiaryId);
    Result<SurveyResponse> takeSurvey(const SurveyResponse &response);

    Database &m_db;
    DeskAction m_action;
    BeneficiaryDesk m_beneficiaries;
};
