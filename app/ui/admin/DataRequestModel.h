// People's data requests as a table for the requests page: the person, what
// they asked, how, when it was received and when the answer is due (both
// calendars), and where it stands; an open request past its due date is
// written in red.
#pragma once

#include "core/DataRequest.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QVector>

#include <optional>

class DataRequestModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Person,
        Kind,
        Channel,
        Received,
        Due,
        Standing,
        ColumnCount
    };

    explicit DataRequestModel(QObject *parent = nullptr);

    // Shows these requests as of today.
    void setRequests(const QVector<ListedDataRequest> &requests, const QDate &today);
    std::optional<ListedDataRequest> requestAt(int row) const;
    int overdueCount() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QString standingText(const DataRequest &request) const;

private:
    QString display(const ListedDataRequest &item, int column) const;

    QVector<ListedDataRequest> m_requests;
    QDate m_today;
};
