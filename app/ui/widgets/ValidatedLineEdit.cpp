#include "ui/widgets/ValidatedLineEdit.h"

#include "ui_ValidatedLineEdit.h"

#include <QEvent>

namespace {

const QColor kInvalidText(0xb3, 0x26, 0x1e);
const QColor kInvalidBase(0xfd, 0xec, 0xea);
const QColor kValidText(0x1b, 0x6e, 0x3a);
const QColor kWarningText(0x8a, 0x52, 0x00); // amber, readable on white

} // namespace

ValidatedLineEdit::ValidatedLineEdit(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ValidatedLineEdit>())
{
    m_ui->setupUi(this);
    setFocusProxy(m_ui->edit);
    // Digits, slashes and a leading + read left to right in either language.
    m_ui->edit->setLayoutDirection(Qt::LeftToRight);
    updateAlignment();
    // The message's line is kept while it is empty, so that a message that
    // appears while typing does not push the fields below under the pointer.
    QSizePolicy keep = m_ui->messageLabel->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_ui->messageLabel->setSizePolicy(keep);
    m_ui->messageLabel->hide();

    connect(m_ui->edit, &QLineEdit::textChanged, this, &ValidatedLineEdit::onTextEdited);
    connect(m_ui->edit, &QLineEdit::editingFinished, this, &ValidatedLineEdit::onEditingFinished);
    connect(m_ui->edit, &QLineEdit::returnPressed, this, &ValidatedLineEdit::returnPressed);
}

ValidatedLineEdit::~ValidatedLineEdit() = default;

QString ValidatedLineEdit::text() const
{
    return m_ui->edit->text();
}

void ValidatedLineEdit::setText(const QString &text)
{
    m_ui->edit->setText(text);
    m_finished = !text.isEmpty();
    revalidate();
}

void ValidatedLineEdit::clear()
{
    setText(QString());
}

QString ValidatedLineEdit::message() const
{
    return m_ui->messageLabel->text();
}

QLineEdit *ValidatedLineEdit::lineEdit() const
{
    return m_ui->edit;
}

void ValidatedLineEdit::setPlaceholderText(const QString &text)
{
    m_ui->edit->setPlaceholderText(text);
}

void ValidatedLineEdit::onTextEdited()
{
    m_finished = false;
    revalidate();
    emit textChanged(text());
}

void ValidatedLineEdit::onEditingFinished()
{
    m_finished = true;
    revalidate();
    emit editingFinished();
}

void ValidatedLineEdit::revalidate()
{
    apply(judge(text(), m_finished));
}

void ValidatedLineEdit::apply(const Verdict &verdict)
{
    const bool changed = verdict.state != m_state;
    m_state = verdict.state;
    m_warning = verdict.warning && verdict.state == State::Valid;
    m_ui->messageLabel->setText(verdict.message);
    m_ui->messageLabel->setVisible(!verdict.message.isEmpty());
    m_ui->edit->setAccessibleDescription(verdict.message);
    updateLook();
    verdictChanged();
    if (changed)
        emit stateChanged(m_state);
}

void ValidatedLineEdit::updateLook()
{
    QPalette editPalette = palette();
    QPalette labelPalette = palette();
    switch (m_state) {
    case State::Invalid:
        editPalette.setColor(QPalette::Base, kInvalidBase);
        labelPalette.setColor(QPalette::WindowText, kInvalidText);
        break;
    case State::Valid:
        labelPalette.setColor(QPalette::WindowText, m_warning ? kWarningText : kValidText);
        break;
    case State::Empty:
    case State::Incomplete:
        labelPalette.setColor(QPalette::WindowText,
                              palette().color(QPalette::Disabled, QPalette::WindowText));
        break;
    }
    m_ui->edit->setPalette(editPalette);
    m_ui->messageLabel->setPalette(labelPalette);
    m_ui->edit->setProperty("validationState", int(m_state));
    m_ui->edit->setProperty("validationWarning", m_warning);
}

void ValidatedLineEdit::updateAlignment()
{
    // The field reads left to right; it sits on the reading side of the form.
    m_ui->edit->setAlignment(
        (layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
}

void ValidatedLineEdit::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
        m_ui->retranslateUi(this);
        revalidate();
        break;
    case QEvent::LayoutDirectionChange:
        updateAlignment();
        break;
    case QEvent::PaletteChange:
        updateLook();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}
