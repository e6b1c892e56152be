#include "ui/admin/DataRequestsPage.h"

#include "ui_DataRequestsPage.h"

#include "core/Clock.h"
#include "core/DeskText.h"
#include "services/DataRequestDesk.h"
#include "ui/admin/DataRequestCloseDialog.h"
#include "ui/admin/DataRequestDialog.h"
#include "ui/admin/DataRequestModel.h"
#include "ui/widgets/Message.h"

#include <QEvent>
#include <QHeaderView>

DataRequestsPage::DataRequestsPage(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::DataRequestsPage>()), m_db(db), m_session(session),
      m_model(new DataRequestModel(this))
{
    m_ui->setupUi(this);
    QFont title = m_ui->requestsTitleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_ui->requestsTitleLabel->setFont(title);
    m_ui->requestView->setModel(m_model);
    QHeaderView *header = m_ui->requestView->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    Message::clear(m_ui->requestMessage);
    fillStates();
    setFocusProxy(m_ui->requestView);

    connect(m_ui->stateCombo, qOverload<int>(&QComboBox::activated), this,
            &DataRequestsPage::refresh);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &DataRequestsPage::refresh);
    connect(m_ui->newRequestButton, &QPushButton::clicked, this, &DataRequestsPage::newRequest);
    connect(m_ui->closeRequestButton, &QPushButton::clicked, this, &DataRequestsPage::closeCurrent);
    connect(m_ui->requestView, &QAbstractItemView::activated, this,
            &DataRequestsPage::closeCurrent);
    connect(m_ui->requestView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DataRequestsPage::updateButtons);
    refresh();
}

DataRequestsPage::~DataRequestsPage() = default;

void DataRequestsPage::fillStates()
{
    const int chosen = qMax(0, m_ui->stateCombo->currentIndex());
    m_ui->stateCombo->clear();
    m_ui->stateCombo->addItem(tr("Open requests"), int(DataRequestQuery::State::Open));
    m_ui->stateCombo->addItem(tr("All requests"), int(DataRequestQuery::State::All));
    m_ui->stateCombo->setCurrentIndex(chosen);
}

void DataRequestsPage::showAll(bool all)
{
    m_ui->stateCombo->setCurrentIndex(all ? 1 : 0);
    refresh();
}

void DataRequestsPage::refresh()
{
    DataRequestQuery query;
    query.state = DataRequestQuery::State(m_ui->stateCombo->currentData().toInt());
    query.limit = 500;
    const QDate today = Clock::instance().today();
    const auto listed = DataRequestDesk(m_db, m_session).list(query);
    if (!listed) {
        m_model->setRequests({}, today);
        Message::show(m_ui->requestMessage, listed.error(), Message::Kind::Error);
        updateButtons();
        return;
    }
    m_model->setRequests(*listed, today);
    const int overdue = m_model->overdueCount();
    m_ui->summaryLabel->setText(
        tr("%Ln request(s) shown; %1 overdue, in red. Today is %2.", "", int(listed->size()))
            .arg(DeskText::number(overdue), DeskText::date(today)));
    updateButtons();
}

void DataRequestsPage::updateButtons()
{
    const auto item = m_model->requestAt(m_ui->requestView->currentIndex().row());
    m_ui->closeRequestButton->setEnabled(item && item->request.isOpen());
}

DataRequestDialog *DataRequestsPage::newRequest()
{
    auto *dialog = new DataRequestDialog(m_db, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DataRequestDialog::recorded, this, [this](const DataRequest &r) {
        refresh();
        Message::show(m_ui->requestMessage,
                      tr("Recorded: %1, to be answered by %2.")
                          .arg(DataRequestKinds::label(r.kind), DeskText::date(r.dueOn)),
                      Message::Kind::Done);
    });
    dialog->open();
    return dialog;
}

DataRequestCloseDialog *DataRequestsPage::closeCurrent()
{
    const auto item = m_model->requestAt(m_ui->requestView->currentIndex().row());
    if (!item || !item->request.isOpen()) {
        Message::show(m_ui->requestMessage, tr("Choose an open request from the list."),
                      Message::Kind::Error);
        return nullptr;
    }
    auto *dialog = new DataRequestCloseDialog(m_db, m_session, *item, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DataRequestCloseDialog::closedRequest, this, [this](const DataRequest &r) {
        refresh();
        Message::show(m_ui->requestMessage, tr("Closed: %1.").arg(DataRequestKinds::label(r.kind)),
                      Message::Kind::Done);
    });
    dialog->open();
    return dialog;
}

void DataRequestsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void DataRequestsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillStates();
        refresh();
    }
    QWidget::changeEvent(event);
}
