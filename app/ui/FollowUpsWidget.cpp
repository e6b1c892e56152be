#include "ui/FollowUpsWidget.h"

#include "ui_FollowUpsWidget.h"

#include "services/FollowUpList.h"
#include "services/Session.h"
#include "ui/DeskText.h"
#include "ui/FollowUpDoneDialog.h"
#include "ui/FollowUpModel.h"
#include "ui/LineDirection.h"
#include "ui/StatusMessage.h"

#include <QEvent>
#include <QHeaderView>
#include <QRegularExpression>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTimer>

namespace {

const FollowUp::Kind kKinds[] = {FollowUp::Kind::DocumentExpiring, FollowUp::Kind::ApprovalPending,
                                 FollowUp::Kind::SurveyOwed, FollowUp::Kind::ReferralAnswer};

} // namespace

FollowUpsWidget::FollowUpsWidget(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::FollowUpsWidget>()), m_db(db), m_session(session),
      m_model(new FollowUpModel(db, session, this)), m_proxy(new QSortFilterProxyModel(this)),
      m_refreshTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(FollowUpModel::RawRole);
    m_proxy->setFilterKeyColumn(FollowUpModel::Kind);
    m_ui->followUpView->setModel(m_proxy);
    QHeaderView *header = m_ui->followUpView->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FollowUpModel::Subject, QHeaderView::Stretch);
    setFocusProxy(m_ui->followUpView);
    StatusMessage::clear(m_ui->followUpMessage);
    m_ui->markDoneButton->setVisible(m_session.may(Action::EditCase));
    fillKinds();

    auto *doneKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_D), this);
    doneKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(doneKey, &QShortcut::activated, this, &FollowUpsWidget::markCurrentDone);
    auto *refreshKey = new QShortcut(QKeySequence::Refresh, this);
    refreshKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshKey, &QShortcut::activated, this, &FollowUpsWidget::refresh);

    connect(m_ui->refreshButton, &QPushButton::clicked, this, &FollowUpsWidget::refresh);
    connect(m_ui->openButton, &QPushButton::clicked, this, &FollowUpsWidget::openCurrent);
    connect(m_ui->markDoneButton, &QPushButton::clicked, this, &FollowUpsWidget::markCurrentDone);
    connect(m_ui->followUpView, &QAbstractItemView::activated, this, &FollowUpsWidget::openCurrent);
    connect(m_ui->kindCombo, qOverload<int>(&QComboBox::activated), this,
            &FollowUpsWidget::onKindChosen);
    connect(m_ui->followUpView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FollowUpsWidget::updateButtons);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            &FollowUpsWidget::rememberSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FollowUpsWidget::restoreSelection);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &FollowUpsWidget::updateSummary);

    m_refreshTimer->setInterval(refreshIntervalMs);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    m_refreshTimer->start();

    m_model->reload();
}

FollowUpsWidget::~FollowUpsWidget() = default;

void FollowUpsWidget::fillKinds()
{
    const int chosen = qMax(0, m_ui->kindCombo->currentIndex());
    m_ui->kindCombo->clear();
    m_ui->kindCombo->addItem(tr("Everything due"), -1);
    for (FollowUp::Kind k : kKinds)
        m_ui->kindCombo->addItem(FollowUpList::kindLabel(k), int(k));
    m_ui->kindCombo->setCurrentIndex(chosen);
}

void FollowUpsWidget::onKindChosen(int index)
{
    const int kind = m_ui->kindCombo->itemData(index).toInt();
    showKind(kind < 0 ? std::nullopt : std::optional<FollowUp::Kind>(FollowUp::Kind(kind)));
}

void FollowUpsWidget::showKind(std::optional<FollowUp::Kind> kind)
{
    const int index = kind ? m_ui->kindCombo->findData(int(*kind)) : 0;
    m_ui->kindCombo->setCurrentIndex(qMax(0, index));
    m_proxy->setFilterRegularExpression(
        kind ? QRegularExpression(QStringLiteral("^%1$").arg(int(*kind))) : QRegularExpression());
    if (!m_ui->followUpView->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_ui->followUpView->setCurrentIndex(m_proxy->index(0, 0));
    updateButtons();
    updateSummary();
}

std::optional<FollowUp> FollowUpsWidget::currentItem() const
{
    const QModelIndex current = m_proxy->mapToSource(m_ui->followUpView->currentIndex());
    if (!current.isValid())
        return std::nullopt;
    return m_model->itemAt(current.row());
}

bool FollowUpsWidget::selectItem(FollowUp::Kind kind, qint64 refId)
{
    const int row = m_model->rowOf(kind, refId);
    if (row < 0)
        return false;
    const QModelIndex shown = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!shown.isValid())
        return false;
    m_ui->followUpView->setCurrentIndex(shown);
    return true;
}

