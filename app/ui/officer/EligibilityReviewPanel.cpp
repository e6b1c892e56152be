#include "ui/officer/EligibilityReviewPanel.h"

#include "ui_EligibilityReviewPanel.h"

#include "core/DeskText.h"
#include "services/CaseDesk.h"
#include "services/OfficerDesk.h"
#include "services/Session.h"
#include "ui/case/CasePrompts.h"
#include "ui/officer/EligibilityReviewModel.h"
#include "ui/widgets/HighlightKeeper.h"
#include "ui/widgets/LineDirection.h"
#include "ui/widgets/Message.h"

#include <QEvent>
#include <QHeaderView>

EligibilityReviewPanel::EligibilityReviewPanel(Database &db, const Session &session,
                                               QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::EligibilityReviewPanel>()), m_db(db),
      m_session(session), m_model(new EligibilityReviewModel(db, session, this))
{
    m_ui->setupUi(this);
    m_ui->eligibilityView->setModel(m_model);
    m_highlight = std::make_unique<HighlightKeeper>(
        m_ui->eligibilityView, [this](int row) { return m_model->itemAt(row).theCase.id; },
        [this](qint64 id) { return m_model->rowOfCase(id); });
    QHeaderView *header = m_ui->eligibilityView->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(EligibilityReviewModel::FailedRules, QHeaderView::Stretch);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({300, 280}); // in proportion, once laid out
    setFocusProxy(m_ui->eligibilityView);
    Message::clear(m_ui->eligibilityMessage);

    m_ui->overrideButton->setVisible(m_session.may(Action::OverrideEligibility));
    m_ui->notEligibleButton->setVisible(m_session.may(Action::DecideNotEligible));

    connect(m_ui->overrideButton, &QPushButton::clicked, this,
            &EligibilityReviewPanel::approveOverride);
    connect(m_ui->notEligibleButton, &QPushButton::clicked, this,
            &EligibilityReviewPanel::decideNotEligible);
    connect(m_ui->openCaseButton, &QPushButton::clicked, this,
            &EligibilityReviewPanel::openCurrentCase);
    connect(m_ui->eligibilityView, &QAbstractItemView::activated, this,
            &EligibilityReviewPanel::openCurrentCase);
    connect(m_ui->eligibilityView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EligibilityReviewPanel::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            &EligibilityReviewPanel::rememberSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this,
            &EligibilityReviewPanel::restoreSelection);
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            &EligibilityReviewPanel::updateSummary);

    m_model->reload();
}

EligibilityReviewPanel::~EligibilityReviewPanel() = default;

qint64 EligibilityReviewPanel::currentCaseId() const
{
    const QModelIndex current = m_ui->eligibilityView->currentIndex();
    return current.isValid() ? m_model->itemAt(current.row()).theCase.id : 0;
}

bool EligibilityReviewPanel::selectCase(qint64 caseId)
{
    const int row = m_model->rowOfCase(caseId);
    if (row < 0)
        return false;
    m_ui->eligibilityView->setCurrentIndex(m_model->index(row, 0));
    return true;
}

QStringList EligibilityReviewPanel::shownRules() const
{
    QStringList out;
    for (int i = 0; i < m_ui->failedRulesList->count(); ++i)
        out << m_ui->failedRulesList->item(i)->text();
    return out;
}

QString EligibilityReviewPanel::message() const
{
    return m_ui->eligibilityMessage->text();
}

QString EligibilityReviewPanel::currentBeneficiary() const
{
    const QModelIndex current = m_ui->eligibilityView->currentIndex();
    return current.isValid() ? m_model->itemAt(current.row()).beneficiaryName : QString();
}

void EligibilityReviewPanel::refresh()
{
    m_model->refresh();
}

void EligibilityReviewPanel::updateWaitingTimes()
{
    m_model->updateWaitingTimes();
}

void EligibilityReviewPanel::keepDraft()
{
    if (m_shownCase != 0)
        m_drafts.insert(m_shownCase, m_ui->decisionReasonEdit->toPlainText());
}

void EligibilityReviewPanel::rememberSelection()
{
    keepDraft();
    m_highlight->remember();
}

void EligibilityReviewPanel::restoreSelection()
{
    m_shownCase = 0;
    if (!m_highlight->restore())
        showDetails();
    updateSummary();
}

void EligibilityReviewPanel::onCurrentChanged()
{
    keepDraft();
    showDetails();
}

