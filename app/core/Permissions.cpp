#include "core/Permissions.h"

namespace {

bool deskWork(Action a)
{
    switch (a) {
    case Action::ViewCases:
    case Action::OpenCase:
    case Action::EditCase:
    case Action::EditBeneficiary:
    case Action::AdvanceCase:
    case Action::ReferCase:
    case Action::RecordDelivery:
    case Action::RecordSurvey:
    case Action::WithdrawCase:
    case Action::ReceiveProgramRequests:
        return true;
    default:
        return false;
    }
}

bool officerWork(Action a)
{
    switch (a) {
    case Action::AnswerReferral:
    case Action::OverrideEligibility:
    case Action::DecideNotEligible:
    case Action::ApproveDelivery:
    case Action::StudyProgramRequests:
    case Action::RunPrograms:
        return true;
    default:
        return false;
    }
}

bool managerWork(Action a)
{
    switch (a) {
    case Action::ViewCases:
    case Action::EditCatalogue:
    case Action::ViewReports:
    case Action::ExportReport:
    case Action::WriteRecommendations:
    case Action::ViewAudit:
    case Action::MakeBackup:
    case Action::HandleDataRequests:
    case Action::DestroyPersonalData:
    case Action::DecideProgramRequests:
        return true;
    default:
        return false;
    }
}

bool administratorWork(Action a)
{
    switch (a) {
    case Action::ViewAudit:
    case Action::MakeBackup:
    case Action::HandleDataRequests:
    case Action::ManageUsers:
    case Action::ManageBackups:
    case Action::EditAssociation:
        return true;
    default:
        return false;
    }
}

} // namespace

const QVector<Action> &Permissions::actions()
{
    static const QVector<Action> all = {Action::ViewCases,
                                        Action::OpenCase,
                                        Action::EditCase,
                                        Action::EditBeneficiary,
                                        Action::AdvanceCase,
                                        Action::ReferCase,
                                        Action::RecordDelivery,
                                        Action::RecordSurvey,
                                        Action::WithdrawCase,
                                        Action::ReceiveProgramRequests,
                                        Action::AnswerReferral,
                                        Action::OverrideEligibility,
                                        Action::DecideNotEligible,
                                        Action::ApproveDelivery,
                                        Action::StudyProgramRequests,
                                        Action::RunPrograms,
                                        Action::EditCatalogue,
                                        Action::ViewReports,
                                        Action::ExportReport,
                                        Action::WriteRecommendations,
                                        Action::DecideProgramRequests,
                                        Action::ViewAudit,
                                        Action::MakeBackup,
                                        Action::HandleDataRequests,
                                        Action::DestroyPersonalData,
                                        Action::ManageUsers,
                                        Action::ManageBackups,
                                        Action::EditAssociation};
    return all;
}

bool Permissions::allows(Role role, Action action)
{
    switch (role) {
    case Role::Receptionist:
        return deskWork(action);
    case Role::ProgramOfficer:
        return deskWork(action) || officerWork(action);
    case Role::Manager:
        return managerWork(action);
    case Role::Administrator:
        return administratorWork(action);
    }
    return false;
}

QVector<Action> Permissions::allowed(Role role)
{
    QVector<Action> out;
    for (Action a : actions()) {
        if (allows(role, a))
            out << a;
    }
    return out;
}

QVector<Role> Permissions::rolesFor(Action action)
{
    QVector<Role> out;
    for (Role r : Domain::roles()) {
        if (allows(r, action))
            out << r;
    }
    return out;
}

bool Permissions::may(const User &user, Action action)
{
    if (user.id == 0 || !user.active)
        return false;
    for (Role r : user.roles) {
        if (allows(r, action))
            return true;
    }
    return false;
}

Status Permissions::require(const User &user, Action action)
{
    if (may(user, action))
        return Status::success();
    if (user.id == 0)
        return Status::failure(tr("Nobody is signed in; sign in first."));
    if (!user.active)
        return Status::failure(
            tr("This account is disabled; an administrator can enable it again."));
    for (Role r : Domain::roles()) {
        if (user.hasRole(r))
            return Status::failure(refusal(r, action));
    }
    return Status::failure(tr("Your account has no role yet; an administrator must give it one."));
}

QString Permissions::roleSubject(Role role)
{
    //: The subject of a refusal, "%1 may not ...": who the user is.
    switch (role) {
    case Role::Receptionist:
        return tr("A receptionist");
    case Role::ProgramOfficer:
        return tr("A program officer");
    case Role::Manager:
        return tr("A manager");
    case Role::Administrator:
        return tr("An administrator");
    }
    return {};
}

