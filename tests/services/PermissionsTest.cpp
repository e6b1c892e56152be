#include "CatchQt.h"

#include "core/Permissions.h"
#include "services/Session.h"

namespace {

User person(QVector<Role> roles)
{
    User u;
    u.id = 5;
    u.username = QStringLiteral("someone");
    u.displayName = QStringLiteral("Someone");
    u.roles = std::move(roles);
    return u;
}

} // namespace

TEST_CASE("Each role may do its own work and nothing else", "[services][permissions]")
{
    const QVector<Action> desk = {Action::ViewCases,      Action::OpenCase,
                                  Action::EditCase,       Action::EditBeneficiary,
                                  Action::AdvanceCase,    Action::ReferCase,
                                  Action::RecordDelivery, Action::RecordSurvey,
                                  Action::WithdrawCase,   Action::ReceiveProgramRequests};
    const QVector<Action> officer = {Action::AnswerReferral,       Action::OverrideEligibility,
                                     Action::DecideNotEligible,    Action::ApproveDelivery,
                                     Action::StudyProgramRequests, Action::RunPrograms};
    const QVector<Action> manager = {Action::ViewCases,
                                     Action::EditCatalogue,
                                     Action::ViewReports,
                                     Action::ExportReport,
                                     Action::WriteRecommendations,
                                     Action::ViewAudit,
                                     Action::MakeBackup,
                                     Action::HandleDataRequests,
                                     Action::DestroyPersonalData,
                                     Action::DecideProgramRequests};
    const QVector<Action> admin = {Action::ViewAudit,          Action::MakeBackup,
                                   Action::HandleDataRequests, Action::ManageUsers,
                                   Action::ManageBackups,      Action::EditAssociation};

    for (Action a : Permissions::actions()) {
        INFO(Permissions::code(a).toStdString());
        CHECK(Permissions::allows(Role::Receptionist, a) == desk.contains(a));
        CHECK(Permissions::allows(Role::ProgramOfficer, a) ==
              (desk.contains(a) || officer.contains(a)));
        CHECK(Permissions::allows(Role::Manager, a) == manager.contains(a));
        CHECK(Permissions::allows(Role::Administrator, a) == admin.contains(a));
        CHECK_FALSE(Permissions::code(a).isEmpty());
        CHECK_FALSE(Permissions::rolesFor(a).isEmpty());
    }
    CHECK(Permissions::allowed(Role::Administrator) == admin);
}

TEST_CASE("A refusal names the user's role and whom to ask", "[services][permissions]")
{
    const User receptionist = person({Role::Receptionist});
    const Status s = Permissions::require(receptionist, Action::AnswerReferral);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error() == QStringLiteral("A receptionist may not answer a referral; ask the program "
                                      "officer."));
    CHECK(Permissions::require(receptionist, Action::OverrideEligibility).error() ==
          QStringLiteral("A receptionist may not override an eligibility rule; ask the "
                         "program officer."));
    CHECK(Permissions::require(receptionist, Action::ExportReport).error() ==
          QStringLiteral("A receptionist may not export the monthly report; ask the manager."));
    CHECK(Permissions::require(person({Role::Administrator}), Action::OpenCase).error() ==
          QStringLiteral("An administrator may not open a case; ask the receptionist."));
    CHECK(
        Permissions::require(person({Role::Administrator}), Action::DestroyPersonalData).error() ==
        QStringLiteral("An administrator may not destroy or anonymise a person's data; ask the "
                       "manager."));
    CHECK(Permissions::require(person({Role::Manager}), Action::ManageUsers).error() ==
          QStringLiteral("A manager may not manage users and their roles; ask the "
                         "administrator."));

    // Every refusal is a sentence of its own.
    QStringList seen;
    for (Action a : Permissions::actions()) {
        for (Role r : Domain::roles()) {
            const Status refusal = Permissions::require(person({r}), a);
            if (refusal.ok())
                continue;
            CHECK(refusal.error().startsWith(QStringLiteral("A")));
            CHECK(refusal.error().contains(QStringLiteral("; ask the ")));
            seen << refusal.error();
        }
    }
    CHECK(seen.removeDuplicates() == 0);
}

TEST_CASE("Several roles add up, no role, a disabled account or nobody may do nothing",
          "[services][permissions]")
{
    const User both = person({Role::Receptionist, Role::Manager});
    CHECK(Permissions::may(both, Action::OpenCase));
    CHECK(Permissions::may(both, Action::ExportReport));
    CHECK_FALSE(Permissions::may(both, Action::AnswerReferral));
    // The refusal names the first of the user's roles.
    CHECK(Permissions::require(both, Action::AnswerReferral)
              .error()
              .startsWith(QStringLiteral("A receptionist may not")));

    User disabled = person({Role::ProgramOfficer});
    disabled.active = false;
    CHECK_FALSE(Permissions::may(disabled, Action::AnswerReferral));
    CHECK(Permissions::require(disabled, Action::AnswerReferral)
              .error()
              .contains(QStringLiteral("disabled")));

    CHECK(Permissions::require(person({}), Action::OpenCase)
              .error()
              .contains(QStringLiteral("no role")));
    User nobody;
    CHECK(Permissions::require(nobody, Action::ViewCases)
              .error()
              .contains(QStringLiteral("Nobody is signed in")));
}

TEST_CASE("A session acts for its user", "[services][permissions]")
{
    const Session s = Session::forUser(9, {Role::ProgramOfficer}, QStringLiteral("خالد"));
    CHECK(s.userId() == 9);
    CHECK(s.user().displayName == QStringLiteral("خالد"));
    CHECK(s.hasRole(Role::ProgramOfficer));
    CHECK(s.may(Action::AnswerReferral));
    CHECK(s.may(Action::OpenCase));
    CHECK_FALSE(s.may(Action::EditCatalogue));
    CHECK(s.require(Action::EditCatalogue).error() ==
          QStringLiteral("A program officer may not change the services, rules, documents or "
                         "survey questions; ask the manager."));
}
