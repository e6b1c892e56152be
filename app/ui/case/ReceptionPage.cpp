#include "ui/case/ReceptionPage.h"

#include "ui_ReceptionPage.h"

#include "core/Clock.h"
#include "core/DeskText.h"
#include "services/Session.h"
#include "ui/case/CasePrinting.h"
#include "ui/widgets/ButtonShortcut.h"

#include <QEvent>
#include <QKeyEvent>
#include <QListWidgetItem>
#include <QTimer>

ReceptionPage::ReceptionPage(CaseServices &services, QWidget *parent)
    : CaseStepPage(Step::Reception, services, parent), m_ui(std::make_unique<Ui::ReceptionPage>())
{
    m_ui->setupUi(this);
    QFont big = m_ui->queueNumberValue->font();
    big.setPointSizeF(big.pointSizeF() * 3);
    big.setBold(true);
    m_ui->queueNumberValue->setFont(big);
    ButtonShortcut::bind(m_ui->printTicketButton, QKeySequence::Print);
    ButtonShortcut::bind(m_ui->answerButton, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    fillChoices();

    connect(m_ui->purposeCombo, &QComboBox::currentIndexChanged, this,
            &ReceptionPage::updateAnswerBox);
    connect(m_ui->channelCombo, &QComboBox::currentIndexChanged, this,
            &ReceptionPage::updateAnswerBox);
    connect(m_ui->printTicketButton, &QPushButton::clicked, this, [this] { check(printTicket()); });
    connect(m_ui->answerButton, &QPushButton::clicked, this, [this] { check(answerAtDesk()); });

    ButtonShortcut::bind(m_ui->giveAnswerButton, QKeySequence(Qt::CTRL | Qt::Key_G));
    m_answerSearch = new QTimer(this);
    m_answerSearch->setSingleShot(true);
    m_answerSearch->setInterval(150);
    connect(m_answerSearch, &QTimer::timeout, this, &ReceptionPage::searchAnswers);
    connect(m_ui->inquiryEdit, &QLineEdit::textEdited, m_answerSearch, qOverload<>(&QTimer::start));
    connect(m_ui->giveAnswerButton, &QPushButton::clicked, this,
            [this] { check(giveApprovedAnswer()); });
    connect(m_ui->approvedAnswersList, &QListWidget::itemActivated, this,
            [this] { check(giveApprovedAnswer()); });
    connect(m_ui->approvedAnswersList, &QListWidget::currentRowChanged, this,
            [this](int row) { m_ui->giveAnswerButton->setEnabled(row >= 0 && isEditable()); });
    m_ui->inquiryEdit->installEventFilter(this);
}

ReceptionPage::~ReceptionPage() = default;

void ReceptionPage::fillChoices()
{
    const int channel = m_ui->channelCombo->currentIndex();
    const int purpose = m_ui->purposeCombo->currentIndex();
    m_ui->channelCombo->clear();
    for (Channel c : Domain::channels())
        m_ui->channelCombo->addItem(Domain::label(c), int(c));
    m_ui->purposeCombo->clear();
    for (Purpose p : Domain::purposes())
        m_ui->purposeCombo->addItem(Domain::label(p), int(p));
    m_ui->channelCombo->setCurrentIndex(qMax(0, channel));
    m_ui->purposeCombo->setCurrentIndex(purpose < 0 ? 1 : purpose);
}

Channel ReceptionPage::channel() const
{
    return Channel(m_ui->channelCombo->currentData().toInt());
}

Purpose ReceptionPage::purpose() const
{
    return Purpose(m_ui->purposeCombo->currentData().toInt());
}

void ReceptionPage::load()
{
    const Case &c = context().theCase;
    const bool isNew = c.id == 0;
    m_ui->channelCombo->setCurrentIndex(m_ui->channelCombo->findData(int(c.channel)));
    m_ui->purposeCombo->setCurrentIndex(m_ui->purposeCombo->findData(int(c.purpose)));
    m_ui->inquiryEdit->setText(c.inquiryText);
    m_ui->answerEdit->setText(c.answerText);
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->channelCombo), static_cast<QWidget *>(m_ui->purposeCombo),
          static_cast<QWidget *>(m_ui->inquiryEdit)})
        w->setEnabled(isEditable());
    showArrival();
    m_ui->receivedByValue->setText(isNew ? services().session.user().displayName
                                         : staffName(c.receivedBy));

    if (c.queueNumber > 0) {
        m_ui->queueNumberValue->setText(DeskText::number(c.queueNumber));
        m_ui->queueHintLabel->setText(tr("The visitor's number for today."));
    } else {
        m_ui->queueNumberValue->setText(QStringLiteral("—"));
        m_ui->queueHintLabel->setText(
            isNew ? tr("A walk-in (interview) gets the day's next number when the case opens.")
                  : tr("Only walk-ins (interview) get a queue number."));
    }
    m_ui->printTicketButton->setEnabled(c.queueNumber > 0 ||
                                        (isNew && channel() == Channel::Interview));
    updateAnswerBox();
    searchAnswers();
    showGivenAnswers();
}

