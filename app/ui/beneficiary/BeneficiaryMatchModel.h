// The results of a beneficiary search (at most one search's limit of rows):
// name, ID number, phone in its national form and the last visit.
#pragma once

#include "services/BeneficiaryRecords.h"

#include <QAbstractTableModel>
#include <QVector>

class BeneficiaryMatchModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        IdNumber,
        Phone,
        LastVisit,
        ColumnCount
    };
    enum Role
    {
        RawRole = Qt::UserRole + 1,
        BeneficiaryIdRole,
    };

    explicit BeneficiaryMatchModel(QObject *parent = nullptr);

    void setMatches(const QVector<BeneficiaryMatch> &matches);
    const QVector<BeneficiaryMatch> &matches() const { return m_matches; }
    qint64 beneficiaryIdAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

public slots:
    void retranslate();

private:
    QVector<BeneficiaryMatch> m_matches;
};
