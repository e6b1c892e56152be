#include "core/Organisation.h"

#include "core/FieldText.h"
#include "core/Phone.h"

const QVector<OrganisationKind> &OrganisationKinds::all()
{
    static const QVector<OrganisationKind> kinds = {
        OrganisationKind::Mosque,         OrganisationKind::School,  OrganisationKind::Association,
        OrganisationKind::GovernmentBody, OrganisationKind::Company, OrganisationKind::Other};
    return kinds;
}

QString OrganisationKinds::code(OrganisationKind kind)
{
    switch (kind) {
    case OrganisationKind::Mosque:
        return QStringLiteral("mosque");
    case OrganisationKind::School:
        return QStringLiteral("school");
    case OrganisationKind::Association:
        return QStringLiteral("association");
    case OrganisationKind::GovernmentBody:
        return QStringLiteral("government");
    case OrganisationKind::Company:
        return QStringLiteral("company");
    case OrganisationKind::Other:
        return QStringLiteral("other");
    }
    return {};
}

std::optional<OrganisationKind> OrganisationKinds::fromCode(const QString &code)
{
    for (OrganisationKind k : all()) {
        if (OrganisationKinds::code(k) == code)
            return k;
    }
    return std::nullopt;
}

QString OrganisationKinds::label(OrganisationKind kind)
{
    switch (kind) {
    case OrganisationKind::Mosque:
        return tr("Mosque");
    case OrganisationKind::School:
        return tr("School");
    case OrganisationKind::Association:
        return tr("Association");
    case OrganisationKind::GovernmentBody:
        return tr("Government body");
    case OrganisationKind::Company:
        return tr("Company");
    case OrganisationKind::Other:
        return tr("Other");
    }
    return {};
}

Status OrganisationRules::check(Organisation &o)
{
    o.name = FieldText::clean(o.name);
    o.contactPerson = FieldText::clean(o.contactPerson);
    if (Status s = FieldText::check(tr("The organisation's name"), o.name, true,
                                    Organisation::maxNameLength);
        !s)
        return s;
    if (!OrganisationKinds::all().contains(o.kind))
        return Status::failure(tr("Choose what kind of organisation this is."));
    if (o.supervising && o.kind != OrganisationKind::GovernmentBody)
        return Status::failure(tr("Only a government body can be the supervising authority; "
                                  "choose \"Government body\" as its kind."));
    if (Status s = FieldText::check(tr("The contact person"), o.contactPerson, false,
                                    Organisation::maxContactLength);
        !s)
        return s;
    const QString phone = o.contactPhone.trimmed();
    if (phone.isEmpty()) {
        o.contactPhone.clear();
        return Status::success();
    }
    const Result<Phone> parsed = Phone::parse(phone);
    if (!parsed)
        //: %1 says what is wrong with the number.
        return Status::failure(tr("The contact phone: %1").arg(parsed.error()));
    o.contactPhone = parsed->e164();
    return Status::success();
}
