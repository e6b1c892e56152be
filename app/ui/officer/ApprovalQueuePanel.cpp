#include "ui/officer/ApprovalQueuePanel.h"

#include "ui_ApprovalQueuePanel.h"

#include "core/DeskText.h"
#include "services/OfficerDesk.h"
#include "services/Session.h"
#include "services/StaffDirectory.h"
#include "ui/officer/ApprovalQueueModel.h"
#include "ui/widgets/HighlightKeeper.h"
#include "ui/widgets/LineDirection.h"
#include "ui/widgets/Message.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>

ApprovalQueuePanel::ApprovalQueuePanel(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ApprovalQueuePanel>()), m_db(db),
      m_session(session), m_model(new ApprovalQueueModel(db, session, this))
{
    m_ui->setupUi(this);
    m_ui->approvalView->setModel(m_model);
    m_highlight = std::make_unique<HighlightKeeper>(
        m_ui->approvalView, [this](int row) { return m_model->itemAt(row).delivery.id; },
        [this](qint64 id) { return m_model->rowOfDelivery(id); });
    QHeaderView *header = m_ui->approvalView->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ApprovalQueueModel::Notes, QHeaderView::Stretch);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({240, 300}); // in proportion, once laid out
    // The details read as part of the box, not as a panel of their own.
    m_ui->detailsScroll->viewport()->setAutoFillBackground(false);
    m_ui->detailsContents->setAutoFillBackground(false);
    setFocusProxy(m_ui->approvalView);
    Message::clear(m_ui->approvalMessage);
    m_ui->approveButton->setVisible(m_session.may(Action::ApproveDelivery));

    connect(m_ui->approveButton, &QPushButton::clicked, this, &ApprovalQueuePanel::approve);
    connect(m_ui->openCaseButton, &QPushButton::clicked, this,
            &ApprovalQueuePanel::openCurrentCase);
    connect(m_ui->approvalView, &QAbstractItemView::activated, this,
            &ApprovalQueuePanel::openCurrentCase);
    connect(m_ui->approvalView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ApprovalQueuePanel::showDetails);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            &ApprovalQueuePanel::rememberSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ApprovalQueuePanel::restoreSelection);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ApprovalQueuePanel::updateSummary);

    m_model->reload();
}

ApprovalQueuePanel::~ApprovalQueuePanel() = default;

qint64 ApprovalQueuePanel::currentDeliveryId() const
{
    const QModelIndex current = m_ui->approvalView->currentIndex();
    return current.isValid() ? m_model->itemAt(current.row()).delivery.id : 0;
}

bool ApprovalQueuePanel::selectDelivery(qint64 deliveryId)
{
    const int row = m_model->rowOfDelivery(deliveryId);
    if (row < 0)
        return false;
    m_ui->approvalView->setCurrentIndex(m_model->index(row, 0));
    return true;
}

QString ApprovalQueuePanel::message() const
{
    return m_ui->approvalMessage->text();
}

void ApprovalQueuePanel::refresh()
{
    m_model->refresh();
}

void ApprovalQueuePanel::updateWaitingTimes()
{
    m_model->updateWaitingTimes();
}

void ApprovalQueuePanel::rememberSelection()
{
    m_highlight->remember();
}

void ApprovalQueuePanel::restoreSelection()
{
    if (!m_highlight->restore())
        showDetails();
    updateSummary();
}

void ApprovalQueuePanel::showDetails()
{
    const QModelIndex current = m_ui->approvalView->currentIndex();
    const bool chosen = current.isValid();
    m_ui->approveButton->setEnabled(chosen);
    m_ui->openCaseButton->setEnabled(chosen);
    if (!chosen) {
        for (QLabel *l :
             {m_ui->beneficiaryValue, m_ui->serviceValue, m_ui->recordedValue, m_ui->notesValue})
            l->clear();
        return;
    }
    const ApprovalQueueItem &item = m_model->itemAt(current.row());
    const Delivery &d = item.delivery;
    m_ui->beneficiaryValue->setText(item.beneficiaryName);
    QStringList what{DeskText::isolate(item.serviceName)};
    if (d.quantity > 0)
        what << tr("quantity %1").arg(QLocale().toString(d.quantity, 'g', 6));
    if (d.amount > 0)
        what << DeskText::riyals(d.amount);
    m_ui->serviceValue->setText(LineDirection::ofInterface(what.join(tr(", "))));
    QString by;
    if (d.deliveredBy != 0) {
        const auto name = StaffDirectory(m_db, m_session).name(d.deliveredBy);
        if (name)
            by = DeskText::isolate(*name);
    }
    const QString when = DeskText::dateTime(d.deliveredAt);
    m_ui->recordedValue->setText(
        LineDirection::ofInterface(by.isEmpty() ? when : tr("%1 by %2").arg(when, by)));
    m_ui->notesValue->setText(d.notes.trimmed().isEmpty() ? tr("None") : d.notes);
}

void ApprovalQueuePanel::updateSummary()
{
    const int n = m_model->rowCount();
    if (!m_model->lastError().isEmpty())
        m_ui->summaryLabel->setText(m_model->lastError());
    else if (n == 0)
        m_ui->summaryLabel->setText(tr("No delivery is waiting for approval."));
    else
        m_ui->summaryLabel->setText(
            tr("%Ln delivery(ies) waiting for your approval, the oldest at the top.", "", n));
    emit countChanged(n, m_model->hasMore());
}

bool ApprovalQueuePanel::approve()
{
    const QModelIndex current = m_ui->approvalView->currentIndex();
    if (!current.isValid()) {
        Message::show(m_ui->approvalMessage, tr("Choose the delivery to approve from the list."),
                      Message::Kind::Error);
        return false;
    }
    const ApprovalQueueItem item = m_model->itemAt(current.row());
    OfficerDesk desk(m_db, m_session);
    const auto approved = desk.approveDelivery(item.delivery.id);
    if (!approved) {
        Message::show(m_ui->approvalMessage, approved.error(), Message::Kind::Error);
        return false;
    }
    refresh();
    Message::show(
        m_ui->approvalMessage,
        tr("Approved: %1 for %2; the desk can now take the survey.")
            .arg(DeskText::isolate(item.serviceName), DeskText::isolate(item.beneficiaryName)),
        Message::Kind::Done);
    emit changed();
    return true;
}

void ApprovalQueuePanel::openCurrentCase()
{
    const QModelIndex current = m_ui->approvalView->currentIndex();
    if (current.isValid())
        emit caseRequested(m_model->itemAt(current.row()).theCase.id);
}

void ApprovalQueuePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_model->refresh();
    }
    QWidget::changeEvent(event);
}
