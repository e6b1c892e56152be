// The closed vocabularies of the policy: channels, visit purposes, the seven
// steps, case states, genders, ID types and roles, with their stable storage
// codes and their translated labels.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <optional>

enum class Channel
{
    Interview,
    PhoneCall,
    SocialMedia,
    Letter,
    Volunteer,
    ERegistration,
    Website
};
enum class Purpose
{
    Inquiry,
    ServiceRequest,
    SuggestionOrComplaint,
    FollowUp
};

// The seven steps of the policy (seed 001), in order.
enum class Step
{
    Reception = 1,
    Information = 2,
    Referral = 3,
    Verification = 4,
    Registration = 5,
    Delivery = 6,
    Survey = 7
};

// Open cases move through the steps; the other states are terminal.
enum class CaseStatus
{
    Open,
    WaitingReferral, // suspended until the program officer answers
    Closed,          // served (or inquiry answered) and the survey taken or declined
    InquiryAnswered, // an inquiry answered at the desk, survey taken or declined
    NotEligible,
    Withdrawn
};

enum class Gender
{
    Unspecified,
    Male,
    Female
};
enum class IdType
{
    NationalId,
    Iqama,
    BorderNumber,
    Passport
};
enum class Role
{
    Receptionist,
    ProgramOfficer,
    Manager,
    Administrator
};

class Domain final
{
    Q_DECLARE_TR_FUNCTIONS(Domain)

public:
    static const QVector<Channel> &channels();
    static const QVector<Purpose> &purposes();
    static const QVector<Step> &steps();
    static const QVector<Role> &roles();

    // Stable ASCII codes stored in the database and files; never translated.
    static QString code(Channel v);
    static QString code(Purpose v);
    static QString code(Step v);
    static QString code(CaseStatus v);
    static QString code(Gender v);
    static QString code(IdType v);
    static QString code(Role v);

    static std::optional<Channel> channelFromCode(const QString &code);
    static std::optional<Purpose> purposeFromCode(const QString &code);
    static std::optional<Step> stepFromCode(const QString &code);
    static std::optional<CaseStatus> statusFromCode(const QString &code);
    static std::optional<Gender> genderFromCode(const QString &code);
    static std::optional<IdType> idTypeFromCode(const QString &code);
    static std::optional<Role> roleFromCode(const QString &code);
    // A person's roles as stored: their codes, comma-separated, in roles() order.
    static QString roleCodes(const QVector<Role> &roles);
    static QVector<Role> rolesFromCodes(const QString &codes);

    // Labels for people, in the current language.
    static QString label(Channel v);
    static QString label(Purpose v);
    static QString label(Step v);
    static QString label(CaseStatus v);
    static QString label(Gender v);
    static QString label(IdType v);
    static QString label(Role v);

    static bool isTerminal(CaseStatus s)
    {
        return s != CaseStatus::Open && s != CaseStatus::WaitingReferral;
    }
};
