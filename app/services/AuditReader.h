// Reading the audit log (issue 4; DOMAIN.md 6.6: who saw or changed what, and
// when): pages of entries, newest first, filtered by case, beneficiary, user
// and a range of days at the desk. Needs Action::ViewAudit (the manager and
// the administrator), checked here.
#pragma once

#include "core/Result.h"
#include "core/User.h"
#include "storage/AuditChainCheck.h"
#include "storage/BeneficiarySearch.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QVector>

class Database;
class Session;

struct AuditFilter
{
    qint64 caseId = 0;        // 0: any; else entries about the case
    qint64 beneficiaryId = 0; // 0: any; else about the beneficiary and their cases
    qint64 userId = 0;        // 0: anyone
    QDate from;               // first day at the desk, inclusive; null: open
    QDate to;                 // last day at the desk, inclusive; null: open
};

class AuditReader final
{
    Q_DECLARE_TR_FUNCTIONS(AuditReader)

public:
    static constexpr int maxPage = 500;

    AuditReader(Database &db, const Session &session) : m_db(db), m_session(session) {}
    AuditReader(const AuditReader &) = delete;
    AuditReader &operator=(const AuditReader &) = delete;

    // Entries newest first; limit 1..maxPage.
    Result<QVector<AuditEntry>> page(const AuditFilter &filter, int limit, int offset) const;

    // Walks the whole trail's hash chain (AuditChainCheck): intact, or the
    // first entry that does not fit and why.
    Result<AuditChainReport> verifyTrail() const;

    // Every user, active or not, for the filter and for naming who did what.
    Result<QVector<User>> users() const;
    // Beneficiaries matching a name, ID number or phone (BeneficiarySearch).
    Result<QVector<BeneficiaryMatch>> findBeneficiaries(const QString &text, int limit = 10) const;
    // Full names of beneficiaries by number.
    Result<QHash<qint64, QString>> beneficiaryNames(const QVector<qint64> &ids) const;

private:
    Database &m_db;
    const Session &m_session;
};
