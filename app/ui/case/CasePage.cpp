#include "ui/case/CasePage.h"

#include "ui_CasePage.h"

#include "core/DeskText.h"
#include "core/Workflow.h"
#include "ui/case/CasePrompts.h"
#include "ui/case/DeliveryPage.h"
#include "ui/case/InformationPage.h"
#include "ui/case/NextStepLines.h"
#include "ui/case/ReceptionPage.h"
#include "ui/case/ReferralPage.h"
#include "ui/case/RegistrationPage.h"
#include "ui/case/StepIndicator.h"
#include "ui/case/SurveyPage.h"
#include "ui/case/VerificationPage.h"
#include "ui/widgets/ButtonShortcut.h"
#include "ui/widgets/Message.h"

#include <QEvent>
#include <QScrollArea>
#include <QShortcut>

CasePage::CasePage(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::CasePage>()),
      m_services(std::make_unique<CaseServices>(db, session))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("casePage"));
    QFont title = m_ui->caseTitleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.2);
    title.setBold(true);
    m_ui->caseTitleLabel->setFont(title);

    auto *reception = new ReceptionPage(*m_services);
    addPage(reception, "receptionPage");
    addPage(new InformationPage(*m_services), "informationPage");
    addPage(new ReferralPage(*m_services), "referralPage");
    addPage(new VerificationPage(*m_services), "verificationPage");
    addPage(new RegistrationPage(*m_services), "registrationPage");
    addPage(new DeliveryPage(*m_services), "deliveryPage");
    addPage(new SurveyPage(*m_services), "surveyPage");
    connect(reception, &ReceptionPage::caseOpened, this, &CasePage::onCaseOpened);

    ButtonShortcut::bind(m_ui->nextButton, QKeySequence(Qt::CTRL | Qt::Key_Return));
    ButtonShortcut::bind(m_ui->saveButton, QKeySequence::Save);
    ButtonShortcut::bind(m_ui->referButton, QKeySequence(Qt::CTRL | Qt::Key_R));
    ButtonShortcut::bind(m_ui->reloadButton, QKeySequence(Qt::Key_F5));
    ButtonShortcut::bind(m_ui->withdrawButton, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    ButtonShortcut::bind(m_ui->closeCaseButton, QKeySequence(Qt::Key_Escape));
    auto *keypadNext = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    keypadNext->setContext(Qt::WidgetWithChildrenShortcut);
    connect(keypadNext, &QShortcut::activated, this, &CasePage::next);

    connect(m_ui->nextButton, &QPushButton::clicked, this, &CasePage::next);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &CasePage::save);
    connect(m_ui->referButton, &QPushButton::clicked, this, &CasePage::refer);
    connect(m_ui->reloadButton, &QPushButton::clicked, this, &CasePage::reload);
    connect(m_ui->reloadRecordButton, &QPushButton::clicked, this, &CasePage::reloadRecord);
    connect(m_ui->withdrawButton, &QPushButton::clicked, this, &CasePage::withdraw);
    connect(m_ui->closeCaseButton, &QPushButton::clicked, this, &CasePage::closeCase);
    connect(m_ui->stepIndicator, &StepIndicator::stepChosen, this, &CasePage::showStep);

    m_lines = std::make_unique<NextStepLines>(m_ui->blockersLabel, m_ui->keysLabel);

    clearMessage();
    startNewCase();
    m_active = false;
}

CasePage::~CasePage() = default;

void CasePage::addPage(CaseStepPage *page, const char *objectName)
{
    page->setObjectName(QLatin1String(objectName));
    auto *scroll = new QScrollArea(m_ui->stepPages);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    m_ui->stepPages->addWidget(scroll);
    m_pages << page;
    m_scrollAreas << scroll;
    connect(page, &CaseStepPage::caseChanged, this, &CasePage::onPageChangedCase);
    connect(page, &CaseStepPage::edited, this, &CasePage::onPageEdited);
    connect(page, &CaseStepPage::finished, this, &CasePage::next);
    connect(page, &CaseStepPage::reported, this, &CasePage::showMessage);
}

CaseStepPage *CasePage::page(Step step) const
{
    return m_pages.value(int(step) - 1);
}

