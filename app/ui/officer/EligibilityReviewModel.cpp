#include "ui/officer/EligibilityReviewModel.h"

#include "core/DeskText.h"

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

QVariant EligibilityReviewModel::raw(const EligibilityReviewItem &item, int column, int row) const
{
    switch (column) {
    case Waiting:
        return waitingSeconds(row);
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
}

QVariant EligibilityReviewModel::look(const EligibilityReviewItem &item, int column, int role) const
{
    if (role == Qt::ToolTipRole && column == FailedRules) {
        QStringList reasons;
        for (const RuleResult &r : item.failed)
            reasons << r.reason;
        return reasons.join(QLatin1Char('\n'));
    }
    if (role == Qt::ForegroundRole && column == FailedRules)
        return attentionBrush();
    if (role == Qt::FontRole && column == Waiting)
        return boldFont();
    return QVariant();
}

QString EligibilityReviewModel::header(int column) const
{
    switch (column) {
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
        return QString();
    }
}
