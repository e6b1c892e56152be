#include "ui/widgets/TextBoxAlignment.h"

#include <QCoreApplication>
#include <QEvent>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTextDocument>
#include <QTextOption>

void TextBoxAlignment::install()
{
    static QPointer<TextBoxAlignment> installed;
    QCoreApplication *app = QCoreApplication::instance();
    if (installed || !app)
        return;
    installed = new TextBoxAlignment(app);
    app->installEventFilter(installed);
}

void TextBoxAlignment::apply(QPlainTextEdit *box)
{
    QTextDocument *document = box->document();
    QTextOption option = document->defaultTextOption();
    const Qt::Alignment side =
        box->layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft;
    const Qt::Alignment wanted = side | Qt::AlignAbsolute;
    // Only the side: each line's own direction still comes from its first
    // letter, so a Latin line reads left to right at the right edge.
    if ((option.alignment() & (Qt::AlignHorizontal_Mask | Qt::AlignAbsolute)) == wanted)
        return;
    option.setAlignment(wanted | (option.alignment() & Qt::AlignVertical_Mask));
    document->setDefaultTextOption(option);
}

bool TextBoxAlignment::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type == QEvent::Polish || type == QEvent::LayoutDirectionChange) {
        if (auto *box = qobject_cast<QPlainTextEdit *>(watched))
            apply(box);
    }
    return QObject::eventFilter(watched, event);
}
