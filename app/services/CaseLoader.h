// Reads one case and everything around it into a CaseContext: the case, its
// beneficiary and their document checklist, the service with its rules at the
// version the case is judged by, the referrals, deliveries, survey, whether a
// program officer overrode the eligibility rules, and the document types.
// Used by the desks inside their transactions and by the case screen.
#pragma once

#include "core/CaseContext.h"
#include "core/Result.h"

#include <QDate>

class Database;

class CaseLoader final
{
public:
    explicit CaseLoader(Database &db) : m_db(db) {}

    // The case judged on day (the desk's today when null).
    Result<CaseContext> load(qint64 caseId, const QDate &day = QDate()) const;

    // The service as the case is judged by it: its rules and rulesVersion at
    // the version pinned for the case, or the current ones when none is.
    Result<Service> serviceForCase(qint64 caseId, qint64 serviceId) const;

    // Names document types in the interface language (Arabic unless English
    // is chosen), falling back to the Arabic name, then the code.
    static DocumentChecklist::Namer namer(const QVector<DocumentType> &types);

private:
    Database &m_db;
};
