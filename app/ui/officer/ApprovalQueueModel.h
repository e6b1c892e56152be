// Deliveries waiting for the program officer's approval, the oldest first
// (DeskQueries::approvalQueue), read in pages. Each row: how long it has been
// waiting, the beneficiary, the service, when it was recorded, the quantity,
// the amount and the notes.
#pragma once

#include "services/DeskQueries.h"
#include "ui/widgets/QueueTableModel.h"

class Database;
class Session;

class ApprovalQueueModel final : public QueueTableModel<ApprovalQueueItem>
{
    Q_OBJECT

public:
    enum Column
    {
        Waiting,
        Beneficiary,
        Service,
        Recorded,
        Quantity,
        Amount,
        Notes,
        ColumnCount
    };

    ApprovalQueueModel(Database &db, const Session &session, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int rowOfDelivery(qint64 deliveryId) const; // -1 when not loaded
    qint64 waitingSeconds(int row) const;

    void updateWaitingTimes() { columnChanged(Waiting); }
    void retranslate() { allChanged(); }

protected:
    Result<Page> read(int offset, int count) override;

private:
    QVariant display(const ApprovalQueueItem &item, int column, int row) const;
    QVariant raw(const ApprovalQueueItem &item, int column, int row) const;

    Database &m_db;
    const Session &m_session;
};
