#include "ui/widgets/ValidatedLineEdit.h"

#include "ui_ValidatedLineEdit.h"

#include <QEvent>
#include <QTextLayout>

namespace {

const QColor kInvalidText(0xb3, 0x26, 0x1e);
const QColor kInvalidBase(0xfd, 0xec, 0xea);
const QColor kValidText(0x1b, 0x6e, 0x3a);
const QColor kWarningText(0x8a, 0x52, 0x00); // amber, readable on white

// The text as it fits in lines lines of width at font, its last line ended
// with "…" when there is more.
QString fittedLines(const QString &text, const QFont &font, int width, int lines,
                    Qt::LayoutDirection direction)
{
    if (text.isEmpty() || width <= 0)
        return text;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    option.setTextDirection(direction);
    layout.setTextOption(option);
    layout.beginLayout();
    int lastStart = 0;
    int count = 0;
    bool more = false;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (count == lines) {
            more = true;
            break;
        }
        lastStart = line.textStart();
        ++count;
    }
    layout.endLayout();
    if (!more)
        return text;
    const QString last = QFontMetrics(font).elidedText(text.mid(lastStart), Qt::ElideRight, width);
    return text.left(lastStart) + last;
}

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
    return m_message;
}

QLineEdit *ValidatedLineEdit::lineEdit() const
{
    return m_ui->edit;
}

void ValidatedLineEdit::setPlaceholderText(const QString &text)
{
    m_ui->edit->setPlaceholderText(text);
}

void ValidatedLineEdit::setMessageLines(int lines)
{
    m_messageLines = qMax(1, lines);
    m_ui->messageLabel->setAlignment(Qt::AlignLeading | Qt::AlignTop);
    m_ui->messageLabel->setFixedHeight(m_ui->messageLabel->fontMetrics().lineSpacing() *
                                       m_messageLines);
    showMessage();
}

void ValidatedLineEdit::showMessage()
{
    QLabel *label = m_ui->messageLabel;
    if (m_messageLines == 0) {
        label->setText(m_message);
        return;
    }
    const QString shown = fittedLines(m_message, label->font(), label->contentsRect().width(),
                                      m_messageLines, label->layoutDirection());
    label->setText(shown);
    label->setToolTip(shown == m_message ? QString() : m_message);
}

void ValidatedLineEdit::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_messageLines > 0)
        showMessage();
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
    m_message = verdict.message;
    showMessage();
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
