#include "services/BeneficiaryDesk.h"

#include "core/Clock.h"
#include "services/BeneficiaryValidation.h"
#include "services/Session.h"
#include "storage/AuditRepository.h"
#include "storage/BeneficiaryRepository.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"

#include <QTimeZone>

Status BeneficiaryDesk::importRows(const QVector<ImportedRow> &rows)
{
    if (Status s = m_action.permit(Action::EditBeneficiary); !s)
        return s;
    return m_action.run(QStringLiteral("beneficiary.import"), [&]() -> Status {
        BeneficiaryRepository beneficiaries(m_db);
        for (const ImportedRow &row : rows) {
            const auto created = beneficiaries.create(row.beneficiary, m_action.actor());
            if (!created)
                return Status::failure(tr("line %1: %2").arg(row.line).arg(created.error()));
        }
        return Status::success();
    });
}

Result<Beneficiary> BeneficiaryDesk::permittedAndClean(const Beneficiary &input) const
{
    if (Status s = m_action.permit(Action::EditBeneficiary); !s)
        return s;
    return BeneficiaryValidation::clean(input, Clock::instance().today(), DeskAction::now());
}

Result<Beneficiary> BeneficiaryDesk::registerBeneficiary(const Beneficiary &input)
{
    const Result<Beneficiary> cleaned = permittedAndClean(input);
    if (!cleaned)
        return cleaned.status();
    return m_action.make<Beneficiary>(
        QStringLiteral("beneficiary.register"), [&]() -> Result<Beneficiary> {
            BeneficiaryRepository beneficiaries(m_db);
            const auto existing = beneficiaries.findByIdNumber(cleaned->idType, cleaned->idNumber);
            if (!existing)
                return existing.status();
            if (existing->has_value()) {
                const Beneficiary &other = **existing;
                if (other.fileNumber.isEmpty())
                    return Status::failure(
                        tr("%1 is already registered with this ID number; find their record and "
                           "use it instead of registering them again.")
                            .arg(other.name.full()));
                return Status::failure(
                    tr("%1 is already registered with this ID number (file %2); find their record "
                       "and use it instead of registering them again.")
                        .arg(other.name.full(), other.fileNumber));
            }
            return beneficiaries.create(*cleaned, m_action.actor());
        });
}

Status BeneficiaryDesk::staleSaveRefusal(const Beneficiary &stored) const
{
    AuditQuery query;
    query.entity = QStringLiteral("beneficiary");
    query.entityId = stored.id;
    query.limit = 1;
    const auto entries = AuditRepository(m_db).query(query);
    if (!entries || entries->isEmpty())
        return Status::failure(tr("Someone else saved this beneficiary's record after you "
                                  "opened it. Reload the record and make your changes again."),
                               Status::Code::Stale);
    const AuditEntry &last = entries->first();
    const QString when = Clock::deskMinute(last.at);
    if (last.userId != 0) {
        const Result<User> who = UserRepository(m_db).get(last.userId);
        if (who && !who->displayName.trimmed().isEmpty())
            return Status::failure(tr("%1 saved this beneficiary's record at %2, after you opened "
                                      "it. Reload the record and make your changes again.")
                                       .arg(who->displayName, when),
                                   Status::Code::Stale);
    }
    return Status::failure(tr("Someone else saved this beneficiary's record at %1, after you "
                              "opened it. Reload the record and make your changes again.")
                               .arg(when),
                           Status::Code::Stale);
}

Result<Beneficiary> BeneficiaryDesk::updateBeneficiary(const Beneficiary &input)
{
    const Result<Beneficiary> cleaned = permittedAndClean(input);
    if (!cleaned)
        return cleaned.status();
    return m_action.make<Beneficiary>(
        QStringLiteral("beneficiary.update"), [&]() -> Result<Beneficiary> {
            BeneficiaryRepository beneficiaries(m_db);
            const Result<Beneficiary> stored = beneficiaries.get(cleaned->id);
            if (!stored)
                return stored.status();
            if (stored->version != cleaned->version)
                return staleSaveRefusal(*stored);
            return beneficiaries.update(*cleaned, m_action.actor());
        });
}
