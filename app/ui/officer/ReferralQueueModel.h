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

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int rowOfCase(qint64 caseId) const; // -1 when not loaded
    // Seconds since the referral, by the clock now.
    qint64 waitingSeconds(int row) const;

    void updateWaitingTimes() { columnChanged(Waiting); }
    void retranslate() { allChanged(); }

protected:
    Result<Page> read(int offset, int count) override;

private:
    QVariant display(const ReferralQueueItem &item, int column, int row) const;
    QVariant raw(const ReferralQueueItem &item, int column, int row) const;

    Database &m_db;
    const Session &m_session;
};
