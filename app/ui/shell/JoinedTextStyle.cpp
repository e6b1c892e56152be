#include "ui/shell/JoinedTextStyle.h"

#include <QApplication>
#include <QKeyEvent>
#include <QWidget>

JoinedTextStyle::JoinedTextStyle(QStyle *base) : QProxyStyle(base) {}

int JoinedTextStyle::styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                               QStyleHintReturn *returnData) const
{
    // 0: every style then draws the text with Qt::TextHideMnemonic, in one run.
    if (hint == SH_UnderlineShortcut)
        return m_altHeld ? 1 : 0;
    return QProxyStyle::styleHint(hint, option, widget, returnData);
}

void JoinedTextStyle::polish(QApplication *app)
{
    QProxyStyle::polish(app);
    app->installEventFilter(this);
}

void JoinedTextStyle::unpolish(QApplication *app)
{
    app->removeEventFilter(this);
    setAltHeld(false);
    QProxyStyle::unpolish(app);
}

bool JoinedTextStyle::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease: {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Alt && !key->isAutoRepeat())
            setAltHeld(event->type() == QEvent::KeyPress);
        break;
    }
    case QEvent::ApplicationDeactivate:
    case QEvent::WindowDeactivate:
        // The release may go to another program: never leave the marks drawn.
        setAltHeld(false);
        break;
    default:
        break;
    }
    return QProxyStyle::eventFilter(watched, event);
}

void JoinedTextStyle::setAltHeld(bool held)
{
    if (held == m_altHeld)
        return;
    m_altHeld = held;
    // Each widget draws its own text: repaint them all with or without marks.
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        if (!window->isVisible())
            continue;
        window->update();
        const QList<QWidget *> children = window->findChildren<QWidget *>();
        for (QWidget *child : children)
            child->update();
    }
}