void ReceptionPage::searchAnswers()
{
    m_answerSearch->stop();
    m_ui->approvedAnswersList->clear();
    const Result<QVector<ApprovedAnswer>> found =
        services().queries.approvedAnswers(m_ui->inquiryEdit->text());
    if (!found) {
        m_ui->approvedAnswersHint->setText(found.status().error());
        return;
    }
    for (const ApprovedAnswer &a : *found) {
        QString text = a.question + QLatin1Char('\n') + a.answer;
        if (!a.sourceDocument.isEmpty())
            //: where an approved answer comes from, after the answer
            text += QLatin1Char('\n') + tr("Source: %1").arg(a.sourceDocument);
        auto *item = new QListWidgetItem(text, m_ui->approvedAnswersList);
        item->setData(Qt::UserRole, a.id);
        item->setToolTip(a.answer);
    }
    if (m_ui->inquiryEdit->text().trimmed().isEmpty())
        m_ui->approvedAnswersHint->setText(
            tr("Type what the visitor asks: the association's approved answers that match "
               "it are listed here."));
    else if (found->isEmpty())
        m_ui->approvedAnswersHint->setText(
            tr("No approved answer matches these words. If the procedure is unclear, refer "
               "the case to the program officer."));
    else
        m_ui->approvedAnswersHint->setText(
            tr("%n approved answer(s) match what the visitor asks.", nullptr, int(found->size())));
    if (!found->isEmpty())
        m_ui->approvedAnswersList->setCurrentRow(0);
    m_ui->approvedAnswersList->setEnabled(!found->isEmpty());
    m_ui->giveAnswerButton->setEnabled(!found->isEmpty() && isEditable());
}

void ReceptionPage::showGivenAnswers()
{
    const qint64 id = context().theCase.id;
    if (id == 0) {
        m_ui->givenAnswersLabel->clear();
        return;
    }
    const Result<QVector<ApprovedAnswer>> given = services().queries.answersGiven(id);
    if (!given) {
        m_ui->givenAnswersLabel->setText(given.status().error());
        return;
    }
    QStringList questions;
    for (const ApprovedAnswer &a : *given)
        questions << a.question;
    m_ui->givenAnswersLabel->setText(
        questions.isEmpty() ? tr("No approved answer given on this case yet.")
                            //: followed by the questions whose approved answers were given
                            : tr("Answers given on this case: %1")
                                  .arg(questions.join(QLocale().textDirection() == Qt::RightToLeft
                                                          ? QStringLiteral("، ")
                                                          : QStringLiteral("; "))));
}

Status ReceptionPage::giveApprovedAnswer()
{
    const QListWidgetItem *item = m_ui->approvedAnswersList->currentItem();
    if (!item)
        return Status::failure(tr("Choose an approved answer in the list first."));
    const qint64 answerId = item->data(Qt::UserRole).toLongLong();
    // Kept before saving: opening a new case reloads the page.
    const QString typed = m_ui->answerEdit->text();
    if (Status s = save(); !s)
        return s;
    const Result<ApprovedAnswer> given =
        services().desk.reception().giveApprovedAnswer(caseId(), answerId);
    if (!given)
        return given.status();
    m_ui->answerEdit->setText(
        typed.trimmed().isEmpty() && purpose() == Purpose::Inquiry ? given->answer : typed);
    showGivenAnswers();
    if (m_ui->answerEdit->isEnabled() && m_ui->answerEdit->isVisible())
        m_ui->answerEdit->setFocus(Qt::OtherFocusReason);
    return Status::success();
}

