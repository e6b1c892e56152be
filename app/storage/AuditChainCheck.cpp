#include "storage/AuditChainCheck.h"

#include "storage/AuditChain.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QSqlQuery>

namespace {

// Rows read at a time: a server sends a whole result at once.
constexpr int kBatch = 2000;

} // namespace

Result<AuditChainReport> AuditChainCheck::run() const
{
    if (!m_db.isOpen())
        return Result<AuditChainReport>::failure(tr("The database is not open."));
    const QString failure = tr("Could not read the audit trail.");
    const Result<AuditChainHead> head = AuditChain::head(m_db);
    if (!head)
        return head.status();

    AuditChainReport report;
    qint64 lastId = 0;
    qint64 firstBeyondHead = 0; // the first row numbered after the recorded end
    QString lastHash;
    for (bool more = true; more;) {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (Status s = Sql::exec(q,
                                 QStringLiteral("SELECT %1 FROM audit_log WHERE id > ? ORDER BY "
                                                "id LIMIT %2")
                                     .arg(AuditChain::columns())
                                     .arg(kBatch),
                                 {lastId}, failure);
            !s)
            return s;
        int read = 0;
        while (q.next()) {
            ++read;
            const AuditLink link = AuditChain::read(q);
            if (link.prevHash != lastHash) {
                report.firstBadId = link.id;
                report.problem =
                    lastId == 0
                        ? tr("Audit entry %1 is the first in the trail but follows an entry that "
                             "is not there: earlier entries were removed or replaced.")
                              .arg(link.id)
                        : tr("Audit entry %1 does not follow entry %2: an entry between them was "
                             "removed, inserted or replaced.")
                              .arg(link.id)
                              .arg(lastId);
                return report;
            }
            if (AuditChain::seal(link) != link.hash) {
                report.firstBadId = link.id;
                report.problem = tr("Audit entry %1 was changed after it was written: its content "
                                    "no longer matches its hash.")
                                     .arg(link.id);
                return report;
            }
            if (firstBeyondHead == 0 && head->present && link.id > head->lastId)
                firstBeyondHead = link.id;
            lastId = link.id;
            lastHash = link.hash;
            ++report.rows;
        }
        more = read == kBatch;
    }
    report.headHash = lastHash;

    if (!head->present) {
        if (report.rows == 0)
            return report;
        report.firstBadId = lastId;
        report.problem = tr("The record of where the audit trail ends is missing (the trail has "
                            "%n entries, up to entry %1): its last entries may have been removed.",
                            "", int(report.rows))
                             .arg(lastId);
        return report;
    }
    if (report.rows < head->rowCount || lastId < head->lastId) {
        report.firstBadId = lastId + 1;
        report.problem =
            report.rows == 0
                ? tr("The audit trail is empty, but %n entries were written up to entry %1: they "
                     "were removed.",
                     "", int(head->rowCount))
                      .arg(head->lastId)
                : tr("The audit trail ends at entry %1, but %n entries were written up to entry "
                     "%2: the entries after %1 were removed.",
                     "", int(head->rowCount))
                      .arg(lastId)
                      .arg(head->lastId);
        return report;
    }
    if (firstBeyondHead != 0 || report.rows > head->rowCount) {
        report.firstBadId = firstBeyondHead != 0 ? firstBeyondHead : lastId;
        report.problem = tr("Audit entry %1 was added outside Istiqbal: the trail was last "
                            "written at entry %2.")
                             .arg(report.firstBadId)
                             .arg(head->lastId);
        return report;
    }
    if (lastHash != head->hash) {
        report.firstBadId = lastId;
        report.problem = tr("Audit entry %1, the last, is not the one written last: it was "
                            "replaced.")
                             .arg(lastId);
    }
    return report;
}

Status AuditChainCheck::status() const
{
    const Result<AuditChainReport> report = run();
    if (!report)
        return report.status();
    if (!report->intact())
        return Status::failure(tr("The audit trail was tampered with. %1").arg(report->problem));
    return Status::success();
}
