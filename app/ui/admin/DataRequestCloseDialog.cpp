#include "ui/admin/DataRequestCloseDialog.h"

#include "ui_DataRequestCloseDialog.h"

#include "core/DeskText.h"
#include "services/DataRequestDesk.h"
#include "ui/widgets/Message.h"
#include "ui/widgets/PlainTextAlignment.h"

#include <QPushButton>

DataRequestCloseDialog::DataRequestCloseDialog(Database &db, const Session &session,
                                               const ListedDataRequest &request, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::DataRequestCloseDialog>()), m_db(db),
      m_session(session), m_request(request.request)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("dataRequestCloseDialog"));
    m_ui->personValue->setText(DeskText::isolate(request.beneficiaryName));
    m_ui->kindValue->setText(DataRequestKinds::label(m_request.kind));
    m_ui->dueValue->setText(DeskText::date(m_request.dueOn));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Close the request"));
    Message::clear(m_ui->dialogMessage);
    PlainTextAlignment::follow(m_ui->outcomeEdit);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &DataRequestCloseDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->outcomeEdit, &QPlainTextEdit::textChanged, this,
            &DataRequestCloseDialog::updateOk);
    updateOk();
    m_ui->outcomeEdit->setFocus();
}

DataRequestCloseDialog::~DataRequestCloseDialog() = default;

void DataRequestCloseDialog::updateOk()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_ui->outcomeEdit->toPlainText().trimmed().isEmpty());
}

bool DataRequestCloseDialog::save()
{
    const auto closed =
        DataRequestDesk(m_db, m_session)
            .close(m_request.id, m_request.version, m_ui->outcomeEdit->toPlainText());
    if (!closed) {
        Message::show(m_ui->dialogMessage, closed.error(), Message::Kind::Error);
        return false;
    }
    emit closedRequest(*closed);
    return true;
}

void DataRequestCloseDialog::accept()
{
    if (save())
        QDialog::accept();
}
