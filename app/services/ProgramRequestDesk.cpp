#include "services/ProgramRequestDesk.h"

#include "core/Clock.h"
#include "core/ProcessingRestriction.h"
#include "core/ProgramRequestFlow.h"
#include "core/ProgramRequestRules.h"
#include "services/Session.h"
#include "storage/BeneficiaryRepository.h"
#include "storage/OrganisationRepository.h"
#include "storage/ProgramKindRepository.h"
#include "storage/ProgramRequestRepository.h"

#include <QTimeZone>

Status ProgramRequestDesk::requireReader() const
{
    for (Action a : {Action::StudyProgramRequests, Action::DecideProgramRequests}) {
        if (m_session.may(a))
            return Status::success();
    }
    return m_session.require(Action::ReceiveProgramRequests);
}

Status ProgramRequestDesk::checkRequester(const ProgramRequest &r) const
{
    if (r.organisationId > 0)
        return OrganisationRepository(m_db).get(r.organisationId).status();
    const auto person = BeneficiaryRepository(m_db).get(r.beneficiaryId);
    if (!person)
        return person.status();
    // A person whose processing is restricted, or whose data was destroyed,
    // cannot be made a requester.
    return ProcessingRestriction::checkUsable(*person);
}

Status ProgramRequestDesk::checkKind(const ProgramRequest &r) const
{
    if (r.programKindId <= 0)
        return Status::success();
    const auto kind = ProgramKindRepository(m_db).get(r.programKindId);
    if (!kind)
        return kind.status();
    if (!kind->active)
        return Status::failure(tr("The program kind \"%1\" is no longer offered; choose another "
                                  "or describe the program in words.")
                                   .arg(kind->nameAr));
    return Status::success();
}

Result<ProgramRequest> ProgramRequestDesk::receive(const ProgramRequest &input)
{
    if (Status s = m_session.require(Action::ReceiveProgramRequests); !s)
        return s;
    ProgramRequest r = input;
    r.id = 0;
    if (Status s = ProgramRequestRules::check(r, Clock::instance().today()); !s)
        return s;
    if (Status s = checkRequester(r); !s)
        return s;
    if (Status s = checkKind(r); !s)
        return s;
    return ProgramRequestRepository(m_db).create(r, m_session.userId());
}

Result<ProgramRequest> ProgramRequestDesk::recordDeclaration(qint64 id, int version,
                                                             const QString &declarantName,
                                                             const QDate &declaredOn)
{
    if (Status s = m_session.require(Action::ReceiveProgramRequests); !s)
        return s;
    const auto request = ProgramRequestRepository(m_db).get(id);
    if (!request)
        return request.status();
    if (Status s =
            ProgramRequestFlow::check(*request, ProgramRequest::State::Declared, m_session.user());
        !s)
        return s;
    QString name = declarantName;
    const QDate receivedOn = request->receivedAt.toTimeZone(Clock::deskTimeZone()).date();
    if (Status s = ProgramRequestRules::checkDeclaration(name, declaredOn, receivedOn,
                                                         Clock::instance().today());
        !s)
        return s;
    return ProgramRequestRepository(m_db).declare(id, version, name, declaredOn,
                                                  m_session.userId());
}

Result<ProgramRequest> ProgramRequestDesk::get(qint64 id) const
{
    if (Status s = requireReader(); !s)
        return s;
    return ProgramRequestRepository(m_db).get(id);
}

Result<QVector<ListedProgramRequest>>
ProgramRequestDesk::list(const ProgramRequestQuery &query) const
{
    if (Status s = requireReader(); !s)
        return s;
    return ProgramRequestRepository(m_db).list(query);
}
