// Keeps a page's lists current without the person asking: readAgain() a
// moment after another desk changed a case or a referral (CaseChanges), and
// every half minute in any case (only while the page is shown, if asked);
// waitingTimesMoved() every minute, for the waiting times the lists show.
#pragma once

#include <QObject>

class CaseChanges;
class Database;
class QTimer;
class QWidget;
class Session;

class ListUpkeep final : public QObject
{
    Q_OBJECT

public:
    static constexpr int readIntervalMs = 30 * 1000;
    static constexpr int clockIntervalMs = 60 * 1000;

    enum class Reading
    {
        Always,     // the half-minute reading runs while the page is hidden too
        WhileShown, // only while the page is visible
    };

    ListUpkeep(Database &db, const Session &session, QWidget *page, Reading reading);

    // Listens for the other desks' changes again (after the connection came
    // back); without notifications the half-minute reading still runs.
    void listenAgain();

signals:
    void readAgain();
    void waitingTimesMoved();

private:
    QWidget *m_page;
    Reading m_reading;
    QTimer *m_readTimer;
    QTimer *m_clockTimer;
    CaseChanges *m_changes;
};