StepIndicator *CasePage::stepIndicator() const
{
    return m_ui->stepIndicator;
}

QString CasePage::message() const
{
    return m_ui->caseMessage->isHidden() ? QString() : m_ui->caseMessage->text();
}

// Loading and showing ------------------------------------------------------------------

void CasePage::startNewCase()
{
    if (m_active && !leavePage())
        return;
    m_ctx = CaseContext();
    m_ctx.theCase.channel = Channel::Interview;
    m_ctx.theCase.purpose = Purpose::ServiceRequest;
    m_active = true;
    m_draftingReferral = false;
    clearMessage();
    showSummary();
    showPage(Step::Reception);
}

bool CasePage::openCase(qint64 caseId)
{
    if (m_active && caseId != m_ctx.theCase.id && !leavePage())
        return false;
    m_draftingReferral = false;
    clearMessage();
    if (!load(caseId, Loading::Opening))
        return false;
    m_active = true;
    showPage(m_ctx.theCase.step);
    return true;
}

bool CasePage::load(qint64 caseId, Loading loading)
{
    // Opening the case shows the person's data: recorded once, not on each refresh.
    const Result<CaseContext> ctx = loading == Loading::Opening
                                        ? m_services->queries.openContext(caseId)
                                        : m_services->queries.loadContext(caseId);
    if (!ctx) {
        showFailure(Status::failure(ctx.error(), ctx.code()));
        return false;
    }
    m_ctx = *ctx;
    showSummary();
    return true;
}

void CasePage::reload()
{
    if (m_ctx.theCase.id == 0)
        return;
    if (!load(m_ctx.theCase.id))
        return;
    showPage(m_shown);
}

void CasePage::reloadRecord()
{
    if (m_ctx.theCase.id == 0)
        return;
    clearMessage();
    m_waitsForConnection = false;
    if (!load(m_ctx.theCase.id))
        return;
    showPage(m_shown);
    showMessage(tr("Read again: this is the record as it is saved now. Make your changes again "
                   "if they are still needed."),
                false);
}

void CasePage::connectionRestored()
{
    if (!m_waitsForConnection)
        return;
    m_waitsForConnection = false;
    if (save())
        showMessage(tr("The connection is back and this page was saved."), false);
}

bool CasePage::isEditable(Step step) const
{
    const Case &c = m_ctx.theCase;
    if (c.id == 0)
        return step == Step::Reception;
    if (step == Step::Referral && m_draftingReferral)
        return true;
    return c.status == CaseStatus::Open && c.step == step;
}

void CasePage::showPage(Step step)
{
    if (step == Step::Referral && !m_draftingReferral && m_ctx.referrals.isEmpty())
        step = m_ctx.theCase.step;
    if (step != Step::Referral)
        m_draftingReferral = false;
    m_shown = step;
    CaseStepPage *p = page(step);
    if (auto *referral = qobject_cast<ReferralPage *>(p))
        referral->setDrafting(m_draftingReferral);
    p->showCase(m_ctx, isEditable(step));
    m_ui->stepPages->setCurrentWidget(m_scrollAreas.at(int(step) - 1));
    m_ui->stepIndicator->setShownStep(step);
    showBlockers();
    showKeys();
    p->focusFirstField();
}

void CasePage::showKeys()
{
    m_lines->showKeys(page(m_shown)->nextKeyMeaning());
}

void CasePage::showSummary()
{
    const Case &c = m_ctx.theCase;
    QStringList parts;
    if (c.id == 0) {
        parts << tr("New visitor");
    } else {
        parts << tr("Case %1").arg(DeskText::number(c.id));
        if (c.queueNumber > 0)
            parts << tr("Ticket %1").arg(DeskText::number(c.queueNumber));
        if (m_ctx.beneficiary)
            parts << DeskText::isolate(m_ctx.beneficiary->name.full());
        if (m_ctx.service)
            parts << DeskText::isolate(m_ctx.service->displayName());
        parts << Domain::label(c.status);
    }
    // In Arabic a comma: a middle dot beside Arabic-Indic digits reads as a zero.
    m_ui->caseTitleLabel->setText(parts.join(tr(" · ", "between the parts of the case's title")));
    m_ui->stepIndicator->setStates(c.id == 0 ? QVector<Workflow::StepState>()
                                             : Workflow::stepStates(m_ctx));

    const bool open = c.id != 0 && !Domain::isTerminal(c.status);
    m_ui->referButton->setEnabled(c.id == 0 || Workflow::canRefer(c));
    m_ui->withdrawButton->setEnabled(open);
    m_ui->nextButton->setEnabled(c.id == 0 || c.status == CaseStatus::Open);
    m_ui->reloadButton->setEnabled(c.id != 0);
}

