// The program officer's two queues, each read with one query that joins the
// case, the beneficiary and the service: the referrals waiting for an answer
// and the deliveries waiting for approval, oldest first.
#pragma once

#include "core/Case.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QVector>

class Database;
class QSqlQuery;

// What a queue's row shows beside its referral or delivery.
struct OfficerQueueRow
{
    Case theCase;
    QString beneficiaryName; // the name's parts joined; empty without a beneficiary
    QString serviceNameAr;   // both empty without a service
    QString serviceNameEn;
};

struct WaitingReferral : OfficerQueueRow
{
    Referral referral;
};

// The service is the delivery's own.
struct WaitingDelivery : OfficerQueueRow
{
    Delivery delivery;
};

class OfficerQueues final
{
    Q_DECLARE_TR_FUNCTIONS(OfficerQueues)

public:
    explicit OfficerQueues(Database &db) : m_db(db) {}

    // Referrals not answered yet, by the time they were made.
    Result<QVector<WaitingReferral>> referrals(int limit, int offset) const;
    // Deliveries waiting for approval, by the time they were recorded.
    Result<QVector<WaitingDelivery>> deliveries(int limit, int offset) const;
    // How many referrals referrals() lists in all.
    Result<qint64> referralCount() const;

private:
    // One queue: what it lists (table, read as alias i, and its columns), the
    // column naming the service shown, which rows wait, in what order.
    struct Queue
    {
        QString table;
        QStringList columns;
        QString serviceKey;
        QString waiting;
        QString order;
    };
    static Queue referralQueue();
    template <typename Row>
    Result<QVector<Row>> read(const Queue &queue, int limit, int offset,
                              void (*readItem)(Row &, const QSqlQuery &, int first)) const;

    Database &m_db;
};
