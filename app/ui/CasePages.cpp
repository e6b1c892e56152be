#include "ui/CasePages.h"

#include "ui/CaseScreen.h"
#include "ui/ConnectionKeeper.h"
#include "ui/MainWindow.h"
#include "ui/Workspace.h"

CasePages::CasePages(MainWindow &window, Workspace &workspace)
    : QObject(&window), m_window(window), m_workspace(workspace)
{
    connect(&window, &MainWindow::newCaseRequested, this, &CasePages::startNewCase);
    connect(&window, &MainWindow::caseRequested, this, &CasePages::openCase);
}

CaseScreen &CasePages::screen()
{
    if (!m_screen) {
        m_screen = new CaseScreen(m_workspace.database(), m_workspace.session());
        m_window.addPage(m_screen);
        connect(m_screen, &CaseScreen::closed, this, &CasePages::leave);
        connect(m_screen, &CaseScreen::caseChanged, &m_window, &MainWindow::refreshLists);
        // A save that found the server gone waits for the connection.
        ConnectionKeeper *keeper = m_window.connectionKeeper();
        connect(m_screen, &CaseScreen::connectionLost, keeper, &ConnectionKeeper::reportLost);
        connect(keeper, &ConnectionKeeper::restored, m_screen, &CaseScreen::connectionRestored);
    }
    return *m_screen;
}

void CasePages::show()
{
    CaseScreen &s = screen();
    if (m_window.currentPage() != &s)
        m_cameFrom = m_window.currentPage();
    m_window.showPage(&s);
}

void CasePages::leave()
{
    // Back to the list the case was opened from; the desk otherwise.
    if (m_cameFrom && m_cameFrom != m_screen && m_cameFrom->isEnabled())
        m_window.showPage(m_cameFrom);
    else
        m_window.showDesk();
}

void CasePages::startNewCase()
{
    show();
    CaseScreen &s = screen();
    s.startNewCase();
}

void CasePages::openCase(qint64 caseId)
{
    show();
    CaseScreen &s = screen();
    s.openCase(caseId);
}
