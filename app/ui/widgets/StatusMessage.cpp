#include "ui/widgets/StatusMessage.h"

#include <QLabel>
#include <QVariant>

namespace {

const char *const kErrorProperty = "istiqbalError";

void show(QLabel *label, const QString &text, bool error)
{
    label->setProperty(kErrorProperty, error);
    label->setStyleSheet(error ? QStringLiteral("color: #a31f1f;")
                               : QStringLiteral("color: #1b7a3d;"));
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

namespace StatusMessage {

void showDone(QLabel *label, const QString &text)
{
    show(label, text, false);
}

void showError(QLabel *label, const QString &text)
{
    show(label, text, true);
}

void clear(QLabel *label)
{
    show(label, QString(), false);
}

bool isError(const QLabel *label)
{
    return label->property(kErrorProperty).toBool() && !label->text().isEmpty();
}

} // namespace StatusMessage
