#include "ui/beneficiary/BeneficiaryMatchModel.h"

#include "core/DeskText.h"

BeneficiaryMatchModel::BeneficiaryMatchModel(QObject *parent) : QAbstractTableModel(parent) {}

void BeneficiaryMatchModel::setMatches(const QVector<BeneficiaryMatch> &matches)
{
    beginResetModel();
    m_matches = matches;
    endResetModel();
}

qint64 BeneficiaryMatchModel::beneficiaryIdAt(int row) const
{
    return row >= 0 && row < m_matches.size() ? m_matches.at(row).id : 0;
}

int BeneficiaryMatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matches.size());
}

int BeneficiaryMatchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BeneficiaryMatchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const BeneficiaryMatch &m = m_matches.at(index.row());
    if (role == BeneficiaryIdRole)
        return m.id;
    if (role != RawRole && role != Qt::DisplayRole)
        return QVariant();
    const bool raw = role == RawRole;
    switch (index.column()) {
    case Name:
        return m.fullName;
    case IdNumber:
        return raw ? QVariant(m.idNumber) : QVariant(DeskText::digits(m.idNumber));
    case Phone:
        return raw ? QVariant(m.phone) : QVariant(DeskText::phone(m.phone));
    case LastVisit:
        if (raw)
            return m.lastVisit;
        return m.lastVisit.isValid() ? DeskText::date(DeskText::deskDate(m.lastVisit))
                                     : tr("No visit yet");
    default:
        return QVariant();
    }
}

QVariant BeneficiaryMatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case IdNumber:
        return tr("ID number");
    case Phone:
        return tr("Phone");
    case LastVisit:
        return tr("Last visit");
    default:
        return QVariant();
    }
}

void BeneficiaryMatchModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_matches.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}
