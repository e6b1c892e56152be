#include "ui/case/StepIndicator.h"

#include "ui_StepIndicator.h"

#include "ui/widgets/ButtonShortcut.h"

#include <QEvent>
#include <QLocale>
#include <QStyle>
#include <QToolButton>

namespace {

const char *kStyle = R"(
QToolButton {
    border: 1px solid #c7ccd1; border-radius: 6px; padding: 2px 4px;
    background: #f4f5f7; color: #6b7178;
}
QToolButton[stepState="done"] { background: #e3f1e7; color: #1b5e34; border-color: #8cc59f; }
QToolButton[stepState="skipped"] { background: #f1f1f1; color: #8a8f95; border-style: dashed; }
QToolButton[stepState="current"] { background: #1f5f8b; color: white; border-color: #174866; }
QToolButton[stepState="waiting"] { background: #fff4d6; color: #7a5200; border-color: #e0b54a; }
QToolButton[stepState="resumes"] { background: #eef3f8; color: #1f5f8b; border-style: dashed; border-color: #1f5f8b; }
QToolButton[stepState="stopped"] { background: #fbe3e1; color: #9b2219; border-color: #e09891; }
QToolButton[shown="true"] { border-width: 3px; }
)";

// A mark for each state, so that the state reads without its colour on a
// one-line button; its words are in the tooltip and the accessible name.
QString stateMark(Workflow::StepState state)
{
    switch (state) {
    case Workflow::StepState::Done:
        return QStringLiteral("\u2713"); // ✓
    case Workflow::StepState::Skipped:
        return QStringLiteral("\u21B7"); // ↷
    case Workflow::StepState::Current:
        return QStringLiteral("\u25CF"); // ●
    case Workflow::StepState::Waiting:
        return QStringLiteral("\u25F7"); // ◷
    case Workflow::StepState::Stopped:
        return QStringLiteral("\u2717"); // ✗
    case Workflow::StepState::Resumes:
        return QStringLiteral("\u21BB"); // ↻
    case Workflow::StepState::NotReached:
        break;
    }
    return QStringLiteral("\u25CB"); // ○
}

} // namespace

StepIndicator::StepIndicator(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::StepIndicator>())
{
    m_ui->setupUi(this);
    setStyleSheet(QString::fromLatin1(kStyle));
    for (Step step : Domain::steps()) {
        QToolButton *b = button(step);
        b->setFocusPolicy(Qt::NoFocus);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        ButtonShortcut::bind(b, QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + int(step))));
        connect(b, &QToolButton::clicked, this, [this, step] {
            if (isViewable(state(step)))
                emit stepChosen(step);
        });
    }
    refresh();
}

StepIndicator::~StepIndicator() = default;

QToolButton *StepIndicator::button(Step step) const
{
    switch (step) {
    case Step::Reception:
        return m_ui->step1Button;
    case Step::Information:
        return m_ui->step2Button;
    case Step::Referral:
        return m_ui->step3Button;
    case Step::Verification:
        return m_ui->step4Button;
    case Step::Registration:
        return m_ui->step5Button;
    case Step::Delivery:
        return m_ui->step6Button;
    case Step::Survey:
        return m_ui->step7Button;
    }
    return m_ui->step1Button;
}

void StepIndicator::setStates(const QVector<Workflow::StepState> &states)
{
    m_states = states;
    refresh();
}

Workflow::StepState StepIndicator::state(Step step) const
{
    const int i = int(step) - 1;
    if (i < m_states.size())
        return m_states.at(i);
    return step == Step::Reception ? Workflow::StepState::Current : Workflow::StepState::NotReached;
}

void StepIndicator::setShownStep(Step step)
{
    m_shown = step;
    refresh();
}

bool StepIndicator::isViewable(Workflow::StepState state)
{
    return state != Workflow::StepState::NotReached && state != Workflow::StepState::Skipped;
}

QString StepIndicator::stateCode(Workflow::StepState state)
{
    switch (state) {
    case Workflow::StepState::Done:
        return QStringLiteral("done");
    case Workflow::StepState::Skipped:
        return QStringLiteral("skipped");
    case Workflow::StepState::Current:
        return QStringLiteral("current");
    case Workflow::StepState::Waiting:
        return QStringLiteral("waiting");
    case Workflow::StepState::Stopped:
        return QStringLiteral("stopped");
    case Workflow::StepState::Resumes:
        return QStringLiteral("resumes");
    case Workflow::StepState::NotReached:
        return QStringLiteral("not_reached");
    }
    return QString();
}

void StepIndicator::refresh()
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    for (Step step : Domain::steps()) {
        QToolButton *b = button(step);
        const Workflow::StepState s = state(step);
        // One line, so that step 2 fits a 1366x768 screen: the state's mark,
        // the number and the name; the state in words in the tooltip.
        //: a step in the indicator: the mark of its state, its number, its name
        b->setText(
            tr("%1 %2. %3").arg(stateMark(s), locale.toString(int(step)), Domain::label(step)));
        b->setToolTip(
            tr("%1: %2 (Alt+%3)")
                .arg(Domain::label(step), Workflow::label(s), QString::number(int(step))));
        b->setAccessibleName(b->toolTip());
        b->setProperty("stepState", stateCode(s));
        b->setProperty("shown", step == m_shown);
        b->setEnabled(true);
        b->style()->unpolish(b);
        b->style()->polish(b);
    }
}

void StepIndicator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        refresh();
    }
    QWidget::changeEvent(event);
}
