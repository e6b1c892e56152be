#include "services/OrganisationDirectory.h"

#include "core/ArabicText.h"
#include "services/Session.h"
#include "storage/OrganisationRepository.h"

Status OrganisationDirectory::requireReader() const
{
    if (m_session.may(Action::DecideProgramRequests))
        return Status::success();
    return m_session.require(Action::ReceiveProgramRequests);
}

Result<QVector<OrganisationMatch>> OrganisationDirectory::find(const QString &query,
                                                               int limit) const
{
    if (Status s = requireReader(); !s)
        return s;
    return OrganisationSearch(m_db).find(query, limit);
}

Result<Organisation> OrganisationDirectory::get(qint64 id) const
{
    if (Status s = requireReader(); !s)
        return s;
    return OrganisationRepository(m_db).get(id);
}

Status OrganisationDirectory::refuseSameName(const Organisation &o) const
{
    const auto found = OrganisationSearch(m_db).find(o.name);
    if (!found)
        return found.status();
    // The same words in the same order, whatever the spelling: two records of
    // one mosque would split its requests.
    const QString wanted = ArabicText::secondaryText(ArabicText::tokens(o.name).join(u' '));
    for (const OrganisationMatch &m : *found) {
        const Organisation &other = m.organisation;
        if (other.id == o.id)
            continue;
        if (ArabicText::secondaryText(ArabicText::tokens(other.name).join(u' ')) == wanted)
            return Status::failure(tr("\"%1\" is already recorded as organisation %2 (%3); "
                                      "choose it rather than adding it again.")
                                       .arg(other.name)
                                       .arg(other.id)
                                       .arg(OrganisationKinds::label(other.kind)));
    }
    return Status::success();
}

Result<Organisation> OrganisationDirectory::add(const Organisation &input)
{
    if (Status s = m_session.require(Action::ReceiveProgramRequests); !s)
        return s;
    Organisation o = input;
    o.id = 0;
    if (Status s = OrganisationRules::check(o); !s)
        return s;
    if (Status s = refuseSameName(o); !s)
        return s;
    return OrganisationRepository(m_db).create(o, m_session.userId());
}

Result<Organisation> OrganisationDirectory::edit(const Organisation &input)
{
    if (Status s = m_session.require(Action::ReceiveProgramRequests); !s)
        return s;
    Organisation o = input;
    if (o.id <= 0)
        return Result<Organisation>::failure(tr("Choose the organisation to correct."));
    if (Status s = OrganisationRules::check(o); !s)
        return s;
    if (Status s = refuseSameName(o); !s)
        return s;
    return OrganisationRepository(m_db).update(o, m_session.userId());
}
