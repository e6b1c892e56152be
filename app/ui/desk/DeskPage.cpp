#include "ui/desk/DeskPage.h"

#include "ui_DeskPage.h"

#include "core/DeskText.h"
#include "ui/desk/DeskModel.h"
#include "ui/widgets/ListUpkeep.h"

#include <QEvent>
#include <QHeaderView>
#include <QShortcut>

DeskPage::DeskPage(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::DeskPage>()),
      m_model(new DeskModel(db, session, this)),
      m_upkeep(new ListUpkeep(db, session, this, ListUpkeep::Reading::Always))
{
    m_ui->setupUi(this);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);

    m_ui->deskView->setModel(m_model);
    setFocusProxy(m_ui->deskView);
    // Every column as wide as what it shows (the rows on screen are
    // measured); the beneficiary's name takes the rest.
    QHeaderView *header = m_ui->deskView->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DeskModel::Beneficiary, QHeaderView::Stretch);

    auto *refreshKey = new QShortcut(QKeySequence::Refresh, this);
    refreshKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshKey, &QShortcut::activated, this, &DeskPage::refresh);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &DeskPage::refresh);
    connect(m_ui->scopeCombo, qOverload<int>(&QComboBox::activated), this,
            &DeskPage::onScopeChosen);
    connect(m_ui->deskView, &QAbstractItemView::activated, this, &DeskPage::onActivated);
    connect(m_model, &DeskModel::modelAboutToBeReset, this, &DeskPage::rememberHighlight);
    connect(m_model, &DeskModel::modelReset, this, &DeskPage::restoreHighlight);
    connect(m_model, &DeskModel::contentsUpdated, this, &DeskPage::showSummary);

    connect(m_upkeep, &ListUpkeep::readAgain, this, &DeskPage::refresh);
    connect(m_upkeep, &ListUpkeep::waitingTimesMoved, m_model, &DeskModel::updateWaitingTimes);

    m_model->reload();
}

DeskPage::~DeskPage() = default;

int DeskPage::scope() const
{
    return m_model->scope() == DeskModel::Scope::AllOpen ? 1 : 0;
}

void DeskPage::setScope(int scope)
{
    const int bounded = scope == 1 ? 1 : 0;
    m_ui->scopeCombo->setCurrentIndex(bounded);
    const DeskModel::Scope wanted =
        bounded == 1 ? DeskModel::Scope::AllOpen : DeskModel::Scope::Today;
    if (wanted != m_model->scope()) {
        m_model->setScope(wanted);
        emit scopeChanged(bounded);
    }
}

void DeskPage::onScopeChosen(int index)
{
    setScope(index);
}

qint64 DeskPage::highlightedCase() const
{
    const QModelIndex current = m_ui->deskView->currentIndex();
    return current.isValid() ? m_model->caseIdAt(current.row()) : 0;
}

void DeskPage::refresh()
{
    m_model->refresh();
}

void DeskPage::listenAgain()
{
    m_upkeep->listenAgain();
    refresh();
}

void DeskPage::onActivated(const QModelIndex &index)
{
    const qint64 id = m_model->caseIdAt(index.row());
    if (id != 0)
        emit caseActivated(id);
}

void DeskPage::rememberHighlight()
{
    m_highlighted = highlightedCase();
}

void DeskPage::restoreHighlight()
{
    const int row = m_highlighted != 0 ? m_model->rowOfCase(m_highlighted) : -1;
    if (row >= 0)
        m_ui->deskView->setCurrentIndex(m_model->index(row, 0));
    else if (m_model->rowCount() > 0)
        m_ui->deskView->setCurrentIndex(m_model->index(0, 0));
}

void DeskPage::showSummary()
{
    if (!m_model->lastError().isEmpty()) {
        m_ui->summaryLabel->setText(m_model->lastError());
        return;
    }
    const qint64 total = m_model->totalCount();
    const bool today = m_model->scope() == DeskModel::Scope::Today;
    QString text;
    if (total == 0)
        text = today ? tr("No open cases today.") : tr("No open cases.");
    else if (today)
        text = tr("%Ln open cases today, the first to arrive at the top.", "", int(total));
    else
        text = tr("%Ln open cases, the first to arrive at the top.", "", int(total));
    m_ui->summaryLabel->setText(text);
    if (!m_ui->deskView->currentIndex().isValid() && m_model->rowCount() > 0)
        m_ui->deskView->setCurrentIndex(m_model->index(0, 0));
}

void DeskPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_ui->deskView->currentIndex().isValid() && m_model->rowCount() > 0)
        m_ui->deskView->setCurrentIndex(m_model->index(0, 0));
}

void DeskPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        const int scope = m_ui->scopeCombo->currentIndex();
        m_ui->retranslateUi(this);
        m_ui->scopeCombo->setCurrentIndex(scope);
        m_model->retranslate();
        showSummary();
    }
    QWidget::changeEvent(event);
}