QString FollowUpsWidget::message() const
{
    return m_ui->followUpMessage->text();
}

void FollowUpsWidget::refresh()
{
    m_model->refresh();
}

void FollowUpsWidget::rememberSelection()
{
    m_selected = currentItem();
    m_selectedRow = m_ui->followUpView->currentIndex().row();
}

void FollowUpsWidget::restoreSelection()
{
    const bool kept = m_selected && selectItem(m_selected->kind, m_selected->refId);
    // The highlighted item was done: the next one takes its place.
    if (!kept && m_proxy->rowCount() > 0)
        m_ui->followUpView->setCurrentIndex(
            m_proxy->index(qBound(0, m_selectedRow, m_proxy->rowCount() - 1), 0));
    updateButtons();
    updateSummary();
}

void FollowUpsWidget::updateButtons()
{
    const bool chosen = m_ui->followUpView->currentIndex().isValid();
    m_ui->openButton->setEnabled(chosen);
    m_ui->markDoneButton->setEnabled(chosen);
}

void FollowUpsWidget::updateSummary()
{
    if (!m_model->lastError().isEmpty()) {
        m_ui->summaryLabel->setText(m_model->lastError());
        return;
    }
    const int total = m_model->totalCount();
    const int overdue = m_model->overdueCount();
    const QString today = DeskText::date(m_model->today());
    if (total == 0)
        m_ui->summaryLabel->setText(tr("Nothing is due. Today is %1.").arg(today));
    else if (overdue == 0)
        m_ui->summaryLabel->setText(
            tr("%Ln follow-up(s) due, the earliest first. Today is %1.", "", total).arg(today));
    else
        m_ui->summaryLabel->setText(
            tr("%Ln follow-up(s) due, the earliest first; %1 overdue, marked in red. Today is %2.",
               "", total)
                .arg(DeskText::number(overdue), today));
}

bool FollowUpsWidget::openCurrent()
{
    const std::optional<FollowUp> item = currentItem();
    if (!item)
        return false;
    switch (item->kind) {
    case FollowUp::Kind::DocumentExpiring:
        if (item->beneficiaryId == 0)
            return false;
        emit beneficiaryRequested(item->beneficiaryId);
        return true;
    case FollowUp::Kind::ApprovalPending:
        if (m_session.may(Action::ApproveDelivery)) {
            emit approvalRequested(item->refId);
            return true;
        }
        break;
    case FollowUp::Kind::SurveyOwed:
    case FollowUp::Kind::ReferralAnswer:
        break;
    }
    if (item->caseId == 0)
        return false;
    emit caseRequested(item->caseId);
    return true;
}

bool FollowUpsWidget::markCurrentDone()
{
    const std::optional<FollowUp> item = currentItem();
    if (!item) {
        StatusMessage::showError(m_ui->followUpMessage,
                                 tr("Choose the follow-up to mark done from the list."));
        return false;
    }
    FollowUpDoneDialog::Summary summary;
    summary.kind = FollowUpList::kindLabel(item->kind);
    summary.beneficiary = item->beneficiaryName.isEmpty()
                              ? FollowUpModel::tr("Not identified")
                              : DeskText::isolate(item->beneficiaryName);
    if (!item->phone.isEmpty())
        summary.beneficiary += tr(", ") + DeskText::leftToRight(DeskText::phone(item->phone));
    summary.beneficiary = LineDirection::ofInterface(summary.beneficiary);
    summary.subject = m_model->subjectText(*item);
    summary.due = DeskText::date(item->due) + tr(", ") + m_model->standingText(*item);
    const std::optional<QString> note = FollowUpDoneDialog::ask(this, summary);
    if (!note)
        return false;
    const Status done = FollowUpList(m_db, m_session).markDone(*item, *note);
    if (!done) {
        StatusMessage::showError(m_ui->followUpMessage, done.error());
        return false;
    }
    refresh();
    StatusMessage::showDone(m_ui->followUpMessage,
                            tr("Marked done: %1, %2.").arg(summary.kind, summary.beneficiary));
    return true;
}

void FollowUpsWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_shownOnce)
        refresh();
    m_shownOnce = true;
}

void FollowUpsWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillKinds();
        m_model->refresh();
    }
    QWidget::changeEvent(event);
}
