#include "ui/case/DeliveryPage.h"

#include "ui_DeliveryPage.h"

#include "core/Clock.h"
#include "core/DeskText.h"
#include "core/StepRequirements.h"
#include "services/Session.h"
#include "ui/widgets/BidiText.h"

#include <QEvent>
#include <QLocale>

#include <cmath>

DeliveryPage::DeliveryPage(CaseServices &services, QWidget *parent)
    : CaseStepPage(Step::Delivery, services, parent), m_ui(std::make_unique<Ui::DeliveryPage>())
{
    m_ui->setupUi(this);
    m_ui->quantityEdit->setDecimals(2);
    m_ui->quantityEdit->setRange(0, 100000);
    m_ui->amountEdit->setDecimals(2);
    m_ui->amountEdit->setRange(0, 10000000);
    QFont bold = m_ui->approvalLabel->font();
    bold.setBold(true);
    m_ui->approvalLabel->setFont(bold);
}

DeliveryPage::~DeliveryPage() = default;

void DeliveryPage::load()
{
    const CaseContext &ctx = context();
    if (ctx.service) {
        const Service &s = *ctx.service;
        m_ui->serviceValue->setText(s.displayName());
    } else {
        m_ui->serviceValue->setText(tr("No service chosen (an inquiry, a suggestion or a "
                                       "complaint): record what was done in the notes."));
    }
    const QVector<Delivery> recorded = StepRequirements::deliveriesForService(ctx);
    const bool canRecord = isEditable() && recorded.isEmpty();
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->quantityEdit), static_cast<QWidget *>(m_ui->amountEdit),
          static_cast<QWidget *>(m_ui->notesEdit)})
        w->setEnabled(canRecord);
    m_ui->quantityEdit->clear();
    m_ui->amountEdit->clear();
    m_ui->notesEdit->clear();
    m_ui->deliveredByValue->setText(services().session.user().displayName);
    m_ui->deliveredAtValue->setText(DeskText::message(
        tr("%1 (when recorded)"), {DeskText::dateTime(Clock::instance().nowUtc())}));
    m_ui->entryBox->setVisible(canRecord);
    showDeliveries();
}

void DeliveryPage::showDeliveries()
{
    const CaseContext &ctx = context();
    const QVector<Delivery> recorded = StepRequirements::deliveriesForService(ctx);
    const bool needsApproval = ctx.service && ctx.service->needsApproval;
    if (recorded.isEmpty()) {
        m_ui->deliveriesLabel->setText(tr("Nothing has been delivered on this case yet."));
        m_ui->approvalLabel->setText(
            needsApproval ? tr("This service is delivered after the program officer's approval: "
                               "once recorded, it waits for it.")
                          : QString());
        m_ui->approvalLabel->setVisible(needsApproval);
        return;
    }
    QString html = QStringLiteral("<ul>");
    bool waiting = false;
    for (const Delivery &d : recorded) {
        QStringList what;
        if (d.quantity > 0)
            what << DeskText::message(tr("quantity %1"), {QLocale().toString(d.quantity, 'g', 6)});
        if (d.amount > 0)
            what << DeskText::riyals(d.amount);
        if (!d.notes.isEmpty())
            what << d.notes;
        QString state;
        if (StepRequirements::isAwaitingApproval(d)) {
            state = tr("awaiting the program officer's approval");
            waiting = true;
        } else if (d.approvedAt.isValid()) {
            state = DeskText::message(tr("approved by %1, %2"),
                                      {staffName(d.approvedBy), DeskText::dateTime(d.approvedAt)});
        } else {
            state = tr("delivered");
        }
        html += QStringLiteral("<li>%1</li>")
                    .arg(DeskText::message(tr("%1 by %2: %3 (%4)"),
                                           {DeskText::dateTime(d.deliveredAt),
                                            staffName(d.deliveredBy), what.join(tr(", ")), state})
                             .toHtmlEscaped());
        html = BidiText::keepNumbersTogether(html);
    }
    html += QStringLiteral("</ul>");
    m_ui->deliveriesLabel->setText(html);
    m_ui->approvalLabel->setVisible(waiting);
    m_ui->approvalLabel->setText(
        tr("Awaiting approval: the program officer has it on the follow-up list. Press F5 to "
           "see whether it was approved."));
}

bool DeliveryPage::hasInput() const
{
    return !NumberEdit::normalised(m_ui->quantityEdit->text()).isEmpty() ||
           !NumberEdit::normalised(m_ui->amountEdit->text()).isEmpty() ||
           !m_ui->notesEdit->text().trimmed().isEmpty();
}

void DeliveryPage::focusFirstField()
{
    if (m_ui->quantityEdit->isEnabled())
        m_ui->quantityEdit->setFocus(Qt::TabFocusReason);
    else
        CaseStepPage::focusFirstField();
}

Status DeliveryPage::save()
{
    if (!isEditable() || !hasInput())
        return Status::success();
    if (!m_ui->quantityEdit->isAcceptable())
        return Status::failure(tr("The quantity is a number, such as 1 or 2.5."));
    if (!m_ui->amountEdit->isAcceptable())
        return Status::failure(tr("The amount is in riyals, such as 500 or 250.50."));
    const double quantity = m_ui->quantityEdit->value().value_or(0);
    const qint64 halalas = std::llround(m_ui->amountEdit->value().value_or(0) * 100);
    const Result<Delivery> recorded = services().desk.delivery().recordDelivery(
        caseId(), quantity, halalas, m_ui->notesEdit->text());
    if (!recorded)
        return recorded.status();
    m_ui->quantityEdit->clear();
    m_ui->amountEdit->clear();
    m_ui->notesEdit->clear();
    return Status::success();
}

void DeliveryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (caseId() != 0)
            load();
    }
    CaseStepPage::changeEvent(event);
}
