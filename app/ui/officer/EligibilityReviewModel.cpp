#include "ui/officer/EligibilityReviewModel.h"

#include "core/DeskText.h"

#include <QBrush>
#include <QColor>
#include <QFont>

EligibilityReviewModel::EligibilityReviewModel(Database &db, const Session &session,
                                               QObject *parent)
    : QueueTableModel(parent), m_db(db), m_session(session)
{}

Result<EligibilityReviewModel::Page> EligibilityReviewModel::read(int offset, int count)
{
    std::optional<CaseCursor> after = offset == 0 ? std::nullopt : m_next;
    Page page;
    // Each call reads a bounded number of cases at verification; a few calls
    // fill a page when most of them pass their rules.
    for (int call = 0; call < 5; ++call) {
        const auto blocked =
            EligibilityReview(m_db, m_session).blocked(count - int(page.items.size()), after);
        if (!blocked)
            return blocked.status();
        page.items += blocked->items;
        after = blocked->next;
        if (!after || page.items.size() >= count)
            break;
    }
    m_next = after;
    page.more = after.has_value();
    return page;
}

int EligibilityReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int EligibilityReviewModel::rowOfCase(qint64 caseId) const
{
    return rowWhere([&](const EligibilityReviewItem &i) { return i.theCase.id == caseId; });
}

qint64 EligibilityReviewModel::waitingSeconds(int row) const
{
    return secondsSince(itemAt(row).theCase.arrivalAt);
}

QVariant EligibilityReviewModel::display(const EligibilityReviewItem &item, int column,
                                         int row) const
{
    switch (column) {
    case Waiting:
        return DeskText::duration(waitingSeconds(row));
    case Beneficiary:
        return item.beneficiaryName;
    case Service:
        return item.serviceName;
    case FailedRules: {
        QStringList rules;
        for (const RuleResult &r : item.failed)
            rules << Eligibility::describe(r.rule);
        //: separates the failing rules in one table cell
        return rules.join(tr("; "));
    }
    case Arrived:
        return DeskText::timeOrDateTime(item.theCase.arrivalAt);
    default:
        return QVariant();
    }
}

QVariant EligibilityReviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const EligibilityReviewItem &item = itemAt(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(item, column, index.row());
    case RawRole:
        switch (column) {
        case Waiting:
            return waitingSeconds(index.row());
        case Beneficiary:
            return item.beneficiaryName;
        case Service:
            return item.theCase.serviceId;
        case FailedRules:
            return int(item.failed.size());
        case Arrived:
            return item.theCase.arrivalAt;
        default:
            return QVariant();
        }
    case CaseIdRole:
        return item.theCase.id;
    case Qt::ToolTipRole:
        if (column == FailedRules) {
            QStringList reasons;
            for (const RuleResult &r : item.failed)
                reasons << r.reason;
            return reasons.join(QLatin1Char('\n'));
        }
        return QVariant();
    case Qt::ForegroundRole:
        if (column == FailedRules)
            return QBrush(QColor(0xa3, 0x1f, 0x1f));
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

QVariant EligibilityReviewModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Waiting:
        return tr("Open for");
    case Beneficiary:
        return tr("Beneficiary");
    case Service:
        return tr("Service");
    case FailedRules:
        return tr("Rules not met");
    case Arrived:
        return tr("Arrived");
    default:
        return QVariant();
    }
}
