#include "ui/officer/ReferralQueueModel.h"

#include "core/DeskText.h"

ReferralQueueModel::ReferralQueueModel(Database &db, const Session &session, QObject *parent)
    : QueueTableModel(parent), m_db(db), m_session(session)
{}

Result<ReferralQueueModel::Page> ReferralQueueModel::read(int offset, int count)
{
    return pageOfOneMore(DeskQueries(m_db, m_session).referralQueue(count + 1, offset), count);
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

QVariant ReferralQueueModel::look(const ReferralQueueItem &item, int column, int role) const
{
    if (role == Qt::ToolTipRole && column == Question)
        return item.referral.question;
    if (role == Qt::ToolTipRole && column == Referred)
        return DeskText::dateTime(item.referral.referredAt);
    if (role == Qt::FontRole && column == Waiting)
        return boldFont();
    if (role == Qt::FontRole && ((column == Beneficiary && item.beneficiaryName.isEmpty()) ||
                                 (column == Service && item.serviceName.isEmpty())))
        return italicFont();
    return QVariant();
}

QString ReferralQueueModel::header(int column) const
{
    switch (column) {
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
        return QString();
    }
}
