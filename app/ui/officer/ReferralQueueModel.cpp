#include "ui/officer/ReferralQueueModel.h"

#include "core/DeskText.h"

#include <QFont>

ReferralQueueModel::ReferralQueueModel(Database &db, const Session &session, QObject *parent)
    : QueueTableModel(parent), m_db(db), m_session(session)
{}

Result<ReferralQueueModel::Page> ReferralQueueModel::read(int offset, int count)
{
    return pageOfOneMore(DeskQueries(m_db, m_session).referralQueue(count + 1, offset), count);
}

int ReferralQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int ReferralQueueModel::rowOfCase(qint64 caseId) const
{
    return rowWhere([&](const ReferralQueueItem &i) { return i.theCase.id == caseId; });
}

qint64 ReferralQueueModel::waitingSeconds(int row) const
{
    return secondsSince(itemAt(row).referral.referredAt);
}

QVariant ReferralQueueModel::display(const ReferralQueueItem &item, int column, int row) const
{
    switch (column) {
    case Waiting:
        return DeskText::duration(waitingSeconds(row));
    case Question:
        // One line in the table; the whole question is shown beside it.
        return item.referral.question.simplified();
    case Beneficiary:
        return item.beneficiaryName.isEmpty() ? tr("Not identified yet") : item.beneficiaryName;
    case Service:
        return item.serviceName.isEmpty() ? tr("None chosen") : item.serviceName;
    case Channel:
        return Domain::label(item.theCase.channel);
    case Referred:
        return DeskText::timeOrDateTime(item.referral.referredAt);
    default:
        return QVariant();
    }
}

QVariant ReferralQueueModel::raw(const ReferralQueueItem &item, int column, int row) const
{
    switch (column) {
    case Waiting:
        return waitingSeconds(row);
    case Question:
        return item.referral.question;
    case Beneficiary:
        return item.beneficiaryName;
    case Service:
        return item.theCase.serviceId;
    case Channel:
        return Domain::code(item.theCase.channel);
    case Referred:
        return item.referral.referredAt;
    default:
        return QVariant();
    }
}

QVariant ReferralQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const ReferralQueueItem &item = itemAt(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(item, column, index.row());
    case RawRole:
        return raw(item, column, index.row());
    case CaseIdRole:
        return item.theCase.id;
    case Qt::ToolTipRole:
        if (column == Question)
            return item.referral.question;
        if (column == Referred)
            return DeskText::dateTime(item.referral.referredAt);
        return QVariant();
    case Qt::FontRole:
        if (column == Waiting) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if ((column == Beneficiary && item.beneficiaryName.isEmpty()) ||
            (column == Service && item.serviceName.isEmpty())) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return QVariant();
    default:
        return QVariant();
    }
}

QVariant ReferralQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Waiting:
        return tr("Waiting");
    case Question:
        return tr("Question");
    case Beneficiary:
        return tr("Beneficiary");
    case Service:
        return tr("Service");
    case Channel:
        return tr("Channel");
    case Referred:
        return tr("Referred");
    default:
        return QVariant();
    }
}
