// The program officer's eligibility review (issue 4; seed 000 item 3): open
// cases at verification whose service's rules fail for the beneficiary and
// were not overridden, oldest arrival first, each with the rules that fail and
// why. Reads only cases at verification, through the (status, step, arrival)
// index, a bounded number per call; never the whole case table. Reading needs
// Action::ViewCases.
#pragma once

#include "core/Case.h"
#include "core/Eligibility.h"
#include "core/Result.h"
#include "storage/CaseRepository.h"

#include <QVector>

#include <optional>

class Database;
class Session;

struct EligibilityReviewItem
{
    Case theCase;
    QString beneficiaryName;
    QString serviceName;        // in the interface language
    int rulesVersion = 0;       // the version the case is judged by
    QVector<RuleResult> failed; // each failing rule with its reason
    qint64 waitingSeconds = 0;  // since arrival
};

struct EligibilityReviewPage
{
    QVector<EligibilityReviewItem> items;
    std::optional<CaseCursor> next; // none: every case at verification was read
};

class EligibilityReview final
{
public:
    static constexpr int defaultScanLimit = 400;

    EligibilityReview(Database &db, const Session &session) : m_db(db), m_session(session) {}

    // Up to limit blocked cases after the cursor, reading at most scanLimit
    // cases at verification; next says where to go on.
    Result<EligibilityReviewPage> blocked(int limit = 50,
                                          const std::optional<CaseCursor> &after = std::nullopt,
                                          int scanLimit = defaultScanLimit) const;

private:
    Database &m_db;
    const Session &m_session;
};
