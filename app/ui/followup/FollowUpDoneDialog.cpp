#include "ui/followup/FollowUpDoneDialog.h"

#include "ui_FollowUpDoneDialog.h"

#include <QPushButton>

namespace {

// Outer: whether an answer is set; inner: the note, or none for a cancel.
std::optional<std::optional<QString>> &nextAnswer()
{
    static std::optional<std::optional<QString>> next;
    return next;
}

} // namespace

FollowUpDoneDialog::FollowUpDoneDialog(const Summary &item, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::FollowUpDoneDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("followUpDoneDialog"));
    m_ui->kindValue->setText(item.kind);
    m_ui->beneficiaryValue->setText(item.beneficiary);
    m_ui->subjectValue->setText(item.subject);
    m_ui->dueValue->setText(item.due);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Mark done"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->noteEdit, &QPlainTextEdit::textChanged, this, &FollowUpDoneDialog::updateOk);
    updateOk();
    m_ui->noteEdit->setFocus();
}

FollowUpDoneDialog::~FollowUpDoneDialog() = default;

QString FollowUpDoneDialog::note() const
{
    return m_ui->noteEdit->toPlainText().trimmed();
}

void FollowUpDoneDialog::updateOk()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!note().isEmpty());
}

std::optional<QString> FollowUpDoneDialog::ask(QWidget *parent, const Summary &item)
{
    if (auto &next = nextAnswer(); next) {
        const std::optional<QString> answer = *next;
        next.reset();
        return answer;
    }
    FollowUpDoneDialog dialog(item, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.note();
}

void FollowUpDoneDialog::setNextAnswer(std::optional<QString> note)
{
    nextAnswer() = std::move(note);
}

void FollowUpDoneDialog::clearSeam()
{
    nextAnswer().reset();
}
