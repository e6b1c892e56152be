#include "ui/officer/OfficerNavigation.h"

#include "services/Session.h"
#include "services/Workspace.h"
#include "ui/followup/FollowUpsPage.h"
#include "ui/officer/OfficerDeskPage.h"
#include "ui/shell/MainWindow.h"

#include <QAction>

namespace {

bool mayUseOfficerDesk(const Session &s)
{
    return s.may(Action::AnswerReferral);
}

bool mayUseFollowUps(const Session &s)
{
    // The desk follows up its cases; the manager and the administrator the
    // people's data requests.
    return (s.may(Action::ViewCases) && s.may(Action::EditCase)) ||
           s.may(Action::HandleDataRequests);
}

void allow(QAction *action, bool allowed)
{
    action->setVisible(allowed);
    action->setEnabled(allowed);
}

} // namespace

OfficerNavigation::OfficerNavigation(MainWindow &window, Workspace &workspace)
    : QObject(&window), m_window(window), m_workspace(workspace),
      m_officerDeskAction(new QAction(&window)), m_followUpsAction(new QAction(&window))
{
    m_officerDeskAction->setObjectName(QStringLiteral("officerDeskAction"));
    m_officerDeskAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_followUpsAction->setObjectName(QStringLiteral("followUpsAction"));
    m_followUpsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    allow(m_officerDeskAction, false);
    allow(m_followUpsAction, false);
    retranslate();
}

void OfficerNavigation::makeOfficerDesk()
{
    m_officerDesk = new OfficerDeskPage(m_workspace.database(), m_workspace.session());
    m_officerDesk->setObjectName(QStringLiteral("officerDeskPage"));
    m_window.addNavigationPage(m_officerDeskAction, m_officerDesk);
    connect(m_officerDesk, &OfficerDeskPage::caseRequested, &m_window, &MainWindow::caseRequested);
    connect(m_officerDesk, &OfficerDeskPage::changed, &m_window, &MainWindow::refreshLists);
}

void OfficerNavigation::makeFollowUps()
{
    m_followUps = new FollowUpsPage(m_workspace.database(), m_workspace.session());
    m_followUps->setObjectName(QStringLiteral("followUpsPage"));
    m_window.addNavigationPage(m_followUpsAction, m_followUps);
    connect(m_followUps, &FollowUpsPage::caseRequested, &m_window, &MainWindow::caseRequested);
    connect(m_followUps, &FollowUpsPage::beneficiaryRequested, &m_window,
            &MainWindow::openBeneficiary);
    connect(m_followUps, &FollowUpsPage::approvalRequested, this, &OfficerNavigation::openApproval);
}

void OfficerNavigation::applyPermissions()
{
    const Session &session = m_workspace.session();
    const bool officer = mayUseOfficerDesk(session);
    const bool followUps = mayUseFollowUps(session);
    const bool made = m_officerDesk || m_followUps;
    if (officer && !m_officerDesk)
        makeOfficerDesk();
    if (followUps && !m_followUps)
        makeFollowUps();
    allow(m_officerDeskAction, officer);
    allow(m_followUpsAction, followUps);
    if (made)
        refresh(); // another person may have signed in
}

void OfficerNavigation::refresh()
{
    if (m_officerDesk && m_officerDeskAction->isVisible())
        m_officerDesk->refresh();
    if (m_followUps && m_followUpsAction->isVisible())
        m_followUps->refresh();
}

void OfficerNavigation::listenAgain()
{
    if (m_officerDesk)
        m_officerDesk->listenAgain();
    if (m_followUps && m_followUpsAction->isVisible())
        m_followUps->refresh();
}

void OfficerNavigation::retranslate()
{
    m_officerDeskAction->setText(tr("Officer's desk"));
    m_officerDeskAction->setToolTip(
        tr("Referrals to answer, eligibility to review, deliveries to approve (Ctrl+2)"));
    m_followUpsAction->setText(tr("Follow-ups"));
    m_followUpsAction->setToolTip(tr("What is due for the beneficiaries, overdue first (Ctrl+3)"));
}

void OfficerNavigation::showOfficerDesk()
{
    if (m_officerDesk && m_officerDeskAction->isVisible())
        m_window.showPage(m_officerDesk);
}

void OfficerNavigation::showReferrals()
{
    if (!m_officerDesk || !m_officerDeskAction->isVisible())
        return;
    m_window.showPage(m_officerDesk);
    m_officerDesk->showTab(OfficerDeskPage::Tab::Referrals);
}

void OfficerNavigation::showFollowUps()
{
    if (m_followUps && m_followUpsAction->isVisible())
        m_window.showPage(m_followUps);
}

void OfficerNavigation::openApproval(qint64 deliveryId)
{
    if (!m_officerDesk || !m_officerDeskAction->isVisible())
        return;
    m_window.showPage(m_officerDesk);
    m_officerDesk->showApproval(deliveryId);
}
