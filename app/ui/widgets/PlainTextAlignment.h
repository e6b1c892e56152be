// QPlainTextEdit (Qt 6.4) aligns every paragraph to the left, even Arabic in a
// right-to-left window; QTextEdit does not. This lines a plain text field's
// paragraphs up with the window's reading side; call it again when the
// language (and so the layout direction) changes.
#pragma once

#include <QPlainTextEdit>
#include <QTextDocument>
#include <QTextOption>

namespace PlainTextAlignment {

inline void follow(QPlainTextEdit *edit)
{
    QTextOption option = edit->document()->defaultTextOption();
    option.setAlignment(Qt::AlignAbsolute |
                        (edit->isRightToLeft() ? Qt::AlignRight : Qt::AlignLeft));
    option.setTextDirection(edit->layoutDirection());
    edit->document()->setDefaultTextOption(option);
}

} // namespace PlainTextAlignment
