// The program officer's desk (issue 4): three lists in tabs, each with what
// to decide beside it: the referral queue (ReferralQueuePanel), the
// eligibility review (EligibilityReviewPanel) and the program approvals
// (ApprovalQueuePanel). Each tab's title counts what waits. The lists are read
// again every half minute while shown, on refresh() (the window calls it
// whenever a case changes on this machine) and when the page is shown; the
// waiting times move on every minute. changed() says a decision changed a
// case, so the window can refresh every other list at once.
//
// Keyboard: F5 refreshes; Ctrl+Tab moves between the tabs.
// Object names: "officerTabs", "titleLabel", "refreshButton", the panels
// "referralPanel", "eligibilityPanel", "approvalPanel".
#pragma once

#include <QWidget>

#include <memory>

class ApprovalQueuePanel;
class ListUpkeep;
class Database;
class EligibilityReviewPanel;
class ReferralQueuePanel;
class Session;

namespace Ui {
class OfficerDeskPage;
}

class OfficerDeskPage final : public QWidget
{
    Q_OBJECT

public:
    // Changes announced together are read once.

    enum class Tab
    {
        Referrals,
        Eligibility,
        Approvals
    };

    OfficerDeskPage(Database &db, const Session &session, QWidget *parent = nullptr);
    ~OfficerDeskPage() override;

    ReferralQueuePanel *referrals() const { return m_referrals; }
    EligibilityReviewPanel *eligibility() const { return m_eligibility; }
    ApprovalQueuePanel *approvals() const { return m_approvals; }
    Tab currentTab() const;
    // A tab's title as shown, e.g. "Referrals (3)".
    QString tabTitle(Tab tab) const;

public slots:
    void refresh();
    void showTab(Tab tab);
    // The approvals tab with the delivery highlighted (a follow-up opened).
    void showApproval(qint64 deliveryId);
    // Listens for the other desks' changes again (after the database was
    // reopened) and reads the lists.
    void listenAgain();

signals:
    void changed();
    void caseRequested(qint64 caseId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void updateTitles();
    void updateWaitingTimes();

    std::unique_ptr<Ui::OfficerDeskPage> m_ui;
    ReferralQueuePanel *m_referrals = nullptr;
    EligibilityReviewPanel *m_eligibility = nullptr;
    ApprovalQueuePanel *m_approvals = nullptr;
    ListUpkeep *m_upkeep = nullptr;
    int m_counts[3] = {0, 0, 0};
    bool m_more[3] = {false, false, false};
    bool m_shownOnce = false;
};
