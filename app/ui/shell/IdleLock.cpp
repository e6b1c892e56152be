#include "ui/shell/IdleLock.h"

#include "services/Workspace.h"
#include "ui/shell/LockScreen.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QMenuBar>
#include <QTimer>
#include <QToolBar>

#include <utility>

IdleLock::IdleLock(QMainWindow &window, Workspace &workspace, int intervalMs)
    : QObject(&window), m_window(window), m_workspace(workspace), m_timer(new QTimer(this)),
      m_screen(new LockScreen(&window)), m_lockAction(new QAction(&window))
{
    m_screen->setObjectName(QStringLiteral("lockScreen"));
    m_screen->hide();
    m_timer->setSingleShot(true);
    m_timer->setInterval(qMax(1, intervalMs));
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setShortcutContext(Qt::WindowShortcut);
    m_window.addAction(m_lockAction);

    connect(m_timer, &QTimer::timeout, this, &IdleLock::lock);
    connect(m_lockAction, &QAction::triggered, this, &IdleLock::lock);
    connect(m_screen, &LockScreen::unlockRequested, this, &IdleLock::unlock);
    connect(m_screen, &LockScreen::signOutRequested, this, &IdleLock::signOutRequested);
    qApp->installEventFilter(this);
    m_window.installEventFilter(this);
    m_timer->start();
}

IdleLock::~IdleLock()
{
    qApp->removeEventFilter(this);
}

int IdleLock::interval() const
{
    return m_timer->interval();
}

void IdleLock::setInterval(int ms)
{
    m_timer->setInterval(qMax(1, ms));
    restart();
}

void IdleLock::restart()
{
    if (!m_locked)
        m_timer->start();
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::Resize && m_locked)
        fitScreen();
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
        // Every widget of the application receives its own copy of an
        // event: restart once per event reaching a widget, cheaply.
        if (watched->isWidgetType())
            restart();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleLock::fitScreen()
{
    if (m_screen->isWindow())
        m_screen->setGeometry(QRect(m_window.mapToGlobal(QPoint(0, 0)), m_window.size()));
    else
        m_screen->setGeometry(m_window.rect());
    m_screen->raise();
}

void IdleLock::coverDialogs()
{
    m_hiddenInDialogs.clear();
    m_modalBefore = QApplication::activeModalWidget();
    bool any = false;
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (top == &m_window || top == m_screen || !top->isVisible() || !top->isWindow() ||
            top->windowType() == Qt::ToolTip || top->windowType() == Qt::Popup)
            continue;
        any = true;
        for (QObject *o : top->children()) {
            auto *w = qobject_cast<QWidget *>(o);
            if (w && !w->isWindow() && w->isVisible()) {
                w->hide();
                m_hiddenInDialogs << w;
            }
        }
    }
    if (!any)
        return;
    // Above a modal dialog only a newer modal window takes input.
    m_screen->setParent(&m_window, Qt::Window | Qt::FramelessWindowHint);
    m_screen->setWindowModality(Qt::ApplicationModal);
}

void IdleLock::uncoverDialogs()
{
    if (m_screen->isWindow()) {
        m_screen->hide();
        m_screen->setWindowModality(Qt::NonModal);
        m_screen->setParent(&m_window, Qt::Widget);
        m_screen->hide();
    }
    for (const QPointer<QWidget> &w : std::as_const(m_hiddenInDialogs)) {
        if (w)
            w->show();
    }
    m_hiddenInDialogs.clear();
    if (m_modalBefore)
        m_modalBefore->activateWindow();
    m_modalBefore = nullptr;
}

void IdleLock::setPagesEnabled(bool enabled)
{
    if (!enabled) {
        m_disabled.clear();
        QList<QWidget *> parts;
        parts << m_window.centralWidget();
        for (QToolBar *bar :
             m_window.findChildren<QToolBar *>(QString(), Qt::FindDirectChildrenOnly))
            parts << bar;
        if (QWidget *menu = m_window.menuWidget())
            parts << menu;
        for (QWidget *w : parts) {
            if (w && w->isEnabled()) {
                w->setEnabled(false);
                m_disabled << w;
            }
        }
        m_lockAction->setEnabled(false);
        return;
    }
    for (const QPointer<QWidget> &w : std::as_const(m_disabled)) {
        if (w)
            w->setEnabled(true);
    }
    m_disabled.clear();
    m_lockAction->setEnabled(true);
}

void IdleLock::lock()
{
    if (m_locked || !m_workspace.isSignedIn())
        return;
    m_locked = true;
    m_timer->stop();
    QWidget *focus = QApplication::focusWidget();
    m_focusBefore = focus && m_window.isAncestorOf(focus) ? focus : nullptr;
    m_screen->setUserName(m_workspace.session().user().displayName);
    coverDialogs();
    fitScreen();
    m_screen->show();
    if (m_screen->isWindow())
        m_screen->activateWindow();
    m_screen->reset();
    setPagesEnabled(false);
    m_screen->reset();
    emit locked();
}

bool IdleLock::unlock(const QString &password)
{
    if (!m_locked)
        return true;
    if (const Status s = m_workspace.confirmPassword(password); !s) {
        m_screen->showRefusal(s.error());
        return false;
    }
    m_locked = false;
    setPagesEnabled(true);
    m_screen->hide();
    uncoverDialogs();
    if (m_focusBefore)
        m_focusBefore->setFocus(Qt::OtherFocusReason);
    m_focusBefore = nullptr;
    m_timer->start();
    emit unlocked();
    return true;
}
