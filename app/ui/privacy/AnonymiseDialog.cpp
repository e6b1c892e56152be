#include "ui/privacy/AnonymiseDialog.h"

#include "ui_AnonymiseDialog.h"

#include "core/DeskText.h"
#include "services/Anonymiser.h"
#include "services/Authenticator.h"
#include "ui/widgets/Message.h"

#include <QPushButton>

AnonymiseDialog::AnonymiseDialog(Database &db, const Session &session, Authenticator &authenticator,
                                 qint64 beneficiaryId, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AnonymiseDialog>()), m_db(db), m_session(session),
      m_auth(authenticator), m_beneficiaryId(beneficiaryId)
{
    m_ui->setupUi(this);
    Message::show(m_ui->warningLabel,
                  tr("Anonymising removes this person's identifying data for good: it cannot be "
                     "undone, and no backup made from now on holds it. Their cases stay, without "
                     "a name, in the figures."),
                  Message::Kind::Warning);
    Message::clear(m_ui->messageLabel);
    connect(m_ui->reasonEdit, &QLineEdit::textChanged, this, &AnonymiseDialog::updateButton);
    connect(m_ui->passwordEdit, &QLineEdit::textChanged, this, &AnonymiseDialog::updateButton);
    connect(m_ui->anonymiseButton, &QPushButton::clicked, this, &AnonymiseDialog::anonymise);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    showPreview();
    updateButton();
}

AnonymiseDialog::~AnonymiseDialog() = default;

QString AnonymiseDialog::message() const
{
    return m_ui->messageLabel->text();
}

void AnonymiseDialog::showPreview()
{
    m_ui->previewList->clear();
    const Result<ErasurePreview> preview =
        Anonymiser(m_db, m_session, m_auth).preview(m_beneficiaryId);
    if (!preview) {
        Message::show(m_ui->messageLabel, preview.error(), Message::Kind::Error);
        return;
    }
    for (const ErasureItem &item : preview->items)
        //: What anonymising removes: a kind of value, then how many
        m_ui->previewList->addItem(tr("%1: %2").arg(item.label, DeskText::number(item.count)));
}

void AnonymiseDialog::updateButton()
{
    m_ui->anonymiseButton->setEnabled(!m_ui->reasonEdit->text().trimmed().isEmpty() &&
                                      !m_ui->passwordEdit->text().isEmpty());
}

void AnonymiseDialog::anonymise()
{
    if (!m_ui->anonymiseButton->isEnabled())
        return;
    // The password is checked as at the idle lock: by a sign-in of the same
    // person (on a server, their own login connecting again), through the
    // window's authenticator, which slows repeated failures down.
    const Status done =
        Anonymiser(m_db, m_session, m_auth)
            .anonymise(m_beneficiaryId, m_ui->reasonEdit->text(), m_ui->passwordEdit->text());
    m_ui->passwordEdit->clear();
    if (!done) {
        Message::show(m_ui->messageLabel, done.error(), Message::Kind::Error);
        return;
    }
    accept();
}
