// Program approval (issue 4; seed 000 item 2): deliveries of services that
// wait for the program officer's approval, oldest first, with the chosen one
// in full beside the list; Approve (OfficerDesk::approveDelivery) lets the
// desk go on to the survey. changed() tells the window that a case changed.
//
// Object names: "approvalView", "summaryLabel", "beneficiaryValue",
// "serviceValue", "recordedValue", "notesValue", "approveButton",
// "openCaseButton", "approvalMessage".
#pragma once

#include <QWidget>

#include <memory>

class HighlightKeeper;
class ApprovalQueueModel;
class Database;
class Session;

namespace Ui {
class ApprovalQueuePanel;
}

class ApprovalQueuePanel final : public QWidget
{
    Q_OBJECT

public:
    ApprovalQueuePanel(Database &db, const Session &session, QWidget *parent = nullptr);
    ~ApprovalQueuePanel() override;

    ApprovalQueueModel *model() const { return m_model; }
    qint64 currentDeliveryId() const;
    bool selectDelivery(qint64 deliveryId);
    QString message() const;

public slots:
    void refresh();
    void updateWaitingTimes();
    bool approve();

signals:
    void changed();
    void caseRequested(qint64 caseId);
    void countChanged(int count, bool more);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rememberSelection();
    void restoreSelection();
    void showDetails();
    void updateSummary();
    void openCurrentCase();

    std::unique_ptr<Ui::ApprovalQueuePanel> m_ui;
    Database &m_db;
    const Session &m_session;
    ApprovalQueueModel *m_model = nullptr;
    std::unique_ptr<HighlightKeeper> m_highlight;
};
