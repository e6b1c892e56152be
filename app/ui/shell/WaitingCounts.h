// The window bar's counts of what waits for someone (issue 14: nothing
// waits unseen): the program officer's answers the desk has not picked up,
// for whoever works cases, and the referrals the officer has not answered,
// for whoever answers them. Each is an action of the bar that leads to the
// list holding them; a count above zero is bold. Read again a moment after
// another desk changes a case or a referral, every half minute (ListUpkeep),
// and on refresh() (the window calls it after its own changes).
//
// Object names: "answersWaitingAction", "referralsWaitingAction".
#pragma once

#include <QObject>

class Database;
class ListUpkeep;
class QAction;
class QWidget;
class Session;

class WaitingCounts final : public QObject
{
    Q_OBJECT

public:
    // window: where the actions live; it stays their parent.
    WaitingCounts(Database &db, const Session &session, QWidget *window);

    QAction *answersAction() const { return m_answers; }
    QAction *referralsAction() const { return m_referrals; }
    qint64 answersWaiting() const { return m_answerCount; }
    qint64 referralsWaiting() const { return m_referralCount; }

public slots:
    // Reads the counts again.
    void refresh();
    // Shows the counts the signed-in person's work concerns.
    void applyPermissions();
    // Listens for the other desks' changes again (after the database was reopened).
    void listenAgain();
    void retranslate();

signals:
    void answersChosen();
    void referralsChosen();

private:
    void show();

    Database &m_db;
    const Session &m_session;
    QAction *m_answers;
    QAction *m_referrals;
    ListUpkeep *m_upkeep;
    qint64 m_answerCount = 0;
    qint64 m_referralCount = 0;
};
