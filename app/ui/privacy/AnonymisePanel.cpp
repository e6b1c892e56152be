#include "ui/privacy/AnonymisePanel.h"

#include "ui_AnonymisePanel.h"

#include "core/DeskText.h"
#include "services/Session.h"
#include "ui/privacy/AnonymiseDialog.h"
#include "ui/widgets/Message.h"

#include <QEvent>

AnonymisePanel::AnonymisePanel(Database &db, const Session &session, Authenticator &authenticator,
                               QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::AnonymisePanel>()), m_db(db), m_session(session),
      m_auth(authenticator)
{
    m_ui->setupUi(this);
    connect(m_ui->anonymiseButton, &QPushButton::clicked, this, &AnonymisePanel::ask);
    showState();
}

AnonymisePanel::~AnonymisePanel() = default;

void AnonymisePanel::setBeneficiary(const Beneficiary &b)
{
    m_beneficiary = b;
    showState();
}

void AnonymisePanel::showState()
{
    const Beneficiary &b = m_beneficiary;
    const bool destroys = m_session.may(Action::DestroyPersonalData);
    setVisible(b.id != 0 && (b.isAnonymised() || destroys));
    if (b.isAnonymised())
        Message::show(m_ui->stateLabel,
                      tr("This record was anonymised on %1: the person's identifying data was "
                         "destroyed. Only their cases remain, in the figures.")
                          .arg(DeskText::date(DeskText::deskDate(b.anonymisedAt))),
                      Message::Kind::Warning);
    else
        Message::clear(m_ui->stateLabel);
    m_ui->anonymiseButton->setVisible(destroys && b.id != 0 && !b.isAnonymised());
}

void AnonymisePanel::ask()
{
    if (m_beneficiary.id == 0 || m_beneficiary.isAnonymised())
        return;
    // Window-modal and not exec(): the window's timers and its other desks'
    // changes keep running while the manager reads the preview.
    auto *dialog = new AnonymiseDialog(m_db, m_session, m_auth, m_beneficiary.id, this);
    dialog->setObjectName(QStringLiteral("anonymiseDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, &AnonymisePanel::changed);
    dialog->open();
}

void AnonymisePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        showState();
    }
    QWidget::changeEvent(event);
}