void EligibilityReviewPanel::showDetails()
{
    const qint64 caseId = currentCaseId();
    const bool chosen = caseId != 0;
    m_ui->decisionBox->setEnabled(chosen);
    m_shownCase = caseId;
    m_ui->decisionReasonEdit->setPlainText(m_drafts.value(caseId));
    m_ui->failedRulesList->clear();
    if (!chosen) {
        m_ui->caseValue->setText(m_model->rowCount() == 0 ? QString()
                                                          : tr("Choose a case from the list."));
        return;
    }
    const EligibilityReviewItem &item =
        m_model->itemAt(m_ui->eligibilityView->currentIndex().row());
    m_ui->caseValue->setText(LineDirection::ofInterface(
        tr("%1 asks for %2 (rules version %3); the case arrived %4.")
            .arg(DeskText::isolate(item.beneficiaryName), DeskText::isolate(item.serviceName),
                 DeskText::number(item.rulesVersion), DeskText::dateTime(item.theCase.arrivalAt))));
    for (const RuleResult &r : item.failed) {
        // The rule not met, then on the next line why.
        auto *line = new QListWidgetItem(
            QStringLiteral("%1\n%2").arg(Eligibility::describe(r.rule), r.reason),
            m_ui->failedRulesList);
        line->setForeground(QColor(0xa3, 0x1f, 0x1f));
    }
}

void EligibilityReviewPanel::updateSummary()
{
    const int n = m_model->rowCount();
    if (!m_model->lastError().isEmpty())
        m_ui->summaryLabel->setText(m_model->lastError());
    else if (n == 0)
        m_ui->summaryLabel->setText(tr("No case is blocked by an eligibility rule."));
    else
        m_ui->summaryLabel->setText(
            tr("%Ln case(s) blocked at verification by an eligibility rule, the oldest at the "
               "top.",
               "", n));
    emit countChanged(n, m_model->hasMore());
}

void EligibilityReviewPanel::done(qint64 caseId, const QString &text)
{
    m_drafts.remove(caseId);
    m_shownCase = 0;
    m_ui->decisionReasonEdit->clear();
    refresh();
    Message::show(m_ui->eligibilityMessage, text, Message::Kind::Done);
    emit changed();
}

bool EligibilityReviewPanel::approveOverride()
{
    const qint64 caseId = currentCaseId();
    if (caseId == 0) {
        Message::show(m_ui->eligibilityMessage, tr("Choose the case to decide on from the list."),
                      Message::Kind::Error);
        return false;
    }
    const QString who = currentBeneficiary();
    const QString reason = m_ui->decisionReasonEdit->toPlainText().trimmed();
    OfficerDesk desk(m_db, m_session);
    const auto saved = desk.overrideEligibility(caseId, reason);
    if (!saved) {
        Message::show(m_ui->eligibilityMessage, saved.error(), Message::Kind::Error);
        m_ui->decisionReasonEdit->setFocus();
        return false;
    }
    done(caseId, tr("Override approved: the case of %1 may go on; your reason is kept with it.")
                     .arg(DeskText::isolate(who)));
    return true;
}

bool EligibilityReviewPanel::decideNotEligible()
{
    const qint64 caseId = currentCaseId();
    if (caseId == 0) {
        Message::show(m_ui->eligibilityMessage, tr("Choose the case to decide on from the list."),
                      Message::Kind::Error);
        return false;
    }
    const QString reason = m_ui->decisionReasonEdit->toPlainText().trimmed();
    if (reason.isEmpty()) {
        Message::show(m_ui->eligibilityMessage,
                      tr("Write the reason the beneficiary is not eligible."),
                      Message::Kind::Error);
        m_ui->decisionReasonEdit->setFocus();
        return false;
    }
    const EligibilityReviewItem item = m_model->itemAt(m_ui->eligibilityView->currentIndex().row());
    if (!CasePrompts::confirm(
            this, tr("Not eligible"),
            tr("End the case of %1 as not eligible for %2? This cannot be "
               "undone.")
                .arg(DeskText::isolate(item.beneficiaryName), DeskText::isolate(item.serviceName))))
        return false;
    // The officer's reason first, then the rules that failed, as they read now.
    QStringList reasons{reason};
    for (const RuleResult &r : item.failed)
        reasons << r.reason;
    CaseDesk desk(m_db, m_session);
    const auto ended = desk.markNotEligible(caseId, reasons);
    if (!ended) {
        Message::show(m_ui->eligibilityMessage, ended.error(), Message::Kind::Error);
        return false;
    }
    done(caseId,
         tr("The case of %1 ended: not eligible.").arg(DeskText::isolate(item.beneficiaryName)));
    return true;
}

void EligibilityReviewPanel::openCurrentCase()
{
    const qint64 caseId = currentCaseId();
    if (caseId != 0)
        emit caseRequested(caseId);
}

void EligibilityReviewPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        keepDraft();
        m_ui->retranslateUi(this);
        // Names and reasons are read in the interface language.
        m_model->refresh();
    }
    QWidget::changeEvent(event);
}
