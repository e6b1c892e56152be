// The eligibility of cases: which version of its service's rules a case is
// judged by, and the program officer's overrides (append-only: an override is
// never changed or removed).
#pragma once

#include "core/Case.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>

class Database;

// The rules version a case is pinned to for its service.
struct CaseRules
{
    qint64 caseId = 0;
    qint64 serviceId = 0;
    int rulesVersion = 0;
    QDateTime pinnedAt;
    qint64 pinnedBy = 0;
};

class EligibilityRepository final
{
    Q_DECLARE_TR_FUNCTIONS(EligibilityRepository)

public:
    explicit EligibilityRepository(Database &db) : m_db(db) {}

    // Records (or replaces, when the service is chosen again) the service and
    // rules version the case is judged by.
    Status pinRules(qint64 caseId, qint64 serviceId, int rulesVersion, qint64 actorId);
    Result<std::optional<CaseRules>> pinnedRules(qint64 caseId) const;

    // Appends an override (overriddenAt defaults to now, overriddenBy to the
    // actor) and its audit entry.
    Result<EligibilityOverride> addOverride(const EligibilityOverride &o, qint64 actorId);
    // The case's overrides, oldest first.
    Result<QVector<EligibilityOverride>> overridesForCase(qint64 caseId) const;

private:
    Database &m_db;
};
