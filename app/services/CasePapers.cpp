#include "services/CasePapers.h"

#include "services/AccessTrail.h"
#include "services/Session.h"
#include "storage/Database.h"

QString CasePapers::code(CaseDocument::Kind kind)
{
    switch (kind) {
    case CaseDocument::Kind::Declaration:
        return QStringLiteral("declaration");
    case CaseDocument::Kind::RegistrationReceipt:
        return QStringLiteral("receipt");
    case CaseDocument::Kind::QueueTicket:
        break;
    }
    return QString();
}

Status CasePapers::savePdf(CaseDocument::Kind kind, const CaseDocumentData &data,
                           const QString &path)
{
    if (Status s = m_session.require(Action::ViewCases); !s)
        return s;
    if (Status s = CaseDocument::writePdf(kind, data, path, {m_db.path()}); !s)
        return s;
    return recordMade(kind, data, How::Saved);
}

Status CasePapers::recordMade(CaseDocument::Kind kind, const CaseDocumentData &data, How how)
{
    if (Status s = m_session.require(Action::ViewCases); !s)
        return s;
    const QString paper = code(kind);
    if (paper.isEmpty() || !data.beneficiary || data.beneficiary->id == 0)
        return Status::success();
    return AccessTrail(m_db, m_session)
        .record(QStringLiteral("person.document"), data.beneficiary->id,
                {{QStringLiteral("case"), data.theCase.id},
                 {QStringLiteral("document"), paper},
                 {QStringLiteral("how"),
                  how == How::Printed ? QStringLiteral("printed") : QStringLiteral("saved")}});
}
