#include "ui/officer/OfficerDeskPage.h"

#include "ui_OfficerDeskPage.h"

#include "core/DeskText.h"
#include "ui/officer/ApprovalQueueModel.h"
#include "ui/officer/ApprovalQueuePanel.h"
#include "ui/officer/EligibilityReviewModel.h"
#include "ui/officer/EligibilityReviewPanel.h"
#include "ui/officer/ReferralQueueModel.h"
#include "ui/officer/ReferralQueuePanel.h"
#include "ui/widgets/ListUpkeep.h"

#include <QEvent>
#include <QShortcut>

OfficerDeskPage::OfficerDeskPage(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::OfficerDeskPage>()),
      m_upkeep(new ListUpkeep(db, session, this, ListUpkeep::Reading::WhileShown))
{
    m_ui->setupUi(this);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);

    m_referrals = new ReferralQueuePanel(db, session, m_ui->officerTabs);
    m_referrals->setObjectName(QStringLiteral("referralPanel"));
    m_eligibility = new EligibilityReviewPanel(db, session, m_ui->officerTabs);
    m_eligibility->setObjectName(QStringLiteral("eligibilityPanel"));
    m_approvals = new ApprovalQueuePanel(db, session, m_ui->officerTabs);
    m_approvals->setObjectName(QStringLiteral("approvalPanel"));
    m_ui->officerTabs->addTab(m_referrals, QString());
    m_ui->officerTabs->addTab(m_eligibility, QString());
    m_ui->officerTabs->addTab(m_approvals, QString());
    setFocusProxy(m_ui->officerTabs);

    const auto counter = [this](Tab tab) {
        return [this, tab](int count, bool more) {
            m_counts[int(tab)] = count;
            m_more[int(tab)] = more;
            updateTitles();
        };
    };
    connect(m_referrals, &ReferralQueuePanel::countChanged, this, counter(Tab::Referrals));
    connect(m_eligibility, &EligibilityReviewPanel::countChanged, this, counter(Tab::Eligibility));
    connect(m_approvals, &ApprovalQueuePanel::countChanged, this, counter(Tab::Approvals));
    connect(m_referrals, &ReferralQueuePanel::changed, this, &OfficerDeskPage::changed);
    connect(m_eligibility, &EligibilityReviewPanel::changed, this, &OfficerDeskPage::changed);
    connect(m_approvals, &ApprovalQueuePanel::changed, this, &OfficerDeskPage::changed);
    connect(m_referrals, &ReferralQueuePanel::caseRequested, this, &OfficerDeskPage::caseRequested);
    connect(m_eligibility, &EligibilityReviewPanel::caseRequested, this,
            &OfficerDeskPage::caseRequested);
    connect(m_approvals, &ApprovalQueuePanel::caseRequested, this, &OfficerDeskPage::caseRequested);

    auto *refreshKey = new QShortcut(QKeySequence::Refresh, this);
    refreshKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshKey, &QShortcut::activated, this, &OfficerDeskPage::refresh);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &OfficerDeskPage::refresh);

    // A referral made (or a case changed) at another desk shows at once.
    connect(m_upkeep, &ListUpkeep::readAgain, this, &OfficerDeskPage::refresh);
    connect(m_upkeep, &ListUpkeep::waitingTimesMoved, this, &OfficerDeskPage::updateWaitingTimes);

    // The panels read their lists when made, before this listened.
    counter(Tab::Referrals)(m_referrals->model()->rowCount(), m_referrals->model()->hasMore());
    counter(Tab::Eligibility)(m_eligibility->model()->rowCount(),
                              m_eligibility->model()->hasMore());
    counter(Tab::Approvals)(m_approvals->model()->rowCount(), m_approvals->model()->hasMore());
}

OfficerDeskPage::~OfficerDeskPage() = default;

OfficerDeskPage::Tab OfficerDeskPage::currentTab() const
{
    return Tab(qBound(0, m_ui->officerTabs->currentIndex(), 2));
}

QString OfficerDeskPage::tabTitle(Tab tab) const
{
    return m_ui->officerTabs->tabText(int(tab));
}

void OfficerDeskPage::updateTitles()
{
    const auto count = [this](Tab tab) {
        const QString n = DeskText::number(m_counts[int(tab)]);
        return m_more[int(tab)] ? n + QLatin1Char('+') : n;
    };
    //: a tab: the referrals waiting, with how many
    m_ui->officerTabs->setTabText(int(Tab::Referrals),
                                  tr("&Referrals (%1)").arg(count(Tab::Referrals)));
    m_ui->officerTabs->setTabText(int(Tab::Eligibility),
                                  tr("&Eligibility review (%1)").arg(count(Tab::Eligibility)));
    m_ui->officerTabs->setTabText(int(Tab::Approvals),
                                  tr("Program &approvals (%1)").arg(count(Tab::Approvals)));
}

void OfficerDeskPage::refresh()
{
    m_referrals->refresh();
    m_eligibility->refresh();
    m_approvals->refresh();
}

void OfficerDeskPage::listenAgain()
{
    m_upkeep->listenAgain();
    refresh();
}

void OfficerDeskPage::updateWaitingTimes()
{
    m_referrals->updateWaitingTimes();
    m_eligibility->updateWaitingTimes();
    m_approvals->updateWaitingTimes();
}

void OfficerDeskPage::showTab(Tab tab)
{
    m_ui->officerTabs->setCurrentIndex(int(tab));
}

void OfficerDeskPage::showApproval(qint64 deliveryId)
{
    showTab(Tab::Approvals);
    if (!m_approvals->selectDelivery(deliveryId)) {
        m_approvals->refresh();
        m_approvals->selectDelivery(deliveryId);
    }
}

void OfficerDeskPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Coming back to the page: what changed meanwhile shows at once.
    if (m_shownOnce)
        refresh();
    m_shownOnce = true;
}

void OfficerDeskPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateTitles();
    }
    QWidget::changeEvent(event);
}
