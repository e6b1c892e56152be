#include "ui/widgets/Message.h"

#include "ui/widgets/BidiText.h"

#include <QLabel>
#include <QVariant>

namespace {

const char *const kKindProperty = "istiqbalMessageKind";

QString styleOf(Message::Kind kind)
{
    switch (kind) {
    case Message::Kind::Done:
        return QStringLiteral("QLabel { background: #e8f3ec; color: #1b5e34; border: 1px solid "
                              "#9fcfae; border-radius: 4px; padding: 6px; }");
    case Message::Kind::Error:
        return QStringLiteral("QLabel { background: #fdecea; color: #8c1d13; border: 1px solid "
                              "#e6a39c; border-radius: 4px; padding: 6px; }");
    case Message::Kind::Warning:
        return QStringLiteral("QLabel { color: #a31f1f; font-weight: bold; }");
    case Message::Kind::Plain:
        break;
    }
    return QString();
}

} // namespace

namespace Message {

void show(QLabel *label, const QString &text, Kind kind)
{
    label->setProperty(kKindProperty, int(kind));
    label->setStyleSheet(styleOf(kind));
    // Paths named by the layers below are isolated here (BidiText::isolatePaths).
    label->setText(BidiText::keepNumbersTogether(BidiText::isolatePaths(text)));
    label->setVisible(!text.isEmpty());
}

void clear(QLabel *label)
{
    show(label, QString(), Kind::Plain);
}

bool isError(const QLabel *label)
{
    return label->property(kKindProperty).toInt() == int(Kind::Error) && !label->text().isEmpty();
}

} // namespace Message
