#include "ui/case/CaseNavigation.h"

#include "services/ConnectionKeeper.h"
#include "services/Workspace.h"
#include "ui/case/CasePage.h"
#include "ui/shell/MainWindow.h"

CaseNavigation::CaseNavigation(MainWindow &window, Workspace &workspace)
    : QObject(&window), m_window(window), m_workspace(workspace)
{
    connect(&window, &MainWindow::newCaseRequested, this, &CaseNavigation::startNewCase);
    connect(&window, &MainWindow::caseRequested, this, &CaseNavigation::openCase);
}

CasePage &CaseNavigation::screen()
{
    if (!m_screen) {
        m_screen = new CasePage(m_workspace.database(), m_workspace.session());
        m_window.addPage(m_screen);
        connect(m_screen, &CasePage::closed, this, &CaseNavigation::leave);
        connect(m_screen, &CasePage::caseChanged, &m_window, &MainWindow::refreshLists);
        // A save that found the server gone waits for the connection.
        ConnectionKeeper *keeper = m_window.connectionKeeper();
        connect(m_screen, &CasePage::connectionLost, keeper, &ConnectionKeeper::reportLost);
        connect(keeper, &ConnectionKeeper::restored, m_screen, &CasePage::connectionRestored);
    }
    return *m_screen;
}

void CaseNavigation::show()
{
    CasePage &s = screen();
    if (m_window.currentPage() != &s)
        m_cameFrom = m_window.currentPage();
    m_window.showPage(&s);
}

void CaseNavigation::leave()
{
    // Back to the list the case was opened from; the desk otherwise.
    if (m_cameFrom && m_cameFrom != m_screen && m_cameFrom->isEnabled())
        m_window.showPage(m_cameFrom);
    else
        m_window.showDesk();
}

void CaseNavigation::startNewCase()
{
    show();
    CasePage &s = screen();
    s.startNewCase();
}

void CaseNavigation::openCase(qint64 caseId)
{
    show();
    CasePage &s = screen();
    s.openCase(caseId);
}
