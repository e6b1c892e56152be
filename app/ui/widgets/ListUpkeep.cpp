#include "ui/widgets/ListUpkeep.h"

#include "services/CaseChanges.h"

#include <QTimer>
#include <QWidget>

ListUpkeep::ListUpkeep(Database &db, const Session &session, QWidget *page, Reading reading)
    : QObject(page), m_page(page), m_reading(reading), m_readTimer(new QTimer(this)),
      m_clockTimer(new QTimer(this)), m_changes(new CaseChanges(db, session, this))
{
    m_readTimer->setInterval(readIntervalMs);
    connect(m_readTimer, &QTimer::timeout, this, [this] {
        if (m_reading == Reading::Always || m_page->isVisible())
            emit readAgain();
    });
    m_clockTimer->setInterval(clockIntervalMs);
    connect(m_clockTimer, &QTimer::timeout, this, &ListUpkeep::waitingTimesMoved);
    connect(m_changes, &CaseChanges::changed, this, &ListUpkeep::readAgain);
    m_readTimer->start();
    m_clockTimer->start();
    // Without notifications the half-minute reading still keeps the lists current.
    (void)m_changes->listen();
}

void ListUpkeep::listenAgain()
{
    (void)m_changes->listen();
}