void CasePage::showBlockers()
{
    const Case &c = m_ctx.theCase;
    QString heading;
    m_saveWillDo.clear();
    if (c.id == 0) {
        m_blockers = {};
        heading = tr("Choose the channel and the purpose; Ctrl+Enter opens the case and moves "
                     "on.");
    } else if (Domain::isTerminal(c.status)) {
        m_blockers = {};
        heading = tr("This case has ended: %1.").arg(Domain::label(c.status));
        if (!c.closingReason.isEmpty())
            m_blockers = c.closingReason.split(QLatin1Char('\n'));
    } else {
        // The page at the case's step, being edited, is judged as it shows
        // now: what is chosen, ticked or typed counts before it is saved.
        const CaseStepPage *p = page(m_shown);
        const bool typing = m_shown == c.step && p->isEditable() && p->caseId() == c.id;
        const CaseContext shown = typing ? p->onScreen() : m_ctx;
        m_blockers = typing ? p->refusals() : QStringList();
        m_blockers << Workflow::canAdvance(shown);
        if (typing)
            m_saveWillDo = p->whatSaveDoes();
        if (!m_blockers.isEmpty())
            heading = tr("Before the next step:");
        else if (c.step == Step::Survey)
            heading = tr("Nothing is missing: Ctrl+Enter closes the case.");
        else
            heading = tr("Nothing is missing: Ctrl+Enter moves the case to %1.")
                          .arg(Domain::label(Workflow::nextStep(shown)));
    }
    m_lines->showBlockers(heading, m_blockers, m_saveWillDo);
}

void CasePage::showMessage(const QString &text, bool isError)
{
    m_offersReload = false;
    m_ui->reloadRecordButton->hide();
    m_messageIsError = isError;
    Message::show(m_ui->caseMessage, text, isError ? Message::Kind::Error : Message::Kind::Done);
}

void CasePage::clearMessage()
{
    m_messageIsError = false;
    m_offersReload = false;
    m_ui->caseMessage->clear();
    m_ui->caseMessage->hide();
    m_ui->reloadRecordButton->hide();
}

void CasePage::showFailure(const Status &status)
{
    if (status.isConnectionLost()) {
        m_waitsForConnection = true;
        showMessage(tr("Not saved: the connection to the database server was lost. This page "
                       "stays as you typed it and is saved when the server is back."),
                    true);
        emit connectionLost(status.error());
        return;
    }
    showMessage(status.error(), true);
    if (status.isStale() && m_ctx.theCase.id != 0) {
        m_offersReload = true;
        m_ui->reloadRecordButton->show();
        m_ui->reloadRecordButton->setFocus(Qt::OtherFocusReason);
    }
}

// Actions --------------------------------------------------------------------------------

bool CasePage::leavePage()
{
    CaseStepPage *p = page(m_shown);
    if (!p->isEditable())
        return true;
    const Status saved = p->save();
    if (!saved) {
        showFailure(saved);
        return false;
    }
    if (m_ctx.theCase.id != 0)
        emit caseChanged(m_ctx.theCase.id);
    return true;
}

bool CasePage::save()
{
    if (!leavePage())
        return false;
    if (m_ctx.theCase.id == 0)
        return true;
    if (!load(m_ctx.theCase.id))
        return false;
    showPage(m_shown);
    showMessage(tr("Saved."), false);
    return true;
}

