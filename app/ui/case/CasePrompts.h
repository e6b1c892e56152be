// The few questions the case screen asks in a dialog (a yes/no confirmation,
// a line of text such as a withdrawal reason), with seams for tests: the next
// answer can be given in advance, and then no dialog opens (as KeePassXC's
// MessageBox does).
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class QWidget;

class CasePrompts final
{
    Q_DECLARE_TR_FUNCTIONS(CasePrompts)

public:
    // Asks a yes/no question; Yes is not the default.
    static bool confirm(QWidget *parent, const QString &title, const QString &question);
    // Asks for a line of text; none when cancelled.
    static std::optional<QString> askText(QWidget *parent, const QString &title,
                                          const QString &label);

    // Seams: the next confirm() or askText() returns this without a dialog.
    static void setNextConfirm(bool yes);
    static void setNextText(std::optional<QString> text);
    static void clearSeams();
};
