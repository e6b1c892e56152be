#include "services/ProgramKindCatalogue.h"

#include "core/ArabicText.h"
#include "services/Session.h"
#include "storage/ProgramKindRepository.h"

Result<QVector<ProgramKind>> ProgramKindCatalogue::list(bool withRetired) const
{
    bool allowed = false;
    for (Action a : {Action::EditCatalogue, Action::ReceiveProgramRequests,
                     Action::StudyProgramRequests, Action::DecideProgramRequests})
        allowed = allowed || m_session.may(a);
    if (!allowed)
        return m_session.require(Action::ReceiveProgramRequests);
    return ProgramKindRepository(m_db).list(withRetired);
}

Status ProgramKindCatalogue::refuseSameName(const ProgramKind &kind) const
{
    const auto all = ProgramKindRepository(m_db).list(true);
    if (!all)
        return all.status();
    for (const ProgramKind &other : *all) {
        if (other.id == kind.id)
            continue;
        if (ArabicText::normalise(other.nameAr) == ArabicText::normalise(kind.nameAr))
            return Status::failure(
                tr("Another program kind is already called \"%1\".").arg(other.nameAr));
        if (!kind.nameEn.isEmpty() && other.nameEn.compare(kind.nameEn, Qt::CaseInsensitive) == 0)
            return Status::failure(
                tr("Another program kind is already called \"%1\".").arg(other.nameEn));
    }
    return Status::success();
}

Result<ProgramKind> ProgramKindCatalogue::add(const ProgramKind &input)
{
    if (Status s = m_session.require(Action::EditCatalogue); !s)
        return s;
    ProgramKind k = input;
    k.id = 0;
    if (Status s = ProgramKinds::check(k); !s)
        return s;
    if (Status s = refuseSameName(k); !s)
        return s;
    return ProgramKindRepository(m_db).create(k, m_session.userId());
}

Result<ProgramKind> ProgramKindCatalogue::edit(const ProgramKind &input)
{
    if (Status s = m_session.require(Action::EditCatalogue); !s)
        return s;
    ProgramKind k = input;
    if (k.id <= 0)
        return Result<ProgramKind>::failure(tr("Choose the program kind to change."));
    if (Status s = ProgramKinds::check(k); !s)
        return s;
    if (Status s = refuseSameName(k); !s)
        return s;
    return ProgramKindRepository(m_db).update(k, m_session.userId());
}
