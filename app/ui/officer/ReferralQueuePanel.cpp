#include "ui/officer/ReferralQueuePanel.h"

#include "ui_ReferralQueuePanel.h"

#include "core/Clock.h"
#include "core/DeskText.h"
#include "services/DeskQueries.h"
#include "services/OfficerDesk.h"
#include "services/Session.h"
#include "services/StaffDirectory.h"
#include "ui/officer/ReferralQueueModel.h"
#include "ui/widgets/HighlightKeeper.h"
#include "ui/widgets/LineDirection.h"
#include "ui/widgets/Message.h"

#include <QEvent>
#include <QHeaderView>
#include <QShortcut>

ReferralQueuePanel::ReferralQueuePanel(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ReferralQueuePanel>()), m_db(db),
      m_session(session), m_model(new ReferralQueueModel(db, session, this))
{
    m_ui->setupUi(this);
    m_ui->referralView->setModel(m_model);
    m_highlight = std::make_unique<HighlightKeeper>(
        m_ui->referralView, [this](int row) { return m_model->itemAt(row).theCase.id; },
        [this](qint64 id) { return m_model->rowOfCase(id); });
    QHeaderView *header = m_ui->referralView->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ReferralQueueModel::Question, QHeaderView::Stretch);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({300, 280}); // in proportion, once laid out
    // The details read as part of the box, not as a panel of their own.
    m_ui->detailsScroll->viewport()->setAutoFillBackground(false);
    m_ui->detailsContents->setAutoFillBackground(false);
    setFocusProxy(m_ui->referralView);
    Message::clear(m_ui->referralMessage);

    const bool mayAnswer = m_session.may(Action::AnswerReferral);
    m_ui->answerBox->setEnabled(mayAnswer);

    auto *sendKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    sendKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(sendKey, &QShortcut::activated, this, &ReferralQueuePanel::sendAnswer);
    auto *sendKeyPad = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    sendKeyPad->setContext(Qt::WidgetWithChildrenShortcut);
    connect(sendKeyPad, &QShortcut::activated, this, &ReferralQueuePanel::sendAnswer);

    connect(m_ui->answerButton, &QPushButton::clicked, this, &ReferralQueuePanel::sendAnswer);
    connect(m_ui->openCaseButton, &QPushButton::clicked, this,
            &ReferralQueuePanel::openCurrentCase);
    connect(m_ui->referralView, &QAbstractItemView::activated, this,
            &ReferralQueuePanel::openCurrentCase);
    connect(m_ui->referralView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReferralQueuePanel::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            &ReferralQueuePanel::rememberSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReferralQueuePanel::restoreSelection);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ReferralQueuePanel::updateSummary);

    m_model->reload();
}

ReferralQueuePanel::~ReferralQueuePanel() = default;

qint64 ReferralQueuePanel::currentCaseId() const
{
    const QModelIndex current = m_ui->referralView->currentIndex();
    return current.isValid() ? m_model->itemAt(current.row()).theCase.id : 0;
}

bool ReferralQueuePanel::selectCase(qint64 caseId)
{
    const int row = m_model->rowOfCase(caseId);
    if (row < 0)
        return false;
    m_ui->referralView->setCurrentIndex(m_model->index(row, 0));
    return true;
}

QString ReferralQueuePanel::message() const
{
    return m_ui->referralMessage->text();
}

void ReferralQueuePanel::refresh()
{
    m_model->refresh();
}

void ReferralQueuePanel::updateWaitingTimes()
{
    m_model->updateWaitingTimes();
}

void ReferralQueuePanel::rememberSelection()
{
    // The answer being written stays with its referral.
    if (m_shownCase != 0)
        m_drafts.insert(m_shownCase, m_ui->answerEdit->toPlainText());
    m_highlight->remember();
}

void ReferralQueuePanel::restoreSelection()
{
    m_shownCase = 0;
    // The highlighted referral was answered: the next one takes its place.
    if (!m_highlight->restore())
        showDetails();
    updateSummary();
}

void ReferralQueuePanel::onCurrentChanged()
{
    if (m_shownCase != 0)
        m_drafts.insert(m_shownCase, m_ui->answerEdit->toPlainText());
    showDetails();
}

