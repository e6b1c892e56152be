#include "ui/desk/DeskModel.h"

#include "core/Clock.h"
#include "core/DeskText.h"

#include <QBrush>
#include <QFont>
#include <QPalette>
#include <QTimeZone>

DeskModel::DeskModel(Database &db, const Session &session, QObject *parent)
    : LazyCaseModel(db, session, parent)
{}

void DeskModel::setScope(Scope scope)
{
    m_scope = scope;
    reload();
}

CaseFilter DeskModel::filter() const
{
    CaseFilter f = openCases();
    f.answerToPickUp = false;
    return f;
}

std::optional<CaseFilter> DeskModel::pinnedFilter() const
{
    CaseFilter f = openCases();
    f.answerToPickUp = true;
    return f;
}

QColor DeskModel::answerTint()
{
    return QColor(0xdf, 0xf3, 0xe4);
}

CaseFilter DeskModel::openCases() const
{
    CaseFilter f;
    f.statuses = {CaseStatus::Open, CaseStatus::WaitingReferral};
    if (m_scope == Scope::Today) {
        const QTimeZone zone = Clock::deskTimeZone();
        const QDate today = Clock::instance().today();
        f.arrivedFrom = QDateTime(today, QTime(0, 0), zone).toUTC();
        f.arrivedTo = QDateTime(today.addDays(1), QTime(0, 0), zone).toUTC();
    }
    return f;
}

Status DeskModel::pageLoaded(const QVector<Case> &cases, bool replacing)
{
    if (replacing) {
        m_names.clear();
        m_answersBack.clear();
    }
    QVector<qint64> beneficiaryIds;
    QVector<qint64> caseIds;
    for (const Case &c : cases) {
        if (c.beneficiaryId != 0 && !m_names.contains(c.beneficiaryId))
            beneficiaryIds << c.beneficiaryId;
        caseIds << c.id;
    }
    const auto names = browser().beneficiaryNames(beneficiaryIds);
    if (!names)
        return names.status();
    m_names.insert(*names);
    const auto answers = browser().answersToPickUp(caseIds);
    if (!answers)
        return answers.status();
    m_answersBack.unite(*answers);
    return Status::success();
}

int DeskModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

DeskModel::ReferralState DeskModel::referralState(int row) const
{
    const Case &c = caseAt(row);
    if (c.status == CaseStatus::WaitingReferral)
        return ReferralState::Waiting;
    if (m_answersBack.contains(c.id))
        return ReferralState::AnswerBack;
    return ReferralState::None;
}

qint64 DeskModel::waitingSeconds(int row) const
{
    return caseAt(row).arrivalAt.secsTo(Clock::instance().nowUtc());
}

QVariant DeskModel::display(const Case &c, int column, int row) const
{
    switch (column) {
    case QueueNumber:
        return c.queueNumber > 0 ? DeskText::number(c.queueNumber) : QString();
    case Arrival:
        return DeskText::timeOrDateTime(c.arrivalAt);
    case Beneficiary:
        if (c.beneficiaryId == 0)
            return tr("Not identified yet");
        return m_names.value(c.beneficiaryId);
    case Channel:
        return Domain::label(c.channel);
    case Purpose:
        return Domain::label(c.purpose);
    case Step:
        return Domain::label(c.step);
    case Waiting:
        return DeskText::duration(c.arrivalAt.secsTo(Clock::instance().nowUtc()));
    case Referral: {
        switch (referralState(row)) {
        case ReferralState::None:
            return QString();
        case ReferralState::Waiting:
            return tr("Waiting for the answer");
        case ReferralState::AnswerBack:
            return tr("Answer received");
        }
        return QString();
    }
    default:
        return QVariant();
    }
}

QVariant DeskModel::raw(const Case &c, int column, int row) const
{
    switch (column) {
    case QueueNumber:
        return c.queueNumber;
    case Arrival:
        return c.arrivalAt;
    case Beneficiary:
        return m_names.value(c.beneficiaryId);
    case Channel:
        return Domain::code(c.channel);
    case Purpose:
        return Domain::code(c.purpose);
    case Step:
        return int(c.step);
    case Waiting:
        return waitingSeconds(row);
    case Referral:
        return int(referralState(row));
    default:
        return QVariant();
    }
}

QVariant DeskModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Case &c = caseAt(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(c, column, index.row());
    case RawRole:
        return raw(c, column, index.row());
    case CaseIdRole:
        return c.id;
    case Qt::ToolTipRole:
        if (column == Arrival)
            return DeskText::dateTime(c.arrivalAt);
        if (column == Step && c.status == CaseStatus::WaitingReferral)
            return Domain::label(c.status);
        return QVariant();
    case Qt::BackgroundRole:
        if (referralState(index.row()) == ReferralState::AnswerBack)
            return QBrush(answerTint());
        return QVariant();
    case Qt::FontRole:
        if (referralState(index.row()) == ReferralState::AnswerBack || column == QueueNumber) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (column == Beneficiary && c.beneficiaryId == 0) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return QVariant();
    case Qt::ForegroundRole:
        if (column == Referral && referralState(index.row()) == ReferralState::AnswerBack)
            return QBrush(QColor(0x1b, 0x7a, 0x3d));
        if (column == Beneficiary && c.beneficiaryId == 0)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return QVariant();
    case Qt::TextAlignmentRole:
        if (column == QueueNumber)
            return int(Qt::AlignCenter);
        return QVariant();
    default:
        return QVariant();
    }
}

QVariant DeskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case QueueNumber:
        return tr("No.");
    case Arrival:
        return tr("Arrived");
    case Beneficiary:
        return tr("Beneficiary");
    case Channel:
        return tr("Channel");
    case Purpose:
        return tr("Purpose");
    case Step:
        return tr("Step");
    case Waiting:
        return tr("Waiting");
    case Referral:
        return tr("Referral");
    default:
        return QVariant();
    }
}

void DeskModel::updateWaitingTimes()
{
    columnChanged(Waiting);
}

void DeskModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}
