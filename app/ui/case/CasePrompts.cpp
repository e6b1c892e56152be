#include "ui/case/CasePrompts.h"

#include <QInputDialog>
#include <QMessageBox>

namespace {

std::optional<bool> &nextConfirm()
{
    static std::optional<bool> next;
    return next;
}

// Outer: whether an answer is set; inner: the text, or none for a cancel.
std::optional<std::optional<QString>> &nextText()
{
    static std::optional<std::optional<QString>> next;
    return next;
}

} // namespace

bool CasePrompts::confirm(QWidget *parent, const QString &title, const QString &question)
{
    if (auto &next = nextConfirm(); next) {
        const bool yes = *next;
        next.reset();
        return yes;
    }
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Yes | QMessageBox::No,
                    parent);
    box.setDefaultButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

std::optional<QString> CasePrompts::askText(QWidget *parent, const QString &title,
                                            const QString &label)
{
    if (auto &next = nextText(); next) {
        const std::optional<QString> text = *next;
        next.reset();
        return text;
    }
    bool ok = false;
    const QString text =
        QInputDialog::getText(parent, title, label, QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return text;
}

void CasePrompts::setNextConfirm(bool yes)
{
    nextConfirm() = yes;
}

void CasePrompts::setNextText(std::optional<QString> text)
{
    nextText() = std::move(text);
}

void CasePrompts::clearSeams()
{
    nextConfirm().reset();
    nextText().reset();
}
