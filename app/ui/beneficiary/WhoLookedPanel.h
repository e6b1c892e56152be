// Who saw or changed a person's data, on their file (issue 13): each opening
// of the file, paper printed or saved, copy made, export that held them and
// change, with who and when, newest first; and the button that saves a copy
// of everything held about the person (copyRequested). Shows what the page
// read through services/AccessTrail.
//
// Child object names: "whoLookedTable", "whoLookedNote", "copyButton".
#pragma once

#include "services/AccessTrail.h"

#include <QWidget>

#include <memory>

namespace Ui {
class WhoLookedPanel;
}

class WhoLookedPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit WhoLookedPanel(QWidget *parent = nullptr);
    ~WhoLookedPanel() override;

    void setEntries(const QVector<AccessEntry> &entries);
    void setFailure(const QString &reason);
    // What became of a copy, in the note (a failure in red).
    void showOutcome(const QString &text, bool failed);
    // Whether the copy button is offered (the session may make a copy).
    void setCopyAvailable(bool available);

signals:
    void copyRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();

    std::unique_ptr<Ui::WhoLookedPanel> m_ui;
    QVector<AccessEntry> m_entries;
};
