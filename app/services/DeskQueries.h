// What the desks read (issues 3 and 4): a case with everything around it for
// the case screen, its eligibility as the rules judge it, the
// day's open cases, the program officer's queues, possible duplicates of a
// beneficiary being registered, and the catalogue the step pages offer. Lists
// are pages, never whole tables. Reading needs Action::ViewCases.
#pragma once

#include "core/ApprovedAnswer.h"
#include "core/CaseContext.h"
#include "core/Eligibility.h"
#include "core/Result.h"
#include "storage/BeneficiarySearch.h"
#include "storage/CaseRepository.h"

#include <QVector>

#include <optional>

class Database;
class Session;

// What waits for someone, for the window's bar: referral answers the desk
// has not picked up (on open cases), and referrals the program officer has
// not answered (the officer's queue).
struct WaitingWork
{
    qint64 answersToPickUp = 0;
    qint64 referralsToAnswer = 0;
};

// A case's eligibility for the screen: each rule with pass or fail and why.
struct EligibilityView
{
    bool applicable = false; // a service and a beneficiary are on the case
    Eligibility result;      // the rules at rulesVersion, judged today
    int rulesVersion = 0;
    bool overridden = false; // a program officer let the case go on anyway
    QVector<EligibilityOverride> overrides;
};

// One line of the desk's list of open cases.
struct DeskRow
{
    Case theCase;
    QString beneficiaryName;     // empty until found or registered
    QString serviceName;         // empty when none is chosen
    qint64 waitingSeconds = 0;   // since arrival
    bool answerToPickUp = false; // the program officer answered the referral
};

struct DeskListPage
{
    QVector<DeskRow> rows;
    std::optional<CaseCursor> next; // none: this was the last page
};

// One waiting referral in the program officer's queue.
struct ReferralQueueItem
{
    Referral referral;
    Case theCase;
    QString beneficiaryName;
    QString serviceName;
    qint64 waitingSeconds = 0; // since it was referred
};

// One delivery waiting for the program officer's approval.
struct ApprovalQueueItem
{
    Delivery delivery;
    Case theCase;
    QString beneficiaryName;
    QString serviceName;
    qint64 waitingSeconds = 0; // since it was recorded
};

class DeskQueries final
{
public:
    DeskQueries(Database &db, const Session &session) : m_db(db), m_session(session) {}

    // The case screen: the case, beneficiary, service with its rules at the
    // case's rules version, documents, referrals, deliveries, survey and the
    // document types, judged today.
    Result<CaseContext> loadContext(qint64 caseId) const;
    // The same when the case screen opens the case: a case of a known person
    // records that the session's user saw their data (person.view, with the
    // case), once per opening; loadContext (a refresh) records nothing.
    Result<CaseContext> openContext(qint64 caseId) const;
    Result<QVector<EligibilityOverride>> overrides(qint64 caseId) const;
    Result<EligibilityView> eligibility(qint64 caseId) const;
    static EligibilityView eligibility(const CaseContext &ctx,
                                       const QVector<EligibilityOverride> &overrides);

    // Open cases (open or waiting for the officer) that arrived on day, in
    // arrival order; an invalid day lists every open case.
    Result<DeskListPage> openCases(const QDate &day, const CasePageRequest &page = {}) const;
    Result<DeskListPage> todaysCases(const CasePageRequest &page = {}) const;

    // Waiting referrals, oldest first (one query: OfficerQueues).
    Result<QVector<ReferralQueueItem>> referralQueue(int limit = 50, int offset = 0) const;
    // Deliveries waiting for approval, oldest first (one query: OfficerQueues).
    Result<QVector<ApprovalQueueItem>> approvalQueue(int limit = 50, int offset = 0) const;
    // How many answers and referrals wait (two counts, no lists).
    Result<WaitingWork> waitingWork() const;

    // Registered beneficiaries who may be the one being registered: the same
    // ID number, the same phone, or the same name; the record itself excluded.
    Result<QVector<BeneficiaryMatch>> possibleDuplicates(const Beneficiary &b,
                                                         int limit = 10) const;

    // The catalogue the step pages offer.
    Result<QVector<Service>> services(bool activeOnly = true) const;
    Result<QVector<DocumentType>> documentTypes() const;
    Result<QVector<SurveyQuestion>> surveyQuestions() const; // the active ones, in order
    // The catalogue's active approved answers whose question, answer or source
    // holds every word of text in any spelling (DOMAIN.md section 4), for the
    // reception page as the receptionist types; none for blank text.
    Result<QVector<ApprovedAnswer>> approvedAnswers(const QString &text, int limit = 8) const;
    // The approved answers given on the case, in the order given.
    Result<QVector<ApprovedAnswer>> answersGiven(qint64 caseId) const;

private:
    struct Names;
    Result<QString> beneficiaryName(qint64 id, Names &cache) const;
    Result<QString> serviceName(qint64 id, Names &cache) const;

    Database &m_db;
    const Session &m_session;
};
