#include "ui/case/SurveyPage.h"

#include "ui_SurveyPage.h"

#include "core/DeskText.h"
#include "core/TextInput.h"
#include "ui/widgets/ButtonShortcut.h"

#include <QButtonGroup>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>

SurveyPage::SurveyPage(CaseServices &services, QWidget *parent)
    : CaseStepPage(Step::Survey, services, parent), m_ui(std::make_unique<Ui::SurveyPage>())
{
    m_ui->setupUi(this);
    // A chosen score stands out, for the beneficiary looking at the screen.
    m_ui->questionsHolder->setStyleSheet(QStringLiteral(
        "QPushButton:checked { background: #1f5f8b; color: white; border: 1px solid #174866;"
        " border-radius: 4px; }"));
    ButtonShortcut::bind(m_ui->declineButton, QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_ui->declineButton, &QPushButton::clicked, this, [this] { check(decline()); });
}

SurveyPage::~SurveyPage() = default;

QString SurveyPage::scoreLabel(int score, bool woman)
{
    // The beneficiary reads these about herself or himself: Arabic agrees.
    switch (score) {
    case 1:
        return woman ? tr("Very dissatisfied", "a woman") : tr("Very dissatisfied");
    case 2:
        return woman ? tr("Dissatisfied", "a woman") : tr("Dissatisfied");
    case 3:
        return woman ? tr("Neutral", "a woman") : tr("Neutral");
    case 4:
        return woman ? tr("Satisfied", "a woman") : tr("Satisfied");
    case 5:
        return woman ? tr("Very satisfied", "a woman") : tr("Very satisfied");
    }
    return QString();
}

bool SurveyPage::aboutAWoman() const
{
    return context().beneficiary && context().beneficiary->gender == Gender::Female;
}

void SurveyPage::clearRows()
{
    for (Row &r : m_rows) {
        delete r.label;
        qDeleteAll(r.buttons);
        delete r.group;
    }
    m_rows.clear();
}

void SurveyPage::rebuild(const QVector<SurveyQuestion> &questions)
{
    clearRows();
    auto *grid = m_ui->questionsGrid;
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    QWidget *previous = nullptr;
    const bool woman = aboutAWoman();
    for (const SurveyQuestion &q : questions) {
        Row row;
        row.question = q;
        const int r = m_rows.size();
        const QString text = DeskText::localName(q.textAr, q.textEn);
        row.label = new QLabel(text, m_ui->questionsHolder);
        row.label->setObjectName(QStringLiteral("question_%1").arg(q.id));
        row.label->setWordWrap(true);
        row.label->setFont(big);
        grid->addWidget(row.label, r, 0);
        row.label->show();
        row.group = new QButtonGroup(this);
        row.group->setExclusive(true);
        for (int score = 1; score <= 5; ++score) {
            auto *b = new QPushButton(m_ui->questionsHolder);
            b->setObjectName(QStringLiteral("score_%1_%2").arg(q.id).arg(score));
            b->setCheckable(true);
            b->setFont(big);
            b->setMinimumSize(96, 60);
            //: a survey button: the score, then its meaning on a second line
            b->setText(tr("%1\n%2").arg(DeskText::number(score), scoreLabel(score, woman)));
            b->setToolTip(tr("%1 of 5: %2").arg(DeskText::number(score), scoreLabel(score, woman)));
            b->installEventFilter(this);
            row.group->addButton(b, score);
            row.buttons << b;
            grid->addWidget(b, r, score);
            b->show();
            if (previous)
                QWidget::setTabOrder(previous, b);
            previous = b;
        }
        m_rows << row;
    }
    if (previous) {
        QWidget::setTabOrder(previous, m_ui->commentEdit);
        QWidget::setTabOrder(m_ui->commentEdit, m_ui->byPhoneCheck);
        QWidget::setTabOrder(m_ui->byPhoneCheck, m_ui->declineButton);
    }
}

void SurveyPage::load()
{
    const auto questions = services().queries.surveyQuestions();
    if (!questions)
        emit reported(questions.error(), true);
    rebuild(questions ? *questions : QVector<SurveyQuestion>());
    m_ui->commentEdit->clear();
    m_ui->byPhoneCheck->setChecked(context().theCase.channel == Channel::PhoneCall);
    const bool editable = isEditable() && !context().survey;
    for (Row &r : m_rows) {
        for (QPushButton *b : r.buttons)
            b->setEnabled(editable);
    }
    m_ui->commentEdit->setEnabled(editable);
    m_ui->byPhoneCheck->setEnabled(editable);
    m_ui->declineButton->setEnabled(editable);
    showRecorded();
}

