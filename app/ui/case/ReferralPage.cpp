#include "ui/case/ReferralPage.h"

#include "ui_ReferralPage.h"

#include "core/Clock.h"
#include "core/DeskText.h"
#include "core/Workflow.h"

#include <QEvent>

ReferralPage::ReferralPage(CaseServices &services, QWidget *parent)
    : CaseStepPage(Step::Referral, services, parent), m_ui(std::make_unique<Ui::ReferralPage>())
{
    m_ui->setupUi(this);
    // A QTextEdit, not a QPlainTextEdit: the latter keeps Arabic on the left.
    m_ui->questionEdit->setTabChangesFocus(true);
    connect(m_ui->sendButton, &QPushButton::clicked, this, &CaseStepPage::finished);
}

ReferralPage::~ReferralPage() = default;

void ReferralPage::load()
{
    const CaseContext &ctx = context();
    const Case &c = ctx.theCase;
    m_ui->officerAnswerBox->hide();
    if (m_drafting) {
        m_ui->questionEdit->setReadOnly(false);
        m_ui->questionEdit->clear();
        m_ui->sendButton->setVisible(true);
        m_ui->sendButton->setEnabled(isEditable());
        m_ui->referralStatusLabel->setText(
            tr("Write the question for the program officer (Ctrl+Enter: %1). The case then "
               "waits in the officer's queue until the answer comes.")
                .arg(nextKeyMeaning()));
        showHistory();
        return;
    }
    m_ui->sendButton->setVisible(false);
    m_ui->questionEdit->setReadOnly(true);
    if (ctx.referrals.isEmpty()) {
        m_ui->questionEdit->clear();
        m_ui->referralStatusLabel->setText(tr("This case has not been referred."));
        showHistory();
        return;
    }
    const Referral &r = ctx.referrals.last();
    m_ui->questionEdit->setPlainText(r.question);
    if (!r.isAnswered()) {
        const qint64 waited = r.referredAt.secsTo(Clock::instance().nowUtc());
        m_ui->referralStatusLabel->setText(
            DeskText::message(tr("Waiting for the program officer since %1 (%2). Press F5 to see "
                                 "whether the answer has come."),
                              {DeskText::dateTime(r.referredAt), DeskText::duration(waited)}));
    } else {
        m_ui->officerAnswerBox->show();
        m_ui->answerValue->setText(r.answer);
        m_ui->answeredByValue->setText(
            DeskText::message(tr("Answered by %1, %2."),
                              {staffName(r.answeredBy), DeskText::dateTime(r.answeredAt)}));
        const bool toPickUp = c.step == Step::Referral && c.status == CaseStatus::Open;
        m_ui->referralStatusLabel->setText(
            toPickUp ? tr("The program officer has answered: Ctrl+Enter takes the case back to %1.")
                           .arg(Domain::label(Workflow::nextStep(ctx)))
                     : tr("The program officer's answer was picked up."));
    }
    showHistory();
}

void ReferralPage::showHistory()
{
    const QVector<Referral> &all = context().referrals;
    const int earlier = m_drafting ? all.size() : all.size() - 1;
    if (earlier <= 0) {
        m_ui->historyLabel->hide();
        return;
    }
    QString html = QStringLiteral("<b>%1</b><ul>").arg(tr("Earlier referrals of this case:"));
    for (int i = 0; i < earlier; ++i) {
        const Referral &r = all.at(i);
        html += QStringLiteral("<li>%1<br/>%2</li>")
                    .arg(r.question.toHtmlEscaped(),
                         r.isAnswered()
                             ? DeskText::message(tr("Answer: %1"), {r.answer}).toHtmlEscaped()
                             : tr("Not answered.").toHtmlEscaped());
    }
    html += QStringLiteral("</ul>");
    m_ui->historyLabel->setText(html);
    m_ui->historyLabel->show();
}

QString ReferralPage::nextKeyMeaning() const
{
    if (m_drafting && isEditable())
        return tr("send the question");
    return CaseStepPage::nextKeyMeaning();
}

void ReferralPage::focusFirstField()
{
    if (m_drafting)
        m_ui->questionEdit->setFocus(Qt::TabFocusReason);
    else
        CaseStepPage::focusFirstField();
}

Status ReferralPage::save()
{
    if (!m_drafting || !isEditable())
        return Status::success();
    const QString question = m_ui->questionEdit->toPlainText().trimmed();
    if (question.isEmpty())
        return Status::success(); // nothing written: the referral is not made
    const Result<Referral> sent = services().desk.refer(caseId(), question);
    if (!sent)
        return sent.status();
    m_drafting = false;
    return Status::success();
}

void ReferralPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (caseId() != 0)
            load();
    }
    CaseStepPage::changeEvent(event);
}
