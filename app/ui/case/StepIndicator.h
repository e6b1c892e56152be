// The seven steps of a case in a row (right to left in Arabic), each with its
// number, its name (Domain::label) and its state in words (Workflow::label:
// done, skipped, current, waiting, stopped, not reached), coloured by state.
// A step that the case has reached can be chosen to look at its page (a
// click, or Alt+1 .. Alt+7).
//
// Child object names: "step1Button" .. "step7Button".
#pragma once

#include "core/Workflow.h"

#include <QVector>
#include <QWidget>

#include <memory>

class QToolButton;

namespace Ui {
class StepIndicator;
}

class StepIndicator final : public QWidget
{
    Q_OBJECT

public:
    explicit StepIndicator(QWidget *parent = nullptr);
    ~StepIndicator() override;

    // The states in Domain::steps() order (Workflow::stepStates); no states
    // (a case not opened yet) show reception as current.
    void setStates(const QVector<Workflow::StepState> &states);
    Workflow::StepState state(Step step) const;
    // The step whose page is shown, outlined.
    void setShownStep(Step step);
    Step shownStep() const { return m_shown; }

    // Whether a step's page can be looked at in its state.
    static bool isViewable(Workflow::StepState state);
    // The stable code of a state for style sheets, e.g. "done".
    static QString stateCode(Workflow::StepState state);

signals:
    void stepChosen(Step step);

protected:
    void changeEvent(QEvent *event) override;

private:
    QToolButton *button(Step step) const;
    void refresh();

    std::unique_ptr<Ui::StepIndicator> m_ui;
    QVector<Workflow::StepState> m_states;
    Step m_shown = Step::Reception;
};
