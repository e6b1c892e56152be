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
    connect(m_ui->reasonEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_ui->actionButton->setEnabled(!text.trimmed().isEmpty());
    });
    connect(m_ui->reasonEdit, &QLineEdit::returnPressed, this, &RestrictionPanel::act);
    connect(m_ui->actionButton, &QPushButton::clicked, this, &RestrictionPanel::act);
    Message::clear(m_ui->messageLabel);
    showState();
}

RestrictionPanel::~RestrictionPanel() = default;

void RestrictionPanel::setBeneficiary(const Beneficiary &b)
{
    if (b.id != m_beneficiary.id) {
        m_ui->reasonEdit->clear();
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
    m_ui->reasonEdit->setVisible(manages);
    m_ui->actionButton->setVisible(manages);
    m_ui->reasonEdit->setPlaceholderText(b.isRestricted()
                                             ? tr("Why the restriction is lifted")
                                             : tr("Why processing is restricted (for example, the "
                                                  "person disputes their data)"));
    m_ui->actionButton->setText(b.isRestricted() ? tr("Lift the restriction")
                                                 : tr("Restrict processing"));
    m_ui->actionButton->setEnabled(!m_ui->reasonEdit->text().trimmed().isEmpty());
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
    m_ui->reasonEdit->clear();
    Message::show(m_ui->messageLabel,
                  lifting ? tr("The restriction is lifted.") : tr("Processing is restricted."),
                  Message::Kind::Done);
    m_beneficiary = *saved;
    showState();
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
