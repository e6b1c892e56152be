#include "core/Domain.h"

namespace {

template <typename E, size_t N> std::optional<E> fromCode(const QString &code, const E (&values)[N])
{
    for (E v : values) {
        if (Domain::code(v) == code)
            return v;
    }
    return std::nullopt;
}

} // namespace

const QVector<Channel> &Domain::channels()
{
    static const QVector<Channel> all = {
        Channel::Interview, Channel::PhoneCall,     Channel::SocialMedia, Channel::Letter,
        Channel::Volunteer, Channel::ERegistration, Channel::Website};
    return all;
}

const QVector<Purpose> &Domain::purposes()
{
    static const QVector<Purpose> all = {Purpose::Inquiry, Purpose::ServiceRequest,
                                         Purpose::SuggestionOrComplaint, Purpose::FollowUp};
    return all;
}

const QVector<Step> &Domain::steps()
{
    static const QVector<Step> all = {Step::Reception,    Step::Information,  Step::Referral,
                                      Step::Verification, Step::Registration, Step::Delivery,
                                      Step::Survey};
    return all;
}

const QVector<Role> &Domain::roles()
{
    static const QVector<Role> all = {Role::Receptionist, Role::ProgramOfficer, Role::Manager,
                                      Role::Administrator};
    return all;
}

QString Domain::code(Channel v)
{
    switch (v) {
    case Channel::Interview:
        return QStringLiteral("interview");
    case Channel::PhoneCall:
        return QStringLiteral("phone");
    case Channel::SocialMedia:
        return QStringLiteral("social");
    case Channel::Letter:
        return QStringLiteral("letter");
    case Channel::Volunteer:
        return QStringLiteral("volunteer");
    case Channel::ERegistration:
        return QStringLiteral("eregistration");
    case Channel::Website:
        return QStringLiteral("website");
    }
    return {};
}

QString Domain::code(Purpose v)
{
    switch (v) {
    case Purpose::Inquiry:
        return QStringLiteral("inquiry");
    case Purpose::ServiceRequest:
        return QStringLiteral("service");
    case Purpose::SuggestionOrComplaint:
        return QStringLiteral("suggestion");
    case Purpose::FollowUp:
        return QStringLiteral("followup");
    }
    return {};
}

QString Domain::code(Step v)
{
    switch (v) {
    case Step::Reception:
        return QStringLiteral("reception");
    case Step::Information:
        return QStringLiteral("information");
    case Step::Referral:
        return QStringLiteral("referral");
    case Step::Verification:
        return QStringLiteral("verification");
    case Step::Registration:
        return QStringLiteral("registration");
    case Step::Delivery:
        return QStringLiteral("delivery");
    case Step::Survey:
        return QStringLiteral("survey");
    }
    return {};
}