void SurveyPage::showRecorded()
{
    const CaseContext &ctx = context();
    if (!ctx.survey) {
        QString text =
            isEditable()
                ? (aboutAWoman() ? tr("Hand the screen to the beneficiary: one button per "
                                      "question, from 1 (very dissatisfied) to 5 (very "
                                      "satisfied). Ctrl+Enter records the answers and closes the "
                                      "case. The survey can also be taken later by phone: close "
                                      "the case screen (Esc).",
                                      "a woman")
                                 : tr("Hand the screen to the beneficiary: one button per "
                                      "question, from 1 (very dissatisfied) to 5 (very "
                                      "satisfied). Ctrl+Enter records the answers and closes the "
                                      "case. The survey can also be taken later by phone: close "
                                      "the case screen (Esc)."))
                : tr("The survey has not been taken.");
        if (!ctx.theCase.answerText.isEmpty())
            text = DeskText::message(tr("Answer given at the desk: %1"), {ctx.theCase.answerText}) +
                   QLatin1Char('\n') + text;
        m_ui->surveyStatusLabel->setText(text);
        return;
    }
    const SurveyResponse &s = *ctx.survey;
    for (const SurveyAnswer &a : s.answers) {
        for (Row &r : m_rows) {
            if (r.question.id == a.questionId && a.score >= 1 && a.score <= 5)
                r.buttons.at(a.score - 1)->setChecked(true);
        }
    }
    m_ui->commentEdit->setText(s.comment);
    m_ui->byPhoneCheck->setChecked(s.byPhone);
    const QString how = s.byPhone ? tr("by phone") : tr("at the desk");
    m_ui->surveyStatusLabel->setText(
        s.declined
            ? DeskText::message(aboutAWoman()
                                    ? tr("The beneficiary declined the survey (%1, %2).", "a woman")
                                    : tr("The beneficiary declined the survey (%1, %2)."),
                                {how, DeskText::dateTime(s.takenAt)})
            : DeskText::message(tr("Survey taken %1 by %2, %3."),
                                {how, staffName(s.takenBy), DeskText::dateTime(s.takenAt)}));
}

int SurveyPage::score(qint64 questionId) const
{
    for (const Row &r : m_rows) {
        if (r.question.id == questionId)
            return qMax(0, r.group->checkedId());
    }
    return 0;
}

int SurveyPage::rowOf(QWidget *button) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).buttons.contains(static_cast<QPushButton *>(button)))
            return i;
    }
    return -1;
}

void SurveyPage::focusRow(int row)
{
    if (row >= m_rows.size()) {
        m_ui->commentEdit->setFocus(Qt::TabFocusReason);
        return;
    }
    const Row &r = m_rows.at(row);
    QAbstractButton *checked = r.group->checkedButton();
    (checked ? checked : r.buttons.first())->setFocus(Qt::TabFocusReason);
}

void SurveyPage::focusFirstField()
{
    if (!m_rows.isEmpty() && m_rows.first().buttons.first()->isEnabled())
        focusRow(0);
    else
        CaseStepPage::focusFirstField();
}

bool SurveyPage::handleEnter(QWidget *focus)
{
    const int row = rowOf(focus);
    if (row < 0)
        return false;
    focusRow(row + 1);
    return true;
}

bool SurveyPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const QString digit = TextInput::asciiDigits(key->text());
        const int row = rowOf(qobject_cast<QWidget *>(watched));
        if (row >= 0 && digit.size() == 1 && digit.at(0) >= u'1' && digit.at(0) <= u'5') {
            const int score = digit.at(0).digitValue();
            m_rows.at(row).buttons.at(score - 1)->setChecked(true);
            focusRow(row + 1);
            return true;
        }
    }
    return CaseStepPage::eventFilter(watched, event);
}

Status SurveyPage::save()
{
    if (!isEditable() || context().survey)
        return Status::success();
    QVector<SurveyAnswer> answers;
    for (const Row &r : m_rows) {
        const int s = r.group->checkedId();
        if (s >= 1 && s <= 5)
            answers << SurveyAnswer{r.question.id, s};
    }
    const QString comment = m_ui->commentEdit->text().trimmed();
    if (answers.isEmpty() && comment.isEmpty())
        return Status::success(); // nothing given yet: it may be taken later by phone
    return services()
        .desk.survey()
        .recordSurvey(caseId(), answers, comment, m_ui->byPhoneCheck->isChecked())
        .status();
}

Status SurveyPage::decline()
{
    if (!isEditable())
        return Status::success();
    const Result<SurveyResponse> declined =
        services().desk.survey().declineSurvey(caseId(), m_ui->byPhoneCheck->isChecked());
    if (!declined)
        return declined.status();
    emit caseChanged();
    return Status::success();
}

void SurveyPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (caseId() != 0)
            load();
    }
    CaseStepPage::changeEvent(event);
}
