#include "storage/OfficerQueues.h"

#include "core/Beneficiary.h"
#include "storage/Database.h"
#include "storage/Rows.h"
#include "storage/SqlSupport.h"

template <typename Row>
Result<QVector<Row>> OfficerQueues::read(const Queue &queue, int limit, int offset,
                                         void (*readItem)(Row &, const QSqlQuery &,
                                                          int first)) const
{
    // The case's columns first, then the names, then the item's.
    const QStringList caseColumns = Rows::caseColumns(QStringLiteral("c."));
    const int names = int(caseColumns.size());
    const int item = names + 6;
    const QString sql =
        QStringLiteral("SELECT %1, b.first_name, b.father_name, b.grandfather_name, "
                       "b.family_name, s.name_ar, s.name_en, %2 FROM %3 i "
                       "JOIN cases c ON c.id = i.case_id "
                       "LEFT JOIN beneficiaries b ON b.id = c.beneficiary_id "
                       "LEFT JOIN services s ON s.id = %4 "
                       "WHERE %5 ORDER BY %6 LIMIT ? OFFSET ?")
            .arg(caseColumns.join(QLatin1String(", ")), queue.columns.join(QLatin1String(", ")),
                 queue.table, queue.serviceKey, queue.waiting, queue.order);
    Sql::Cached statement(m_db, sql);
    if (Status s = statement.exec({qMax(1, limit), qMax(0, offset)},
                                  tr("Could not read the program officer's queue."));
        !s)
        return s;
    QSqlQuery &q = statement.query();
    QVector<Row> out;
    while (q.next()) {
        Row row;
        row.theCase = Rows::caseFrom(q, 0);
        const PersonName name{q.value(names).toString(), q.value(names + 1).toString(),
                              q.value(names + 2).toString(), q.value(names + 3).toString()};
        row.beneficiaryName = name.full();
        row.serviceNameAr = q.value(names + 4).toString();
        row.serviceNameEn = q.value(names + 5).toString();
        readItem(row, q, item);
        out << row;
    }
    return out;
}

OfficerQueues::Queue OfficerQueues::referralQueue()
{
    // The case's service: a referral asks about the case.
    return Queue{QStringLiteral("referrals"), Rows::referralColumns(QStringLiteral("i.")),
                 QStringLiteral("c.service_id"), QStringLiteral("i.answered_at IS NULL"),
                 QStringLiteral("i.referred_at, i.id")};
}

Result<qint64> OfficerQueues::referralCount() const
{
    const Queue queue = referralQueue();
    // The same rows as the queue's, which joins the case.
    const QString sql = QStringLiteral("SELECT COUNT(*) FROM %1 i JOIN cases c ON c.id = i.case_id "
                                       "WHERE %2")
                            .arg(queue.table, queue.waiting);
    Sql::Cached statement(m_db, sql);
    if (Status s = statement.exec({}, tr("Could not count the referrals waiting.")); !s)
        return s;
    QSqlQuery &q = statement.query();
    if (!q.next())
        return Result<qint64>::failure(tr("Could not count the referrals waiting."));
    return q.value(0).toLongLong();
}

Result<QVector<WaitingReferral>> OfficerQueues::referrals(int limit, int offset) const
{
    return read<WaitingReferral>(referralQueue(), limit, offset,
                                 [](WaitingReferral &row, const QSqlQuery &q, int first) {
                                     row.referral = Rows::referralFrom(q, first);
                                 });
}

Result<QVector<WaitingDelivery>> OfficerQueues::deliveries(int limit, int offset) const
{
    const Queue queue{QStringLiteral("deliveries"), Rows::deliveryColumns(QStringLiteral("i.")),
                      QStringLiteral("i.service_id"), QStringLiteral("i.awaiting_approval = 1"),
                      QStringLiteral("i.delivered_at, i.id")};
    return read<WaitingDelivery>(queue, limit, offset,
                                 [](WaitingDelivery &row, const QSqlQuery &q, int first) {
                                     row.delivery = Rows::deliveryFrom(q, first);
                                 });
}
