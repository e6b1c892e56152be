// The window's lists of cases, read a keyset page at a time (never the whole
// table), with what a page shows besides the cases: the beneficiaries' names
// and which referral answers the desk has still to pick up. Reading needs
// Action::ViewCases.
#pragma once

#include "core/Result.h"
#include "storage/CaseRepository.h"

#include <QHash>
#include <QSet>
#include <QVector>

class Database;
class Session;

class CaseBrowser final
{
public:
    CaseBrowser(Database &db, const Session &session) : m_db(db), m_session(session) {}

    Result<CaseListPage> page(const CaseFilter &filter, const CasePageRequest &request) const;
    // How many cases the filter holds in all.
    Result<qint64> count(const CaseFilter &filter) const;
    // Full names of these beneficiaries, by id.
    Result<QHash<qint64, QString>> beneficiaryNames(const QVector<qint64> &beneficiaryIds) const;
    // Of these cases, those whose referral answer the desk has not picked up.
    Result<QSet<qint64>> answersToPickUp(const QVector<qint64> &caseIds) const;
    // Every transition of the case (who, when, from, to), oldest first.
    Result<QVector<StepEvent>> history(qint64 caseId) const;
    // The case's referrals, in the order made.
    Result<QVector<Referral>> referrals(qint64 caseId) const;

private:
    Database &m_db;
    const Session &m_session;
};