bool ReceptionPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->inquiryEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        QListWidget *list = m_ui->approvedAnswersList;
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && list->count() > 0) {
            const int step = key == Qt::Key_Down ? 1 : -1;
            list->setCurrentRow(qBound(0, list->currentRow() + step, list->count() - 1));
            return true;
        }
    }
    return CaseStepPage::eventFilter(watched, event);
}

void ReceptionPage::showArrival()
{
    const Case &c = context().theCase;
    if (c.arrivalAt.isValid()) {
        m_ui->arrivalValue->setText(DeskText::dateTime(c.arrivalAt));
        return;
    }
    //: the arrival time of a visitor whose case is not opened yet
    m_ui->arrivalValue->setText(tr("%1 (recorded when the case opens)")
                                    .arg(DeskText::dateTime(Clock::instance().nowUtc())));
}

void ReceptionPage::updateAnswerBox()
{
    const Case &c = context().theCase;
    const bool inquiry = purpose() == Purpose::Inquiry;
    m_ui->deskAnswerBox->setVisible(inquiry || !c.answerText.isEmpty());
    const bool canAnswer = inquiry && isEditable();
    m_ui->answerEdit->setEnabled(canAnswer);
    m_ui->answerButton->setEnabled(canAnswer);
    if (context().theCase.id == 0)
        m_ui->printTicketButton->setEnabled(channel() == Channel::Interview);
}

void ReceptionPage::focusFirstField()
{
    if (isEditable())
        m_ui->channelCombo->setFocus(Qt::TabFocusReason);
    else
        CaseStepPage::focusFirstField();
}

bool ReceptionPage::handleEnter(QWidget *focus)
{
    if (focus == m_ui->approvedAnswersList) {
        check(giveApprovedAnswer());
        return true;
    }
    if (focus == m_ui->inquiryEdit) {
        // Enter goes on with the form; the answers are given with Ctrl+G, so
        // that a service request never gives one by accident.
        if (QWidget *next = nextFieldAfter(m_ui->giveAnswerButton); next && next != focus)
            next->setFocus(Qt::TabFocusReason);
        else
            return false;
        return true;
    }
    if (focus != m_ui->answerEdit)
        return false;
    check(answerAtDesk());
    return true;
}

Status ReceptionPage::save()
{
    if (!isEditable())
        return Status::success();
    const Case &c = context().theCase;
    const QString text = m_ui->inquiryEdit->text().trimmed();
    if (c.id == 0) {
        const Result<Case> opened =
            services().desk.reception().openCase(channel(), purpose(), text);
        if (!opened)
            return opened.status();
        emit caseOpened(opened->id);
        return Status::success();
    }
    if (c.channel == channel() && c.purpose == purpose() && c.inquiryText == text)
        return Status::success();
    const Result<Case> updated =
        services().desk.reception().updateReception(c.id, channel(), purpose(), text);
    return updated.status();
}

Status ReceptionPage::printTicket()
{
    if (Status s = save(); !s)
        return s;
    if (context().theCase.queueNumber <= 0)
        return Status::failure(tr("Only walk-ins (interview) get a queue number to print."));
    return CasePrinting::printWithPreview(this, CaseDocument::Kind::QueueTicket, documentData());
}

Status ReceptionPage::answerAtDesk()
{
    if (m_ui->answerEdit->text().trimmed().isEmpty()) {
        m_ui->answerEdit->setFocus(Qt::OtherFocusReason);
        return Status::failure(tr("Write the answer given to the visitor first."));
    }
    const QString answer = m_ui->answerEdit->text();
    if (Status s = save(); !s)
        return s;
    const Result<Case> answered = services().desk.reception().answerInquiryAtDesk(caseId(), answer);
    if (!answered)
        return answered.status();
    emit caseChanged();
    return Status::success();
}

void ReceptionPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillChoices();
        load();
    }
    CaseStepPage::changeEvent(event);
}
