#include "services/AuditReader.h"

#include "core/Clock.h"
#include "services/Session.h"
#include "storage/AuditRepository.h"
#include "storage/BeneficiaryRepository.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"

#include <QTimeZone>

Result<QVector<AuditEntry>> AuditReader::page(const AuditFilter &filter, int limit,
                                              int offset) const
{
    if (Status s = m_session.require(Action::ViewAudit); !s)
        return s;
    if (filter.from.isValid() && filter.to.isValid() && filter.to < filter.from)
        return Result<QVector<AuditEntry>>::failure(
            tr("The last day of the range is before the first."));
    AuditQuery q;
    if (filter.caseId != 0) {
        q.entity = QStringLiteral("case");
        q.entityId = filter.caseId;
    }
    q.beneficiaryId = filter.beneficiaryId;
    q.userId = filter.userId;
    const QTimeZone zone = Clock::deskTimeZone();
    if (filter.from.isValid())
        q.from = QDateTime(filter.from, QTime(0, 0), zone).toUTC();
    if (filter.to.isValid())
        q.to = QDateTime(filter.to.addDays(1), QTime(0, 0), zone).toUTC();
    q.limit = qBound(1, limit, maxPage);
    q.offset = qMax(0, offset);
    return AuditRepository(m_db).query(q);
}

Result<AuditChainReport> AuditReader::verifyTrail() const
{
    if (Status s = m_session.require(Action::ViewAudit); !s)
        return s;
    return AuditChainCheck(m_db).run();
}

Result<QVector<User>> AuditReader::users() const
{
    if (Status s = m_session.require(Action::ViewAudit); !s)
        return s;
    return UserRepository(m_db).list(false);
}

Result<QVector<BeneficiaryMatch>> AuditReader::findBeneficiaries(const QString &text,
                                                                 int limit) const
{
    if (Status s = m_session.require(Action::ViewAudit); !s)
        return s;
    return BeneficiarySearch(m_db).find(text, limit);
}

Result<QHash<qint64, QString>> AuditReader::beneficiaryNames(const QVector<qint64> &ids) const
{
    if (Status s = m_session.require(Action::ViewAudit); !s)
        return s;
    return BeneficiaryRepository(m_db).fullNames(ids);
}
