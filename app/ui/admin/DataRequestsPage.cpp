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
    showPersonFilter();
    showIntro();
    setFocusProxy(m_ui->requestView);

    connect(m_ui->stateCombo, qOverload<int>(&QComboBox::activated), this,
            &DataRequestsPage::refresh);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &DataRequestsPage::refresh);
    connect(m_ui->personOnlyButton, &QPushButton::clicked, this, [this] {
        if (const auto item = m_model->requestAt(m_ui->requestView->currentIndex().row()))
            showPerson(item->request.beneficiaryId, item->beneficiaryName);
    });
    connect(m_ui->everyoneButton, &QPushButton::clicked, this, &DataRequestsPage::showEveryone);
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

void DataRequestsPage::showIntro()
{
    // The days in the window's own digits.
    m_ui->requestsIntroLabel->setText(
        tr("A copy, a correction, destruction, a restriction or the withdrawal of consent: each "
           "is answered within %1 days of its receipt and closed with what was done.")
            .arg(DeskText::number(DataRequest::answerDays)));
}

void DataRequestsPage::showAll(bool all)
{
    m_ui->stateCombo->setCurrentIndex(all ? 1 : 0);
    refresh();
}

void DataRequestsPage::showPerson(qint64 beneficiaryId, const QString &name)
{
    m_personId = beneficiaryId;
    m_personName = name;
    // Theirs, answered or not: what was asked before matters to the next one.
    m_ui->stateCombo->setCurrentIndex(1);
    showPersonFilter();
    refresh();
}

void DataRequestsPage::showEveryone()
{
    m_personId = 0;
    m_personName.clear();
    showPersonFilter();
    refresh();
}

QString DataRequestsPage::personLabel() const
{
    return m_personName.isEmpty() ? tr("record number %1").arg(DeskText::number(m_personId))
                                  : DeskText::isolate(m_personName);
}

void DataRequestsPage::showPersonFilter()
{
    const bool one = m_personId != 0;
    m_ui->personFilterLabel->setVisible(one);
    m_ui->everyoneButton->setVisible(one);
    m_ui->personOnlyButton->setVisible(!one);
    if (one)
        m_ui->personFilterLabel->setText(tr("Only the requests of %1").arg(personLabel()));
}

void DataRequestsPage::refresh()
{
    DataRequestQuery query;
    query.state = DataRequestQuery::State(m_ui->stateCombo->currentData().toInt());
    query.beneficiaryId = m_personId;
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
    m_ui->personOnlyButton->setEnabled(item.has_value());
}

DataRequestDialog *DataRequestsPage::newRequest()
{
    auto *dialog = new DataRequestDialog(m_db, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_personId != 0)
        dialog->setPerson(m_personId, m_personName);
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
        showPersonFilter();
        showIntro();
        refresh();
    }
    QWidget::changeEvent(event);
}
