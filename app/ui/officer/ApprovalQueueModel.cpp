#include "ui/officer/ApprovalQueueModel.h"

#include "core/DeskText.h"

#include <QLocale>

ApprovalQueueModel::ApprovalQueueModel(Database &db, const Session &session, QObject *parent)
    : QueueTableModel(parent), m_db(db), m_session(session)
{}

Result<ApprovalQueueModel::Page> ApprovalQueueModel::read(int offset, int count)
{
    return pageOfOneMore(DeskQueries(m_db, m_session).approvalQueue(count + 1, offset), count);
}

int ApprovalQueueModel::rowOfDelivery(qint64 deliveryId) const
{
    return rowWhere([&](const ApprovalQueueItem &i) { return i.delivery.id == deliveryId; });
}

QVariant ApprovalQueueModel::display(const ApprovalQueueItem &item, int column, int row) const
{
    const Delivery &d = item.delivery;
    switch (column) {
    case Waiting:
        return DeskText::duration(waitingSeconds(row));
    case Beneficiary:
        return item.beneficiaryName;
    case Service:
        return item.serviceName;
    case Recorded:
        return DeskText::timeOrDateTime(d.deliveredAt);
    case Quantity:
        return d.quantity > 0 ? QLocale().toString(d.quantity, 'g', 6) : QString();
    case Amount:
        return d.amount > 0 ? DeskText::riyals(d.amount) : QString();
    case Notes:
        return d.notes.simplified();
    default:
        return QVariant();
    }
}

QVariant ApprovalQueueModel::raw(const ApprovalQueueItem &item, int column, int row) const
{
    const Delivery &d = item.delivery;
    switch (column) {
    case Waiting:
        return waitingSeconds(row);
    case Beneficiary:
        return item.beneficiaryName;
    case Service:
        return d.serviceId;
    case Recorded:
        return d.deliveredAt;
    case Quantity:
        return d.quantity;
    case Amount:
        return d.amount;
    case Notes:
        return d.notes;
    default:
        return QVariant();
    }
}

QVariant ApprovalQueueModel::look(const ApprovalQueueItem &item, int column, int role) const
{
    if (role == Qt::ToolTipRole && column == Notes && !item.delivery.notes.isEmpty())
        return item.delivery.notes;
    if (role == Qt::ToolTipRole && column == Recorded)
        return DeskText::dateTime(item.delivery.deliveredAt);
    if (role == Qt::FontRole && column == Waiting)
        return boldFont();
    return QVariant();
}

QString ApprovalQueueModel::header(int column) const
{
    switch (column) {
    case Waiting:
        return tr("Waiting");
    case Beneficiary:
        return tr("Beneficiary");
    case Service:
        return tr("Service");
    case Recorded:
        return tr("Recorded");
    case Quantity:
        return tr("Quantity");
    case Amount:
        return tr("Amount");
    case Notes:
        return tr("Notes");
    default:
        return QString();
    }
}
