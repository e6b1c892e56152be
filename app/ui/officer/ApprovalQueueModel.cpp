#include "ui/officer/ApprovalQueueModel.h"

#include "core/DeskText.h"

#include <QFont>
#include <QLocale>

ApprovalQueueModel::ApprovalQueueModel(Database &db, const Session &session, QObject *parent)
    : QueueTableModel(parent), m_db(db), m_session(session)
{}

Result<ApprovalQueueModel::Page> ApprovalQueueModel::read(int offset, int count)
{
    return pageOfOneMore(DeskQueries(m_db, m_session).approvalQueue(count + 1, offset), count);
}

int ApprovalQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int ApprovalQueueModel::rowOfDelivery(qint64 deliveryId) const
{
    return rowWhere([&](const ApprovalQueueItem &i) { return i.delivery.id == deliveryId; });
}

qint64 ApprovalQueueModel::waitingSeconds(int row) const
{
    return secondsSince(itemAt(row).delivery.deliveredAt);
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

QVariant ApprovalQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ApprovalQueueItem &item = itemAt(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(item, column, index.row());
    case RawRole:
        return raw(item, column, index.row());
    case CaseIdRole:
        return item.theCase.id;
    case Qt::ToolTipRole:
        if (column == Notes && !item.delivery.notes.isEmpty())
            return item.delivery.notes;
        if (column == Recorded)
            return DeskText::dateTime(item.delivery.deliveredAt);
        return QVariant();
    case Qt::FontRole:
        if (column == Waiting) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return QVariant();
    default:
        return QVariant();
    }
}

QVariant ApprovalQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
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
        return QVariant();
    }
}
