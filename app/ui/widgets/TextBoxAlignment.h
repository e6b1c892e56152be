// Qt 6.4's plain-text box (QPlainTextEdit) puts every line at the left edge
// whatever the interface's direction: unlike QLineEdit and QTextEdit, its
// layout does not follow the reading side, so Arabic typed in the program
// officer's answer box ran from the left. Installed once on the application,
// this aligns every plain-text box to the interface's reading side (right in
// Arabic, left in English) before it is first shown and whenever the layout
// direction changes.
#pragma once

#include <QObject>

class QPlainTextEdit;

class TextBoxAlignment final : public QObject
{
    Q_OBJECT

public:
    // Watches every widget of the application from now on (once; later calls
    // do nothing).
    static void install();
    // Aligns one box to its own layout direction now.
    static void apply(QPlainTextEdit *box);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};