bool CasePage::next()
{
    const Step from = m_shown;
    if (!leavePage())
        return false;
    if (m_ctx.theCase.id == 0)
        return false;
    const qint64 id = m_ctx.theCase.id;
    // A referral being written was sent (or, left empty, not made).
    m_draftingReferral = false;
    if (!load(id))
        return false;
    clearMessage();
    const Case &c = m_ctx.theCase;
    // Looking at another step, or a referral just sent: back to where the case stands.
    if (from != c.step || Domain::isTerminal(c.status) || c.status == CaseStatus::WaitingReferral) {
        if (Domain::isTerminal(c.status) && from == Step::Survey)
            showMessage(tr("The case is closed. Thank you."), false);
        showPage(c.step);
        return from != c.step;
    }
    if (c.step == Step::Survey) {
        showPage(c.step);
        showMessage(tr("Record the answers or a comment, or that the beneficiary declined the "
                       "survey."),
                    true);
        return false;
    }
    const Result<Case> moved = m_services->desk.advance(id);
    if (!moved) {
        showPage(c.step);
        showFailure(moved.status());
        return false;
    }
    emit caseChanged(id);
    if (!load(id))
        return false;
    showPage(m_ctx.theCase.step);
    return true;
}

bool CasePage::refer()
{
    if (!leavePage())
        return false;
    if (m_ctx.theCase.id != 0 && !load(m_ctx.theCase.id))
        return false;
    const Case &c = m_ctx.theCase;
    if (c.id == 0) {
        showMessage(tr("Open the case first (Ctrl+S), then refer it."), true);
        return false;
    }
    if (!Workflow::canRefer(c)) {
        showMessage(tr("A case is referred from reception, information or verification, while "
                       "it is open; this case is at %1 (%2).")
                        .arg(Domain::label(c.step), Domain::label(c.status)),
                    true);
        return false;
    }
    clearMessage();
    m_draftingReferral = true;
    showPage(Step::Referral);
    return true;
}

bool CasePage::showStep(Step step)
{
    if (step == m_shown)
        return true;
    if (m_ctx.theCase.id == 0 && step != Step::Reception)
        return false;
    if (m_ctx.theCase.id != 0 && !StepIndicator::isViewable(m_ui->stepIndicator->state(step)))
        return false;
    if (!leavePage())
        return false;
    m_draftingReferral = false;
    if (m_ctx.theCase.id != 0 && !load(m_ctx.theCase.id))
        return false;
    showPage(step);
    return true;
}

bool CasePage::withdraw()
{
    if (m_ctx.theCase.id == 0 || Domain::isTerminal(m_ctx.theCase.status))
        return false;
    if (!leavePage())
        return false;
    const std::optional<QString> reason =
        CasePrompts::askText(this, tr("The beneficiary withdraws"),
                             tr("Why does the beneficiary withdraw? (kept with the case)"));
    if (!reason)
        return false;
    const Result<Case> done = m_services->desk.withdraw(m_ctx.theCase.id, *reason);
    if (!done) {
        showMessage(done.error(), true);
        return false;
    }
    emit caseChanged(m_ctx.theCase.id);
    load(m_ctx.theCase.id);
    showPage(m_ctx.theCase.step);
    showMessage(tr("The case is closed as withdrawn."), false);
    return true;
}

bool CasePage::closeCase()
{
    if (m_active && !leavePage()) {
        const bool discard = CasePrompts::confirm(
            this, tr("Close the case"),
            tr("This page could not be saved:\n%1\n\nClose the case anyway, without these "
               "changes?")
                .arg(message()));
        if (!discard)
            return false;
    }
    m_active = false;
    m_draftingReferral = false;
    emit closed();
    return true;
}

void CasePage::onCaseOpened(qint64 caseId)
{
    if (load(caseId)) {
        page(Step::Reception)->showCase(m_ctx, isEditable(Step::Reception));
        showBlockers();
        emit caseChanged(caseId);
    }
}

void CasePage::onPageChangedCase()
{
    if (m_ctx.theCase.id == 0)
        return;
    const Step before = m_ctx.theCase.step;
    if (!load(m_ctx.theCase.id))
        return;
    emit caseChanged(m_ctx.theCase.id);
    // The page moved the case (an inquiry answered at the desk): follow it.
    showPage(m_ctx.theCase.step != before ? m_ctx.theCase.step : m_shown);
}

void CasePage::onPageEdited()
{
    if (sender() == page(m_shown))
        showBlockers();
}

void CasePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        showSummary();
        showBlockers();
        showKeys();
    }
    QWidget::changeEvent(event);
}
