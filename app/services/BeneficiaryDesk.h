// A beneficiary's record at the desk: registering a new one (checked by
// BeneficiaryValidation; an ID number already registered is refused, naming
// who has it) and saving corrections with the row version (a stale save is
// refused, saying who saved in between and when). Each is one transaction,
// refused unless the session may edit beneficiaries. CaseDesk links records
// to cases.
#pragma once

#include "core/Beneficiary.h"
#include "core/BeneficiaryImport.h"
#include "core/Result.h"
#include "services/DeskAction.h"

#include <QCoreApplication>

class Database;
class Session;

class BeneficiaryDesk final
{
    Q_DECLARE_TR_FUNCTIONS(BeneficiaryDesk)

public:
    BeneficiaryDesk(Database &db, const Session &session) : m_db(db), m_action(db, session) {}
    BeneficiaryDesk(const BeneficiaryDesk &) = delete;
    BeneficiaryDesk &operator=(const BeneficiaryDesk &) = delete;

    Result<Beneficiary> registerBeneficiary(const Beneficiary &beneficiary);
    // Saves b, read at b.version; the file number and creation time are kept.
    Result<Beneficiary> updateBeneficiary(const Beneficiary &b);

    // Stores the rows an import accepted in one transaction, all or none,
    // each audited as created by the session's person.
    Status importRows(const QVector<ImportedRow> &rows);

    // For tests: runs after each action's work, before its commit.
    void setFaultInjector(DeskAction::FaultInjector injector)
    {
        m_action.setFaultInjector(std::move(injector));
    }

private:
    // The record as it may be saved, for a session that may edit beneficiaries.
    Result<Beneficiary> permittedAndClean(const Beneficiary &input) const;
    Status staleSaveRefusal(const Beneficiary &stored) const;

    Database &m_db;
    DeskAction m_action;
};
