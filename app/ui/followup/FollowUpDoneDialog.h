// Asks what was done about a follow-up before it is marked done: the item in
// a few lines and a note, which must not be empty (OK waits for it). A seam
// for tests: the next ask() can be answered in advance, and then no dialog
// opens.
//
// Object names: "kindValue", "beneficiaryValue", "subjectValue", "dueValue",
// "noteEdit", "buttonBox".
#pragma once

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class FollowUpDoneDialog;
}

class FollowUpDoneDialog final : public QDialog
{
    Q_OBJECT

public:
    // The follow-up as the list shows it.
    struct Summary
    {
        QString kind;
        QString beneficiary;
        QString subject;
        QString due;
    };

    explicit FollowUpDoneDialog(const Summary &item, QWidget *parent = nullptr);
    ~FollowUpDoneDialog() override;

    QString note() const; // trimmed

    // The note written, or none when cancelled.
    static std::optional<QString> ask(QWidget *parent, const Summary &item);

    // Seam: the next ask() returns this (none: cancelled) without a dialog.
    static void setNextAnswer(std::optional<QString> note);
    static void clearSeam();

private:
    void updateOk();

    std::unique_ptr<Ui::FollowUpDoneDialog> m_ui;
};