void ReferralQueuePanel::showDetails()
{
    const qint64 caseId = currentCaseId();
    const bool chosen = caseId != 0;
    m_ui->answerEdit->setEnabled(chosen);
    m_ui->answerButton->setEnabled(chosen);
    m_ui->openCaseButton->setEnabled(chosen);
    m_shownCase = caseId;
    m_ui->answerEdit->setPlainText(m_drafts.value(caseId));
    if (!chosen) {
        m_ui->questionValue->setText(
            m_model->rowCount() == 0 ? QString() : tr("Choose a referral from the list."));
        m_ui->beneficiaryValue->clear();
        m_ui->caseValue->clear();
        m_ui->referredValue->clear();
        return;
    }
    const ReferralQueueItem &item = m_model->itemAt(m_ui->referralView->currentIndex().row());
    m_ui->questionValue->setText(item.referral.question);

    // The beneficiary and the case in a glance; the ID and phone come with
    // the case as loaded for the screen.
    QString who = item.beneficiaryName.isEmpty() ? tr("Not identified yet") : item.beneficiaryName;
    const auto ctx = DeskQueries(m_db, m_session).loadContext(caseId);
    if (ctx && ctx->beneficiary) {
        QStringList parts{DeskText::isolate(who)};
        if (!ctx->beneficiary->idNumber.isEmpty())
            parts << tr("ID %1").arg(
                DeskText::leftToRight(DeskText::digits(ctx->beneficiary->idNumber)));
        if (!ctx->beneficiary->phone.isEmpty())
            parts << DeskText::leftToRight(DeskText::phone(ctx->beneficiary->phone));
        who = parts.join(tr(", "));
    }
    m_ui->beneficiaryValue->setText(LineDirection::ofInterface(who));

    const Case &c = item.theCase;
    QStringList about;
    about << tr("arrived %1").arg(DeskText::dateTime(c.arrivalAt));
    about << Domain::label(c.channel) << Domain::label(c.purpose);
    if (!item.serviceName.isEmpty())
        about << DeskText::isolate(item.serviceName);
    if (!c.inquiryText.trimmed().isEmpty())
        about << tr("asked: %1").arg(DeskText::isolate(c.inquiryText.simplified()));
    m_ui->caseValue->setText(LineDirection::ofInterface(about.join(tr(", "))));

    QString by;
    if (item.referral.referredBy != 0) {
        const auto name = StaffDirectory(m_db, m_session).name(item.referral.referredBy);
        if (name)
            by = DeskText::isolate(*name);
    }
    const QString when = DeskText::dateTime(item.referral.referredAt);
    const QString from = Domain::label(item.referral.fromStep);
    m_ui->referredValue->setText(LineDirection::ofInterface(
        by.isEmpty() ? tr("%1, from the %2 step").arg(when, from)
                     : tr("%1 by %2, from the %3 step").arg(when, by, from)));
}

void ReferralQueuePanel::updateSummary()
{
    const int n = m_model->rowCount();
    if (!m_model->lastError().isEmpty())
        m_ui->summaryLabel->setText(m_model->lastError());
    else if (n == 0)
        m_ui->summaryLabel->setText(tr("No referral is waiting for an answer."));
    else
        m_ui->summaryLabel->setText(
            tr("%Ln referral(s) waiting for your answer, the oldest at the top.", "", n));
    emit countChanged(n, m_model->hasMore());
}

bool ReferralQueuePanel::sendAnswer()
{
    const qint64 caseId = currentCaseId();
    if (caseId == 0) {
        Message::show(m_ui->referralMessage, tr("Choose the referral to answer from the list."),
                      Message::Kind::Error);
        return false;
    }
    const QString answer = m_ui->answerEdit->toPlainText().trimmed();
    OfficerDesk desk(m_db, m_session);
    const auto answered = desk.answerReferral(caseId, answer);
    if (!answered) {
        Message::show(m_ui->referralMessage, answered.error(), Message::Kind::Error);
        m_ui->answerEdit->setFocus();
        return false;
    }
    m_drafts.remove(caseId);
    m_shownCase = 0; // nothing to keep: the answer is sent
    m_ui->answerEdit->clear();
    refresh();
    Message::show(m_ui->referralMessage,
                  tr("Answer sent: the case is back at the reception desk, where the "
                     "answer is waiting."),
                  Message::Kind::Done);
    emit changed();
    return true;
}

void ReferralQueuePanel::openCurrentCase()
{
    const qint64 caseId = currentCaseId();
    if (caseId != 0)
        emit caseRequested(caseId);
}

void ReferralQueuePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        if (m_shownCase != 0)
            m_drafts.insert(m_shownCase, m_ui->answerEdit->toPlainText());
        m_ui->retranslateUi(this);
        // Names and reasons are read in the interface language.
        m_model->refresh();
    }
    QWidget::changeEvent(event);
}
