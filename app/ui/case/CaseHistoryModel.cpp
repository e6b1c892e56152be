#include "ui/case/CaseHistoryModel.h"

#include "core/DeskText.h"
#include "services/CaseBrowser.h"
#include "services/StaffDirectory.h"

CaseHistoryModel::CaseHistoryModel(Database &db, const Session &session, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_session(session)
{}

Status CaseHistoryModel::setCase(qint64 caseId)
{
    QVector<StepEvent> events;
    Status result = Status::success();
    if (caseId != 0) {
        const auto read = CaseBrowser(m_db, m_session).history(caseId);
        if (read)
            events = *read;
        else
            result = read.status();
        if (m_staff.isEmpty()) {
            // The staff of an association is small: read once.
            if (const auto names = StaffDirectory(m_db, m_session).names())
                m_staff = *names;
        }
    }
    beginResetModel();
    m_caseId = caseId;
    m_events = events;
    endResetModel();
    return result;
}

int CaseHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int CaseHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CaseHistoryModel::place(Step step, CaseStatus status)
{
    if (status == CaseStatus::Open)
        return Domain::label(step);
    //: a step of the case, then its state, e.g. "Referral — Waiting for the program officer"
    return tr("%1 — %2").arg(Domain::label(step), Domain::label(status));
}

QVariant CaseHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const StepEvent &e = m_events.at(index.row());
    if (role == RawRole) {
        switch (index.column()) {
        case When:
            return e.at;
        case From:
            return Domain::code(e.fromStep) + QLatin1Char('/') + Domain::code(e.fromStatus);
        case To:
            return Domain::code(e.toStep) + QLatin1Char('/') + Domain::code(e.toStatus);
        case By:
            return e.userId;
        case Note:
            return e.note;
        default:
            return QVariant();
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case When:
            return DeskText::dateTime(e.at);
        case From:
            return place(e.fromStep, e.fromStatus);
        case To:
            return place(e.toStep, e.toStatus);
        case By:
            return e.userId != 0 ? m_staff.value(e.userId) : QString();
        case Note:
            return e.note;
        default:
            return QVariant();
        }
    }
    return QVariant();
}

QVariant CaseHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case From:
        return tr("From");
    case To:
        return tr("To");
    case By:
        return tr("By");
    case Note:
        return tr("Note");
    default:
        return QVariant();
    }
}

void CaseHistoryModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_events.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}
