// The history of each field of a person's record on their file (issue 13):
// each correction's old and new value, who made it and when, newest first,
// or that the values were removed with the person's data. Shows what the
// page read through services/FieldHistory.
//
// Child object names: "fieldHistoryTable", "fieldHistoryNote".
#pragma once

#include "services/FieldHistory.h"

#include <QWidget>

#include <memory>

namespace Ui {
class FieldHistoryPanel;
}

class FieldHistoryPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit FieldHistoryPanel(QWidget *parent = nullptr);
    ~FieldHistoryPanel() override;

    void setChanges(const QVector<FieldChange> &changes);
    void setFailure(const QString &reason);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();

    std::unique_ptr<Ui::FieldHistoryPanel> m_ui;
    QVector<FieldChange> m_changes;
};
