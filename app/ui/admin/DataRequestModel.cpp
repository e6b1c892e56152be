#include "ui/admin/DataRequestModel.h"

#include "core/DeskText.h"
#include "services/DataRequestDesk.h"
#include "ui/widgets/AttentionColour.h"

#include <QBrush>

#include <algorithm>

DataRequestModel::DataRequestModel(QObject *parent) : QAbstractTableModel(parent) {}

void DataRequestModel::setRequests(const QVector<ListedDataRequest> &requests, const QDate &today)
{
    beginResetModel();
    m_requests = requests;
    m_today = today;
    endResetModel();
}

std::optional<ListedDataRequest> DataRequestModel::requestAt(int row) const
{
    if (row < 0 || row >= m_requests.size())
        return std::nullopt;
    return m_requests.at(row);
}

int DataRequestModel::overdueCount() const
{
    return int(
        std::count_if(m_requests.cbegin(), m_requests.cend(), [&](const ListedDataRequest &r) {
            return DataRequestDesk::isOverdue(r.request, m_today);
        }));
}

int DataRequestModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_requests.size());
}

int DataRequestModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DataRequestModel::standingText(const DataRequest &request) const
{
    if (!request.isOpen())
        return tr("Closed on %1").arg(DeskText::date(DeskText::deskDate(request.closedAt)));
    const qint64 days = m_today.daysTo(request.dueOn);
    if (days < 0)
        return tr("Overdue by %Ln day(s)", "", int(-days));
    if (days == 0)
        return tr("Due today");
    return tr("Open, due in %Ln day(s)", "", int(days));
}

QString DataRequestModel::display(const ListedDataRequest &item, int column) const
{
    const DataRequest &r = item.request;
    switch (column) {
    case Person:
        return item.beneficiaryName.isEmpty() ? tr("Not identified") : item.beneficiaryName;
    case Kind:
        return DataRequestKinds::label(r.kind);
    case Channel:
        return Domain::label(r.channel);
    case Received:
        return DeskText::date(r.receivedOn);
    case Due:
        return DeskText::date(r.dueOn);
    case Standing:
        return standingText(r);
    default:
        return {};
    }
}

QVariant DataRequestModel::data(const QModelIndex &index, int role) const
{
    const std::optional<ListedDataRequest> item = requestAt(index.row());
    if (!item || !index.isValid())
        return {};
    const bool overdue = DataRequestDesk::isOverdue(item->request, m_today);
    switch (role) {
    case Qt::DisplayRole:
        return display(*item, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Standing && !item->request.isOpen())
            return item->request.outcome;
        return index.column() == Kind && !item->request.details.isEmpty()
                   ? QVariant(item->request.details)
                   : QVariant();
    case Qt::ForegroundRole:
        return overdue ? QVariant(QBrush(AttentionColour::red())) : QVariant();
    default:
        return {};
    }
}

QVariant DataRequestModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Person:
        return tr("Person");
    case Kind:
        return tr("Request");
    case Channel:
        return tr("Received by");
    case Received:
        return tr("Received on");
    case Due:
        return tr("Answer due by");
    case Standing:
        return tr("Status");
    default:
        return {};
    }
}
