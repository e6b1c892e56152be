// Cases blocked at verification by a failing eligibility rule that nobody has
// overridden (EligibilityReview), the oldest arrival first, read in pages.
// Each row: how long the case has been open, the beneficiary, the service,
// the rules that fail and when the case arrived. The failing rules with their
// reasons are in the item (itemAt(row).failed).
#pragma once

#include "services/EligibilityReview.h"
#include "ui/widgets/QueueTableModel.h"

#include <optional>

class Database;
class Session;

class EligibilityReviewModel final : public QueueTableModel<EligibilityReviewItem>
{
    Q_OBJECT

public:
    enum Column
    {
        Waiting,
        Beneficiary,
        Service,
        FailedRules,
        Arrived,
        ColumnCount
    };

    EligibilityReviewModel(Database &db, const Session &session, QObject *parent = nullptr);

    void updateWaitingTimes() { columnChanged(Waiting); }
    void retranslate() { allChanged(); }

protected:
    Result<Page> read(int offset, int count) override;
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QVariant display(const EligibilityReviewItem &item, int column, int row) const override;
    QVariant raw(const EligibilityReviewItem &item, int column, int row) const override;
    qint64 caseIdOf(const EligibilityReviewItem &item) const override { return item.theCase.id; }
    // Since the case arrived.
    QDateTime waitingSince(const EligibilityReviewItem &item) const override
    {
        return item.theCase.arrivalAt;
    }
    QVariant look(const EligibilityReviewItem &item, int column, int role) const override;

private:
    Database &m_db;
    const Session &m_session;
    std::optional<CaseCursor> m_next; // where the next page starts
};
