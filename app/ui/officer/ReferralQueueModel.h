// The program officer's referral queue: waiting referrals, the oldest first
// (DeskQueries::referralQueue), read in pages. Each row: how long it has been
// waiting, the question, the beneficiary, the service, the channel the case
// came through and when it was referred. The waiting times move on with
// updateWaitingTimes().
#pragma once

#include "services/DeskQueries.h"
#include "ui/widgets/QueueTableModel.h"

class Database;
class Session;

class ReferralQueueModel final : public QueueTableModel<ReferralQueueItem>
{
    Q_OBJECT

public:
    enum Column
    {
        Waiting,
        Question,
        Beneficiary,
        Service,
        Channel,
        Referred,
        ColumnCount
    };

    ReferralQueueModel(Database &db, const Session &session, QObject *parent = nullptr);

    void updateWaitingTimes() { columnChanged(Waiting); }
    void retranslate() { allChanged(); }

protected:
    Result<Page> read(int offset, int count) override;
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant display(const ReferralQueueItem &item, int column, int row) const override;
    QVariant raw(const ReferralQueueItem &item, int column, int row) const override;
    qint64 caseIdOf(const ReferralQueueItem &item) const override { return item.theCase.id; }
    // Since the referral.
    QDateTime waitingSince(const ReferralQueueItem &item) const override
    {
        return item.referral.referredAt;
    }
    QVariant look(const ReferralQueueItem &item, int column, int role) const override;

private:
    Database &m_db;
    const Session &m_session;
};