QString Permissions::refusal(Role role, Action action)
{
    const QString who = roleSubject(role);
    switch (action) {
    case Action::ViewCases:
        return tr("%1 may not see the beneficiaries' cases; ask the receptionist or the program "
                  "officer.")
            .arg(who);
    case Action::OpenCase:
        return tr("%1 may not open a case; ask the receptionist.").arg(who);
    case Action::EditCase:
        return tr("%1 may not change what a case holds; ask the receptionist.").arg(who);
    case Action::EditBeneficiary:
        return tr("%1 may not register or change a beneficiary's record; ask the receptionist.")
            .arg(who);
    case Action::AdvanceCase:
        return tr("%1 may not move a case to another step; ask the receptionist.").arg(who);
    case Action::ReferCase:
        return tr("%1 may not refer a case to the program officer; ask the receptionist.").arg(who);
    case Action::RecordDelivery:
        return tr("%1 may not record a service delivery; ask the receptionist.").arg(who);
    case Action::RecordSurvey:
        return tr("%1 may not record a satisfaction survey; ask the receptionist.").arg(who);
    case Action::WithdrawCase:
        return tr("%1 may not record a beneficiary's withdrawal; ask the receptionist.").arg(who);
    case Action::ReceiveProgramRequests:
        return tr("%1 may not receive a program request or record its requester; ask the "
                  "receptionist or the program officer.")
            .arg(who);
    case Action::StudyProgramRequests:
        return tr("%1 may not study a program request or recommend on it; ask the program "
                  "officer.")
            .arg(who);
    case Action::RunPrograms:
        return tr("%1 may not inform a requester or run a program; ask the program officer.")
            .arg(who);
    case Action::DecideProgramRequests:
        return tr("%1 may not record the decision on a program request; ask the manager.").arg(who);
    case Action::AnswerReferral:
        return tr("%1 may not answer a referral; ask the program officer.").arg(who);
    case Action::OverrideEligibility:
        return tr("%1 may not override an eligibility rule; ask the program officer.").arg(who);
    case Action::DecideNotEligible:
        return tr("%1 may not decide that a beneficiary is not eligible; ask the program officer.")
            .arg(who);
    case Action::ApproveDelivery:
        return tr("%1 may not approve a service delivery; ask the program officer.").arg(who);
    case Action::EditCatalogue:
        return tr("%1 may not change the services, rules, documents or survey questions; ask the "
                  "manager.")
            .arg(who);
    case Action::ViewReports:
        return tr("%1 may not see the reports and dashboards; ask the manager.").arg(who);
    case Action::ExportReport:
        return tr("%1 may not export the monthly report; ask the manager.").arg(who);
    case Action::WriteRecommendations:
        return tr("%1 may not write the month's recommendations; ask the manager.").arg(who);
    case Action::ViewAudit:
        return tr("%1 may not see the audit log; ask the manager or the administrator.").arg(who);
    case Action::ManageUsers:
        return tr("%1 may not manage users and their roles; ask the administrator.").arg(who);
    case Action::MakeBackup:
        return tr("%1 may not make a backup copy of the database; ask the manager or the "
                  "administrator.")
            .arg(who);
    case Action::ManageBackups:
        return tr("%1 may not restore a backup or move the database; ask the administrator.")
            .arg(who);
    case Action::HandleDataRequests:
        return tr("%1 may not handle a person's requests about their data; ask the manager or "
                  "the administrator.")
            .arg(who);
    case Action::DestroyPersonalData:
        return tr("%1 may not destroy or anonymise a person's data; ask the manager.").arg(who);
    case Action::EditAssociation:
        return tr("%1 may not change the association's details; ask the administrator.").arg(who);
    }
    return {};
}

QString Permissions::code(Action action)
{
    switch (action) {
    case Action::ViewCases:
        return QStringLiteral("view_cases");
    case Action::OpenCase:
        return QStringLiteral("open_case");
    case Action::EditCase:
        return QStringLiteral("edit_case");
    case Action::EditBeneficiary:
        return QStringLiteral("edit_beneficiary");
    case Action::AdvanceCase:
        return QStringLiteral("advance_case");
    case Action::ReferCase:
        return QStringLiteral("refer_case");
    case Action::RecordDelivery:
        return QStringLiteral("record_delivery");
    case Action::RecordSurvey:
        return QStringLiteral("record_survey");
    case Action::WithdrawCase:
        return QStringLiteral("withdraw_case");
    case Action::ReceiveProgramRequests:
        return QStringLiteral("receive_program_requests");
    case Action::StudyProgramRequests:
        return QStringLiteral("study_program_requests");
    case Action::RunPrograms:
        return QStringLiteral("run_programs");
    case Action::DecideProgramRequests:
        return QStringLiteral("decide_program_requests");
    case Action::AnswerReferral:
        return QStringLiteral("answer_referral");
    case Action::OverrideEligibility:
        return QStringLiteral("override_eligibility");
    case Action::DecideNotEligible:
        return QStringLiteral("decide_not_eligible");
    case Action::ApproveDelivery:
        return QStringLiteral("approve_delivery");
    case Action::EditCatalogue:
        return QStringLiteral("edit_catalogue");
    case Action::ViewReports:
        return QStringLiteral("view_reports");
    case Action::ExportReport:
        return QStringLiteral("export_report");
    case Action::WriteRecommendations:
        return QStringLiteral("write_recommendations");
    case Action::ViewAudit:
        return QStringLiteral("view_audit");
    case Action::MakeBackup:
        return QStringLiteral("make_backup");
    case Action::HandleDataRequests:
        return QStringLiteral("handle_data_requests");
    case Action::DestroyPersonalData:
        return QStringLiteral("destroy_personal_data");
    case Action::ManageUsers:
        return QStringLiteral("manage_users");
    case Action::ManageBackups:
        return QStringLiteral("manage_backups");
    case Action::EditAssociation:
        return QStringLiteral("edit_association");
    }
    return {};
}
