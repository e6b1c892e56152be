// The case papers that carry a person's data (the declaration and the
// registration receipt, reports/CaseDocument): each one printed or saved is
// recorded against the person (person.document: which paper, printed or
// saved), for issue 13's "who looked". Needs Action::ViewCases.
#pragma once

#include "core/Result.h"
#include "reports/CaseDocument.h"

#include <QCoreApplication>

class Database;
class Session;

class CasePapers final
{
    Q_DECLARE_TR_FUNCTIONS(CasePapers)

public:
    enum class How
    {
        Printed, // sent to the print preview, where it is printed
        Saved    // written to a PDF file
    };

    CasePapers(Database &db, const Session &session) : m_db(db), m_session(session) {}

    // Records the paper; a paper without the person's data (the queue
    // ticket) records nothing.
    Status recordMade(CaseDocument::Kind kind, const CaseDocumentData &data, How how);

    // Writes the paper as a PDF at path (refused when path is or leads to
    // the open database), then records it as saved.
    Status savePdf(CaseDocument::Kind kind, const CaseDocumentData &data, const QString &path);

    // The stable code of a paper in the audit ("declaration", "receipt");
    // empty for a paper that carries no personal data.
    static QString code(CaseDocument::Kind kind);

private:
    Database &m_db;
    const Session &m_session;
};
