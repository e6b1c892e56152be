// Locks the window after a time without input (issue 4; Settings, default 10
// minutes): an event filter on the application restarts a timer on every key,
// click, wheel or touch; when it runs out, a LockScreen covers the whole
// window and asks for the signed-in user's password (Workspace::
// confirmPassword, slowed down after failures like a sign-in). The pages
// underneath are left as they are, so nothing typed is lost; only the same
// user unlocks. Signing out instead is offered (signOutRequested).
//
// While locked the window's tool bars and central widget are disabled, so no
// shortcut or Tab reaches a page. Ctrl+L (lockAction) locks at once. A dialog
// open at that moment (a reason being written, say) would stay above the lock
// and keep taking input: its contents are hidden until the unlock, with what
// was typed in them, and the lock screen becomes a window of its own over the
// main window, modal above the dialog.
//
// Tests set a short interval, or call lock(), and read timer().
#pragma once

#include <QObject>
#include <QPointer>

class LockScreen;
class QAction;
class QMainWindow;
class QTimer;
class Workspace;

class IdleLock final : public QObject
{
    Q_OBJECT

public:
    IdleLock(QMainWindow &window, Workspace &workspace, int intervalMs);
    ~IdleLock() override;

    bool isLocked() const { return m_locked; }
    int interval() const;
    void setInterval(int ms);
    // The idle timer; it runs while the window is unlocked.
    QTimer *timer() const { return m_timer; }
    LockScreen *screen() const { return m_screen; }
    // "lockAction": locks now (Ctrl+L).
    QAction *lockAction() const { return m_lockAction; }

    static int minutesToMs(int minutes) { return minutes * 60 * 1000; }

public slots:
    void lock();
    // Unlocks when password is the signed-in user's; else the lock screen
    // says why. Returns whether it unlocked.
    bool unlock(const QString &password);

signals:
    void locked();
    void unlocked();
    void signOutRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void restart();
    void fitScreen();
    void setPagesEnabled(bool enabled);
    void coverDialogs();
    void uncoverDialogs();

    QMainWindow &m_window;
    Workspace &m_workspace;
    QTimer *m_timer = nullptr;
    LockScreen *m_screen = nullptr;
    QAction *m_lockAction = nullptr;
    bool m_locked = false;
    QPointer<QWidget> m_focusBefore;
    QList<QPointer<QWidget>> m_disabled;
    QList<QPointer<QWidget>> m_hiddenInDialogs; // the contents of dialogs open when locked
    QPointer<QWidget> m_modalBefore;
};
