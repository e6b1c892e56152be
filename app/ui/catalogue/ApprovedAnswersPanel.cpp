#include "ui/catalogue/ApprovedAnswersPanel.h"

#include "ui_ApprovedAnswersPanel.h"

#include "services/CatalogueDesk.h"

#include "ui/widgets/PlainTextAlignment.h"

#include <QEvent>
#include <QSignalBlocker>

ApprovedAnswersPanel::ApprovedAnswersPanel(CatalogueDesk &editor, QWidget *parent)
    : CatalogueListPanel(parent), m_ui(std::make_unique<Ui::ApprovedAnswersPanel>()),
      m_editor(editor)
{
    m_ui->setupUi(this);
    m_ui->answersList->setWordWrap(true);
    m_ui->answerSourceCombo->setInsertPolicy(QComboBox::NoInsert);
    PlainTextAlignment::follow(m_ui->answerTextEdit);
    bind(m_ui->answersList, m_ui->newAnswerButton, m_ui->saveAnswerButton, m_ui->undoAnswerButton,
         m_ui->answerMessageLabel);
    connect(m_ui->answerQuestionEdit, &QLineEdit::textChanged, this,
            &ApprovedAnswersPanel::markChanged);
    connect(m_ui->answerTextEdit, &QPlainTextEdit::textChanged, this,
            &ApprovedAnswersPanel::markChanged);
    connect(m_ui->answerSourceCombo, &QComboBox::currentTextChanged, this,
            &ApprovedAnswersPanel::markChanged);
    connect(m_ui->answerActiveCheck, &QCheckBox::toggled, this, &ApprovedAnswersPanel::markChanged);
    reload();
}

ApprovedAnswersPanel::~ApprovedAnswersPanel() = default;

void ApprovedAnswersPanel::fillSources()
{
    // The policy's own tools (seed 000) first, then the sources already used.
    QStringList sources = {tr("The association's bylaws"), tr("The policies and procedures guide"),
                           tr("The support policy")};
    for (const ApprovedAnswer &a : std::as_const(m_answers)) {
        if (!a.sourceDocument.isEmpty() && !sources.contains(a.sourceDocument))
            sources << a.sourceDocument;
    }
    const QSignalBlocker blocker(m_ui->answerSourceCombo);
    const QString text = m_ui->answerSourceCombo->currentText();
    m_ui->answerSourceCombo->clear();
    m_ui->answerSourceCombo->addItems(sources);
    m_ui->answerSourceCombo->setCurrentText(text);
}

Status ApprovedAnswersPanel::load()
{
    const auto answers = m_editor.approvedAnswers();
    if (!answers)
        return answers.status();
    m_answers = *answers;
    m_ui->answersList->clear();
    for (const ApprovedAnswer &a : std::as_const(m_answers)) {
        auto *item = new QListWidgetItem(
            a.active ? a.question : tr("%1 (not offered)").arg(a.question), m_ui->answersList);
        if (!a.active)
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
    fillSources();
    return Status::success();
}

qint64 ApprovedAnswersPanel::idAt(int row) const
{
    return row >= 0 && row < m_answers.size() ? m_answers.at(row).id : 0;
}

void ApprovedAnswersPanel::fill(int row)
{
    const ApprovedAnswer a =
        row >= 0 && row < m_answers.size() ? m_answers.at(row) : ApprovedAnswer();
    m_ui->answerQuestionEdit->setText(a.question);
    m_ui->answerTextEdit->setPlainText(a.answer);
    m_ui->answerSourceCombo->setCurrentText(a.sourceDocument);
    m_ui->answerActiveCheck->setChecked(a.active);
}

Result<qint64> ApprovedAnswersPanel::save(int row)
{
    ApprovedAnswer a = row >= 0 && row < m_answers.size() ? m_answers.at(row) : ApprovedAnswer();
    a.question = m_ui->answerQuestionEdit->text();
    a.answer = m_ui->answerTextEdit->toPlainText();
    a.sourceDocument = m_ui->answerSourceCombo->currentText();
    a.active = m_ui->answerActiveCheck->isChecked();
    const auto saved = m_editor.saveApprovedAnswer(a);
    if (!saved)
        return saved.status();
    return saved->id;
}

QWidget *ApprovedAnswersPanel::firstField() const
{
    return m_ui->answerQuestionEdit;
}

void ApprovedAnswersPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        PlainTextAlignment::follow(m_ui->answerTextEdit);
        if (!hasChanges())
            reload();
    }
    CatalogueListPanel::changeEvent(event);
}
