// The case screen in the window (issue 3): made the first time a case is
// asked for, added as a page. New case (Ctrl+N) starts a new visitor on it;
// a case chosen on the desk, in a beneficiary's file or on the officer's
// lists opens where it stands. Closing it (Esc) goes back to the page it was
// opened from (the desk for a new case); every save reads the window's lists
// again. A save that finds the database server gone tells the window's
// ConnectionKeeper, and the screen saves once the connection is back.
//
// Object name of the page: "casePage" (CasePage).
#pragma once

#include <QObject>
#include <QPointer>

class CasePage;
class MainWindow;
class QWidget;
class Workspace;

class CaseNavigation final : public QObject
{
    Q_OBJECT

public:
    CaseNavigation(MainWindow &window, Workspace &workspace);

    CasePage *casePage() const { return m_screen; } // null until first used

public slots:
    void startNewCase();
    void openCase(qint64 caseId);

private:
    CasePage &screen();
    void show();
    void leave();

    MainWindow &m_window;
    Workspace &m_workspace;
    CasePage *m_screen = nullptr;
    QPointer<QWidget> m_cameFrom;
};
