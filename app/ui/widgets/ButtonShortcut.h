// A key that presses a button, kept apart from the button's text: setting a
// button's text (as retranslateUi() does) replaces its own shortcut with the
// text's mnemonic, so keys given with QAbstractButton::setShortcut() would be
// lost at the first language switch. The key works while the button is
// visible and enabled, anywhere in its window.
#pragma once

#include <QAbstractButton>
#include <QKeySequence>
#include <QShortcut>

namespace ButtonShortcut {

inline QShortcut *bind(QAbstractButton *button, const QKeySequence &key)
{
    auto *shortcut = new QShortcut(key, button);
    shortcut->setContext(Qt::WindowShortcut);
    QObject::connect(shortcut, &QShortcut::activated, button, [button] {
        if (button->isEnabled())
            button->animateClick();
    });
    return shortcut;
}

} // namespace ButtonShortcut
