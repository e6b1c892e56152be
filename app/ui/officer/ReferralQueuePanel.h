// The program officer's referral queue (issue 4; seed 001 step 3): the waiting
// referrals, oldest first, with the waiting time, the question, the case and
// the beneficiary; beside the list the chosen referral in full and the
// answer. Sending the answer (OfficerDesk::answerReferral) returns the case to
// the reception desk with the answer waiting to be picked up; changed() tells
// the window so every list reads again at once. An answer being written is
// kept per referral while the list refreshes or another one is looked at.
//
// Keyboard: Ctrl+Enter sends the answer; Enter on the list opens the case.
// Object names: "referralView", "summaryLabel", "questionValue",
// "beneficiaryValue", "caseValue", "referredValue", "answerEdit",
// "answerButton", "openCaseButton", "referralMessage".
#pragma once

#include <QHash>
#include <QWidget>

#include <memory>

class HighlightKeeper;
class Database;
class ReferralQueueModel;
class Session;

namespace Ui {
class ReferralQueuePanel;
}

class ReferralQueuePanel final : public QWidget
{
    Q_OBJECT

public:
    ReferralQueuePanel(Database &db, const Session &session, QWidget *parent = nullptr);
    ~ReferralQueuePanel() override;

    ReferralQueueModel *model() const { return m_model; }
    // The case of the highlighted referral, 0 for none.
    qint64 currentCaseId() const;
    // Highlights the referral of the case; false when it is not in the list.
    bool selectCase(qint64 caseId);
    // What the message under the answer says now.
    QString message() const;

public slots:
    void refresh();
    void updateWaitingTimes();
    // Sends the answer written for the highlighted referral.
    bool sendAnswer();

signals:
    // A referral was answered: the case changed.
    void changed();
    void caseRequested(qint64 caseId);
    // The number of referrals shown changed (after every read).
    void countChanged(int count, bool more);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onCurrentChanged();
    void rememberSelection();
    void restoreSelection();
    void showDetails();
    void updateSummary();
    void openCurrentCase();

    std::unique_ptr<Ui::ReferralQueuePanel> m_ui;
    Database &m_db;
    const Session &m_session;
    ReferralQueueModel *m_model = nullptr;
    QHash<qint64, QString> m_drafts;              // case id -> answer being written
    qint64 m_shownCase = 0;                       // whose draft the editor holds
    std::unique_ptr<HighlightKeeper> m_highlight; // kept across a refresh
};
