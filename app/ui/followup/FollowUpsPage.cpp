#include "ui/followup/FollowUpsPage.h"

#include "ui_FollowUpsPage.h"

#include "core/DeskText.h"
#include "services/FollowUpList.h"
#include "services/Session.h"
#include "ui/followup/FollowUpDoneDialog.h"
#include "ui/followup/FollowUpModel.h"
#include "ui/widgets/LineDirection.h"
#include "ui/widgets/Message.h"

#include <QEvent>
#include <QHeaderView>
#include <QRegularExpression>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTimer>

namespace {

const FollowUp::Kind kKinds[] = {FollowUp::Kind::DocumentExpiring, FollowUp::Kind::ApprovalPending,
                                 FollowUp::Kind::SurveyOwed, FollowUp::Kind::ReferralAnswer,
                                 FollowUp::Kind::DataRequestDue};

} // namespace

FollowUpsPage::FollowUpsPage(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::FollowUpsPage>()), m_db(db), m_session(session),
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
    Message::clear(m_ui->followUpMessage);
    m_ui->markDoneButton->setVisible(m_session.may(Action::EditCase) ||
                                     m_session.may(Action::HandleDataRequests));
    fillKinds();

    auto *doneKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_D), this);
    doneKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(doneKey, &QShortcut::activated, this, &FollowUpsPage::markCurrentDone);
    auto *refreshKey = new QShortcut(QKeySequence::Refresh, this);
    refreshKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshKey, &QShortcut::activated, this, &FollowUpsPage::refresh);

    connect(m_ui->refreshButton, &QPushButton::clicked, this, &FollowUpsPage::refresh);
    connect(m_ui->openButton, &QPushButton::clicked, this, &FollowUpsPage::openCurrent);
    connect(m_ui->markDoneButton, &QPushButton::clicked, this, &FollowUpsPage::markCurrentDone);
    connect(m_ui->followUpView, &QAbstractItemView::activated, this, &FollowUpsPage::openCurrent);
    connect(m_ui->kindCombo, qOverload<int>(&QComboBox::activated), this,
            &FollowUpsPage::onKindChosen);
    connect(m_ui->followUpView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FollowUpsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            &FollowUpsPage::rememberSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FollowUpsPage::restoreSelection);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &FollowUpsPage::updateSummary);

    m_refreshTimer->setInterval(refreshIntervalMs);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    m_refreshTimer->start();

    m_model->reload();
}

FollowUpsPage::~FollowUpsPage() = default;

void FollowUpsPage::fillKinds()
{
    const int chosen = qMax(0, m_ui->kindCombo->currentIndex());
    m_ui->kindCombo->clear();
    m_ui->kindCombo->addItem(tr("Everything due"), -1);
    for (FollowUp::Kind k : kKinds) {
        if (k == FollowUp::Kind::DataRequestDue && !m_session.may(Action::HandleDataRequests))
            continue;
        m_ui->kindCombo->addItem(FollowUpList::kindLabel(k), int(k));
    }
    m_ui->kindCombo->setCurrentIndex(chosen);
}

void FollowUpsPage::onKindChosen(int index)
{
    const int kind = m_ui->kindCombo->itemData(index).toInt();
    showKind(kind < 0 ? std::nullopt : std::optional<FollowUp::Kind>(FollowUp::Kind(kind)));
}

void FollowUpsPage::showKind(std::optional<FollowUp::Kind> kind)
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

std::optional<FollowUp> FollowUpsPage::currentItem() const
{
    const QModelIndex current = m_proxy->mapToSource(m_ui->followUpView->currentIndex());
    if (!current.isValid())
        return std::nullopt;
    return m_model->itemAt(current.row());
}

bool FollowUpsPage::selectItem(FollowUp::Kind kind, qint64 refId)
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

QString FollowUpsPage::message() const
{
    return m_ui->followUpMessage->text();
}

void FollowUpsPage::refresh()
{
    m_model->refresh();
}

void FollowUpsPage::rememberSelection()
{
    m_selected = currentItem();
    m_selectedRow = m_ui->followUpView->currentIndex().row();
}

void FollowUpsPage::restoreSelection()
{
    const bool kept = m_selected && selectItem(m_selected->kind, m_selected->refId);
    // The highlighted item was done: the next one takes its place.
    if (!kept && m_proxy->rowCount() > 0)
        m_ui->followUpView->setCurrentIndex(
            m_proxy->index(qBound(0, m_selectedRow, m_proxy->rowCount() - 1), 0));
    updateButtons();
    updateSummary();
}

void FollowUpsPage::updateButtons()
{
    const bool chosen = m_ui->followUpView->currentIndex().isValid();
    m_ui->openButton->setEnabled(chosen);
    const std::optional<FollowUp> item = currentItem();
    m_ui->markDoneButton->setEnabled(item &&
                                     m_session.may(item->kind == FollowUp::Kind::DataRequestDue
                                                       ? Action::HandleDataRequests
                                                       : Action::EditCase));
}

void FollowUpsPage::updateSummary()
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

bool FollowUpsPage::openCurrent()
{
    const std::optional<FollowUp> item = currentItem();
    if (!item)
        return false;
    switch (item->kind) {
    case FollowUp::Kind::DocumentExpiring:
    case FollowUp::Kind::DataRequestDue:
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

bool FollowUpsPage::markCurrentDone()
{
    const std::optional<FollowUp> item = currentItem();
    if (!item) {
        Message::show(m_ui->followUpMessage, tr("Choose the follow-up to mark done from the list."),
                      Message::Kind::Error);
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
        Message::show(m_ui->followUpMessage, done.error(), Message::Kind::Error);
        return false;
    }
    refresh();
    Message::show(
        m_ui->followUpMessage,
        DeskText::message(tr("Marked done: %1, %2."), {summary.kind, summary.beneficiary}),
        Message::Kind::Done);
    return true;
}

void FollowUpsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_shownOnce)
        refresh();
    m_shownOnce = true;
}

void FollowUpsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillKinds();
        m_model->refresh();
    }
    QWidget::changeEvent(event);
}
