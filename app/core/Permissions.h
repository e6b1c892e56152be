// Who may do what: each role's actions (DESIGN.md section 1, issue 4). The
// services that change data ask require() before they touch anything, so a
// session cannot do another role's work even by calling the service directly;
// the window only hides what would be refused anyway.
#pragma once

#include "core/Domain.h"
#include "core/Result.h"
#include "core/User.h"

#include <QCoreApplication>
#include <QVector>

enum class Action
{
    // The front desk (receptionist, and the program officer who also serves)
    ViewCases,       // open case lists, a case, the beneficiary's file
    OpenCase,        // a new case for a visit, call, letter or e-registration
    EditCase,        // what a case holds: beneficiary link, service, documents,
                     // verification, declaration, file number
    EditBeneficiary, // register a beneficiary or correct their record
    AdvanceCase,     // move a case on, resume it, answer an inquiry at the desk
    ReferCase,       // refer a case to the program officer
    RecordDelivery,  // record a service delivered
    RecordSurvey,    // record the satisfaction survey, or that it was declined
    WithdrawCase,    // the beneficiary withdraws
                  // Program requests from organisations and people (issue 16): receive a
                  // request, record its requester and the requester's signed declaration
    ReceiveProgramRequests,

    // The program officer
    AnswerReferral,
    OverrideEligibility,
    DecideNotEligible,
    ApproveDelivery,
    StudyProgramRequests, // study a program request and recommend
    RunPrograms,          // inform the requester, carry the program out, close it

    // The manager
    EditCatalogue, // services, rules, document types, survey questions, answers
    ViewReports,   // dashboards and the monthly figures
    ExportReport,
    WriteRecommendations,
    DecideProgramRequests, // record the competent body's decision on a program request

    // The manager and the administrator
    ViewAudit,
    MakeBackup, // a copy of every record (`backup`, the window's daily backup)
                // People's rights over their data (issue 13): record and close a
                // person's requests, make the copy of their data, restrict or free its
                // processing, see who looked at it, the breach report
    HandleDataRequests,

    // The manager alone
    DestroyPersonalData, // anonymise a person, set and apply the retention period

    // The administrator
    ManageUsers,
    ManageBackups,  // restore a backup, move the database to a server
    EditAssociation // name, licence number, logo, address
};

class Permissions final
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)

public:
    static const QVector<Action> &actions();

    // Whether the role, alone, may do the action.
    static bool allows(Role role, Action action);
    // The actions a role may do, in actions() order.
    static QVector<Action> allowed(Role role);
    // The roles that may do an action, in Domain::roles() order.
    static QVector<Role> rolesFor(Action action);

    // Whether the user (active, through any of their roles) may do the action.
    static bool may(const User &user, Action action);

    // Success when may(); otherwise the refusal in words, naming the user's
    // role and whom to ask, e.g. "A receptionist may not answer a referral;
    // ask the program officer."
    static Status require(const User &user, Action action);

    // Stable ASCII code for logs and the audit, e.g. "answer_referral".
    static QString code(Action action);

private:
    static QString refusal(Role role, Action action);
    static QString roleSubject(Role role);
};
