#include "ui/beneficiary/RestrictionPanel.h"

#include "ui_RestrictionPanel.h"

#include "core/DeskText.h"
#include "services/RestrictionDesk.h"
#include "services/Session.h"
#include "ui/widgets/Message.h"

#include <QEvent>

RestrictionPanel::RestrictionPanel(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::RestrictionPanel>()), m_db(db), m_session(session)
{
    m_ui->setupUi(this);
    m_ui->reasonEdit->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_ui->reasonRow->hide();
    connect(m_ui->reasonEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_ui->confirmButton->setEnabled(!text.trimmed().isEmpty());
    });
    connect(m_ui->reasonEdit, &QLineEdit::returnPressed, this, &RestrictionPanel::act);
    connect(m_ui->actionButton, &QPushButton::clicked, this, &RestrictionPanel::askReason);
    connect(m_ui->confirmButton, &QPushButton::clicked, this, &RestrictionPanel::act);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &RestrictionPanel::closeReason);
    Message::clear(m_ui->messageLabel);
    showState();
}

RestrictionPanel::~RestrictionPanel() = default;

void RestrictionPanel::setBeneficiary(const Beneficiary &b)
{
    if (b.id != m_beneficiary.id) {
        closeReason();
        Message::clear(m_ui->messageLabel);
    }
    m_beneficiary = b;
    showState();
}

void RestrictionPanel::showState()
{
    const Beneficiary &b = m_beneficiary;
    const bool manages = m_session.may(Action::HandleDataRequests);
    const bool shown = b.id != 0 && !b.isAnonymised() && (b.isRestricted() || manages);
    setVisible(shown);
    if (!shown)
        return;
    if (b.isRestricted())
        Message::show(m_ui->stateLabel,
                      tr("The processing of this person's data is restricted since %1: %2. The "
                         "file can be seen, but no case can go on with it, and exports leave it "
                         "out, until the restriction is lifted.")
                          .arg(DeskText::date(DeskText::deskDate(b.restrictedAt)),
                               DeskText::isolate(b.restrictionReason)),
                      Message::Kind::Warning);
    else
        Message::clear(m_ui->stateLabel);
    m_ui->actionButton->setVisible(manages);
    m_ui->actionButton->setEnabled(m_ui->reasonRow->isHidden());
    m_ui->actionButton->setText(b.isRestricted() ? tr("Lift the restriction…")
                                                 : tr("Restrict processing…"));
    m_ui->reasonEdit->setPlaceholderText(b.isRestricted()
                                             ? tr("Why the restriction is lifted")
                                             : tr("Why processing is restricted (for example, the "
                                                  "person disputes their data)"));
    m_ui->confirmButton->setText(b.isRestricted() ? tr("Lift the restriction")
                                                  : tr("Restrict processing"));
    m_ui->confirmButton->setEnabled(!m_ui->reasonEdit->text().trimmed().isEmpty());
}

// The reason is asked for only when the manager means to act: an always-open
// field would take a row of a file that must fit a 768-pixel screen.
void RestrictionPanel::askReason()
{
    Message::clear(m_ui->messageLabel);
    m_ui->reasonRow->show();
    showState();
    m_ui->reasonEdit->setFocus(Qt::OtherFocusReason);
}

void RestrictionPanel::closeReason()
{
    m_ui->reasonEdit->clear();
    m_ui->reasonRow->hide();
    showState();
}

void RestrictionPanel::act()
{
    if (m_beneficiary.id == 0 || m_ui->reasonEdit->text().trimmed().isEmpty())
        return;
    RestrictionDesk desk(m_db, m_session);
    const QString reason = m_ui->reasonEdit->text();
    const bool lifting = m_beneficiary.isRestricted();
    const Result<Beneficiary> saved =
        lifting ? desk.lift(m_beneficiary.id, reason) : desk.restrict(m_beneficiary.id, reason);
    if (!saved) {
        Message::show(m_ui->messageLabel, saved.error(), Message::Kind::Error);
        return;
    }
    m_beneficiary = *saved;
    closeReason();
    Message::show(m_ui->messageLabel,
                  lifting ? tr("The restriction is lifted.") : tr("Processing is restricted."),
                  Message::Kind::Done);
    emit changed(*saved);
}

void RestrictionPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        showState();
    }
    QWidget::changeEvent(event);
}
