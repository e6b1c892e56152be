#include "ui/catalogue/SurveyQuestionsPanel.h"

#include "ui_SurveyQuestionsPanel.h"

#include "core/DeskText.h"
#include "services/CatalogueDesk.h"

#include <QEvent>

SurveyQuestionsPanel::SurveyQuestionsPanel(CatalogueDesk &editor, QWidget *parent)
    : CatalogueListPanel(parent), m_ui(std::make_unique<Ui::SurveyQuestionsPanel>()),
      m_editor(editor)
{
    m_ui->setupUi(this);
    m_ui->questionsList->setWordWrap(true);
    bind(m_ui->questionsList, m_ui->newQuestionButton, m_ui->saveQuestionButton,
         m_ui->undoQuestionButton, m_ui->questionMessageLabel);
    for (QLineEdit *e : {m_ui->questionArEdit, m_ui->questionEnEdit})
        connect(e, &QLineEdit::textChanged, this, &SurveyQuestionsPanel::markChanged);
    connect(m_ui->questionActiveCheck, &QCheckBox::toggled, this,
            &SurveyQuestionsPanel::markChanged);
    connect(m_ui->moveUpButton, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_ui->moveDownButton, &QPushButton::clicked, this, [this] { move(1); });
    reload();
}

SurveyQuestionsPanel::~SurveyQuestionsPanel() = default;

Status SurveyQuestionsPanel::load()
{
    const auto questions = m_editor.surveyQuestions();
    if (!questions)
        return questions.status();
    m_questions = *questions;
    m_ui->questionsList->clear();
    for (int i = 0; i < m_questions.size(); ++i) {
        const SurveyQuestion &q = m_questions.at(i);
        const QString text = DeskText::localName(q.textAr, q.textEn);
        //: a survey question in the list: its place, then its text
        QString line = tr("%1. %2").arg(DeskText::number(i + 1), text);
        if (!q.active)
            line = tr("%1 (not asked)").arg(line);
        auto *item = new QListWidgetItem(line, m_ui->questionsList);
        if (!q.active)
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
    return Status::success();
}

qint64 SurveyQuestionsPanel::idAt(int row) const
{
    return row >= 0 && row < m_questions.size() ? m_questions.at(row).id : 0;
}

void SurveyQuestionsPanel::fill(int row)
{
    const SurveyQuestion q =
        row >= 0 && row < m_questions.size() ? m_questions.at(row) : SurveyQuestion();
    m_ui->questionArEdit->setText(q.textAr);
    m_ui->questionEnEdit->setText(q.textEn);
    m_ui->questionActiveCheck->setChecked(q.active);
    m_ui->moveUpButton->setEnabled(row > 0);
    m_ui->moveDownButton->setEnabled(row >= 0 && row + 1 < m_questions.size());
}

Result<qint64> SurveyQuestionsPanel::save(int row)
{
    SurveyQuestion q =
        row >= 0 && row < m_questions.size() ? m_questions.at(row) : SurveyQuestion();
    q.textAr = m_ui->questionArEdit->text();
    q.textEn = m_ui->questionEnEdit->text();
    q.active = m_ui->questionActiveCheck->isChecked();
    const auto saved = m_editor.saveSurveyQuestion(q);
    if (!saved)
        return saved.status();
    return saved->id;
}

void SurveyQuestionsPanel::move(int delta)
{
    if (hasChanges()) {
        showMessage(tr("Save or undo your changes first."), true);
        return;
    }
    const qint64 id = idAt(currentRow());
    if (id == 0)
        return;
    if (const Status s = m_editor.moveSurveyQuestion(id, delta); !s) {
        showMessage(s.error(), true);
        return;
    }
    reload();
}

QWidget *SurveyQuestionsPanel::firstField() const
{
    return m_ui->questionArEdit;
}

void SurveyQuestionsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (!hasChanges())
            reload();
    }
    CatalogueListPanel::changeEvent(event);
}
