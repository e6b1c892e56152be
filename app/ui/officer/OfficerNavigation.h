// The program officer's pages in the window (issue 4): the officer's desk
// (OfficerDeskPage) for whoever may answer referrals, and the follow-ups
// (FollowUpsPage) for whoever works cases (the receptionist and the program
// officer), each behind an action of the navigation bar (Ctrl+2, Ctrl+3).
// Pages are made the first time the signed-in user may use them; the actions
// show only then (Permissions::may): the window calls applyPermissions() once
// made and whenever someone else signs in. A decision on the officer's desk refreshes
// every list of the window at once (MainWindow::refreshLists); a follow-up
// opens its case, the beneficiary's file, or the approval on the officer's
// desk.
//
// Object names: "officerDeskAction", "followUpsAction", and the pages
// "officerDeskPage" (OfficerDeskPage), "followUpsPage" (FollowUpsPage).
#pragma once

#include <QObject>

class FollowUpsPage;
class MainWindow;
class OfficerDeskPage;
class QAction;
class Workspace;

class OfficerNavigation final : public QObject
{
    Q_OBJECT

public:
    OfficerNavigation(MainWindow &window, Workspace &workspace);

    OfficerDeskPage *officerDesk() const { return m_officerDesk; } // null until allowed
    FollowUpsPage *followUps() const { return m_followUps; }       // null until allowed
    QAction *officerDeskAction() const { return m_officerDeskAction; }
    QAction *followUpsAction() const { return m_followUpsAction; }

public slots:
    // Shows what the signed-in user may use, making the pages when first allowed.
    void applyPermissions();
    // After a change on this machine: the lists read again.
    void refresh();
    // After the database was reopened: the officer's desk listens for the
    // other desks' changes again; the lists read again.
    void listenAgain();
    void retranslate();
    void showOfficerDesk();
    // The officer's desk at the referral queue.
    void showReferrals();
    void showFollowUps();

private:
    void makeOfficerDesk();
    void makeFollowUps();
    void openApproval(qint64 deliveryId);

    MainWindow &m_window;
    Workspace &m_workspace;
    QAction *m_officerDeskAction = nullptr;
    QAction *m_followUpsAction = nullptr;
    OfficerDeskPage *m_officerDesk = nullptr;
    FollowUpsPage *m_followUps = nullptr;
};
