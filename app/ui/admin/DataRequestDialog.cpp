#include "ui/admin/DataRequestDialog.h"

#include "ui_DataRequestDialog.h"

#include "core/Clock.h"
#include "core/DeskText.h"
#include "services/DataRequestDesk.h"
#include "ui/beneficiary/BeneficiaryMatchModel.h"
#include "ui/beneficiary/BeneficiarySearchPanel.h"
#include "ui/widgets/Message.h"
#include "ui/widgets/PlainTextAlignment.h"

#include <QEvent>
#include <QPushButton>

DataRequestDialog::DataRequestDialog(Database &db, const Session &session, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::DataRequestDialog>()), m_db(db), m_session(session)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("dataRequestDialog"));
    m_search = new BeneficiarySearchPanel(db, session, m_ui->searchHolder);
    m_search->setObjectName(QStringLiteral("requestSearchPanel"));
    m_ui->searchLayout->addWidget(m_search);
    fillChoices();
    PlainTextAlignment::follow(m_ui->detailsEdit);
    m_ui->receivedDateEdit->setRule([](const QDate &day) -> Status {
        if (day > Clock::instance().today())
            return Status::failure(tr("The request cannot have been received after today."));
        return Status::success();
    });
    m_ui->receivedDateEdit->setDate(Clock::instance().today());
    Message::clear(m_ui->dialogMessage);
    m_ui->personValue->setText(tr("No one chosen yet"));
    showDue();

    connect(m_search, &BeneficiarySearchPanel::beneficiaryChosen, this,
            &DataRequestDialog::choosePerson);
    connect(m_ui->receivedDateEdit, &DualDateEdit::dateChanged, this, &DataRequestDialog::showDue);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &DataRequestDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_search->focusSearch();
}

DataRequestDialog::~DataRequestDialog() = default;

void DataRequestDialog::fillChoices()
{
    const int kind = qMax(0, m_ui->kindCombo->currentIndex());
    const int channel = qMax(0, m_ui->channelCombo->currentIndex());
    m_ui->kindCombo->clear();
    for (DataRequest::Kind k : DataRequestKinds::all())
        m_ui->kindCombo->addItem(DataRequestKinds::label(k), int(k));
    m_ui->channelCombo->clear();
    for (Channel c : Domain::channels())
        m_ui->channelCombo->addItem(Domain::label(c), int(c));
    m_ui->kindCombo->setCurrentIndex(kind);
    m_ui->channelCombo->setCurrentIndex(channel);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
}

void DataRequestDialog::choosePerson(qint64 beneficiaryId)
{
    QString name;
    for (const BeneficiaryMatch &m : m_search->results()->matches()) {
        if (m.id == beneficiaryId)
            name = m.fullName;
    }
    setPerson(beneficiaryId, name);
}

void DataRequestDialog::setPerson(qint64 beneficiaryId, const QString &name)
{
    m_beneficiaryId = beneficiaryId;
    m_personName = name;
    m_ui->personValue->setText(m_personName.isEmpty()
                                   ? tr("Record number %1").arg(DeskText::number(beneficiaryId))
                                   : DeskText::isolate(m_personName));
    m_ui->kindCombo->setFocus();
}

void DataRequestDialog::showDue()
{
    const QDate received = m_ui->receivedDateEdit->date();
    m_ui->dueValue->setText(received.isValid() ? DeskText::date(DataRequest::dueFor(received))
                                               : QString());
}

bool DataRequestDialog::save()
{
    DataRequest r;
    r.beneficiaryId = m_beneficiaryId;
    r.kind = DataRequest::Kind(m_ui->kindCombo->currentData().toInt());
    r.channel = Channel(m_ui->channelCombo->currentData().toInt());
    r.receivedOn = m_ui->receivedDateEdit->date();
    r.details = m_ui->detailsEdit->toPlainText();
    const auto saved = DataRequestDesk(m_db, m_session).record(r);
    if (!saved) {
        Message::show(m_ui->dialogMessage, saved.error(), Message::Kind::Error);
        return false;
    }
    emit recorded(*saved);
    return true;
}

void DataRequestDialog::accept()
{
    if (save())
        QDialog::accept();
}

void DataRequestDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillChoices();
        PlainTextAlignment::follow(m_ui->detailsEdit);
        showDue();
    }
    QDialog::changeEvent(event);
}