QString Domain::code(CaseStatus v)
{
    switch (v) {
    case CaseStatus::Open:
        return QStringLiteral("open");
    case CaseStatus::WaitingReferral:
        return QStringLiteral("waiting_referral");
    case CaseStatus::Closed:
        return QStringLiteral("closed");
    case CaseStatus::InquiryAnswered:
        return QStringLiteral("inquiry_answered");
    case CaseStatus::NotEligible:
        return QStringLiteral("not_eligible");
    case CaseStatus::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return {};
}

QString Domain::code(Gender v)
{
    switch (v) {
    case Gender::Unspecified:
        return QString();
    case Gender::Male:
        return QStringLiteral("M");
    case Gender::Female:
        return QStringLiteral("F");
    }
    return {};
}

QString Domain::code(IdType v)
{
    switch (v) {
    case IdType::NationalId:
        return QStringLiteral("national_id");
    case IdType::Iqama:
        return QStringLiteral("iqama");
    case IdType::BorderNumber:
        return QStringLiteral("border_number");
    case IdType::Passport:
        return QStringLiteral("passport");
    }
    return {};
}

QString Domain::code(Role v)
{
    switch (v) {
    case Role::Receptionist:
        return QStringLiteral("receptionist");
    case Role::ProgramOfficer:
        return QStringLiteral("officer");
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::Administrator:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Channel> Domain::channelFromCode(const QString &c)
{
    static const Channel all[] = {Channel::Interview, Channel::PhoneCall, Channel::SocialMedia,
                                  Channel::Letter,    Channel::Volunteer, Channel::ERegistration,
                                  Channel::Website};
    return fromCode(c, all);
}

std::optional<Purpose> Domain::purposeFromCode(const QString &c)
{
    static const Purpose all[] = {Purpose::Inquiry, Purpose::ServiceRequest,
                                  Purpose::SuggestionOrComplaint, Purpose::FollowUp};
    return fromCode(c, all);
}

std::optional<Step> Domain::stepFromCode(const QString &c)
{
    static const Step all[] = {Step::Reception,    Step::Information,  Step::Referral,
                               Step::Verification, Step::Registration, Step::Delivery,
                               Step::Survey};
    return fromCode(c, all);
}

std::optional<CaseStatus> Domain::statusFromCode(const QString &c)
{
    static const CaseStatus all[] = {CaseStatus::Open,        CaseStatus::WaitingReferral,
                                     CaseStatus::Closed,      CaseStatus::InquiryAnswered,
                                     CaseStatus::NotEligible, CaseStatus::Withdrawn};
    return fromCode(c, all);
}

std::optional<Gender> Domain::genderFromCode(const QString &c)
{
    static const Gender all[] = {Gender::Unspecified, Gender::Male, Gender::Female};
    return fromCode(c, all);
}

std::optional<IdType> Domain::idTypeFromCode(const QString &c)
{
    static const IdType all[] = {IdType::NationalId, IdType::Iqama, IdType::BorderNumber,
                                 IdType::Passport};
    return fromCode(c, all);
}

std::optional<Role> Domain::roleFromCode(const QString &c)
{
    static const Role all[] = {Role::Receptionist, Role::ProgramOfficer, Role::Manager,
                               Role::Administrator};
    return fromCode(c, all);
}

QString Domain::roleCodes(const QVector<Role> &roles)
{
    QStringList codes;
    for (Role r : Domain::roles()) {
        if (roles.contains(r))
            codes << code(r);
    }
    return codes.join(QLatin1Char(','));
}

QVector<Role> Domain::rolesFromCodes(const QString &codes)
{
    QVector<Role> roles;
    for (const QString &c : codes.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const auto role = roleFromCode(c.trimmed()))
            roles << *role;
    }
    return roles;
}

QString Domain::label(Channel v)
{
    switch (v) {
    case Channel::Interview:
        return tr("Interview");
    case Channel::PhoneCall:
        return tr("Phone call");
    case Channel::SocialMedia:
        return tr("Social media");
    case Channel::Letter:
        return tr("Letter");
    case Channel::Volunteer:
        return tr("Volunteer service");
    case Channel::ERegistration:
        return tr("Electronic registration");
    case Channel::Website:
        return tr("Website");
    }
    return {};
}

QString Domain::label(Purpose v)
{
    switch (v) {
    case Purpose::Inquiry:
        return tr("Inquiry");
    case Purpose::ServiceRequest:
        return tr("Service request");
    case Purpose::SuggestionOrComplaint:
        return tr("Suggestion or complaint");
    case Purpose::FollowUp:
        return tr("Follow-up of an earlier case");
    }
    return {};
}

QString Domain::label(Step v)
{
    switch (v) {
    case Step::Reception:
        return tr("Reception");
    case Step::Information:
        return tr("Information and matching");
    case Step::Referral:
        return tr("Referral");
    case Step::Verification:
        return tr("Verification and declaration");
    case Step::Registration:
        return tr("Registration complete");
    case Step::Delivery:
        return tr("Service delivery");
    case Step::Survey:
        return tr("Satisfaction survey");
    }
    return {};
}

QString Domain::label(CaseStatus v)
{
    switch (v) {
    case CaseStatus::Open:
        return tr("Open");
    case CaseStatus::WaitingReferral:
        return tr("Waiting for the program officer");
    case CaseStatus::Closed:
        return tr("Closed");
    case CaseStatus::InquiryAnswered:
        return tr("Inquiry answered");
    case CaseStatus::NotEligible:
        return tr("Not eligible");
    case CaseStatus::Withdrawn:
        return tr("Withdrawn");
    }
    return {};
}

QString Domain::label(Gender v)
{
    switch (v) {
    case Gender::Unspecified:
        return tr("Not stated");
    case Gender::Male:
        return tr("Male");
    case Gender::Female:
        return tr("Female");
    }
    return {};
}

QString Domain::label(IdType v)
{
    switch (v) {
    case IdType::NationalId:
        return tr("National ID");
    case IdType::Iqama:
        return tr("Iqama");
    case IdType::BorderNumber:
        return tr("Border number");
    case IdType::Passport:
        return tr("Passport");
    }
    return {};
}

QString Domain::label(Role v)
{
    switch (v) {
    case Role::Receptionist:
        return tr("Receptionist");
    case Role::ProgramOfficer:
        return tr("Program officer");
    case Role::Manager:
        return tr("Manager");
    case Role::Administrator:
        return tr("Administrator");
    }
    return {};
}
