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

    int rowOfDelivery(qint64 deliveryId) const; // -1 when not loaded

    void updateWaitingTimes() { columnChanged(Waiting); }
    void retranslate() { allChanged(); }

protected:
    Result<Page> read(int offset, int count) override;
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant display(const ApprovalQueueItem &item, int column, int row) const override;
    QVariant raw(const ApprovalQueueItem &item, int column, int row) const override;
    qint64 caseIdOf(const ApprovalQueueItem &item) const override { return item.theCase.id; }
    // Since the delivery was recorded.
    QDateTime waitingSince(const ApprovalQueueItem &item) const override
    {
        return item.delivery.deliveredAt;
    }
    QVariant look(const ApprovalQueueItem &item, int column, int role) const override;

private:
    Database &m_db;
    const Session &m_session;
};
