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

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int rowOfCase(qint64 caseId) const; // -1 when not loaded
    qint64 waitingSeconds(int row) const;

    void updateWaitingTimes() { columnChanged(Waiting); }
    void retranslate() { allChanged(); }

protected:
    Result<Page> read(int offset, int count) override;

private:
    QVariant display(const EligibilityReviewItem &item, int column, int row) const;

    Database &m_db;
    const Session &m_session;
    std::optional<CaseCursor> m_next; // where the next page starts
};
