#include "ui/shell/WaitingCounts.h"

#include "core/DeskText.h"
#include "services/DeskQueries.h"
#include "services/Session.h"
#include "ui/widgets/ListUpkeep.h"

#include <QAction>
#include <QWidget>

namespace {

bool worksCases(const Session &s)
{
    return s.may(Action::ViewCases) && s.may(Action::EditCase);
}

bool answersReferrals(const Session &s)
{
    return s.may(Action::ViewCases) && s.may(Action::AnswerReferral);
}

void showIf(QAction *action, bool allowed)
{
    action->setVisible(allowed);
    action->setEnabled(allowed);
}

} // namespace

WaitingCounts::WaitingCounts(Database &db, const Session &session, QWidget *window)
    : QObject(window), m_db(db), m_session(session), m_answers(new QAction(window)),
      m_referrals(new QAction(window)),
      m_upkeep(new ListUpkeep(db, session, window, ListUpkeep::Reading::Always))
{
    m_answers->setObjectName(QStringLiteral("answersWaitingAction"));
    m_referrals->setObjectName(QStringLiteral("referralsWaitingAction"));
    connect(m_answers, &QAction::triggered, this, &WaitingCounts::answersChosen);
    connect(m_referrals, &QAction::triggered, this, &WaitingCounts::referralsChosen);
    connect(m_upkeep, &ListUpkeep::readAgain, this, &WaitingCounts::refresh);
    applyPermissions();
}

void WaitingCounts::applyPermissions()
{
    showIf(m_answers, worksCases(m_session));
    showIf(m_referrals, answersReferrals(m_session));
    refresh();
}

void WaitingCounts::refresh()
{
    if (!m_answers->isVisible() && !m_referrals->isVisible())
        return;
    // A failed reading keeps the last counts: the lists say why themselves.
    if (const Result<WaitingWork> waiting = DeskQueries(m_db, m_session).waitingWork()) {
        m_answerCount = waiting->answersToPickUp;
        m_referralCount = waiting->referralsToAnswer;
    }
    show();
}

void WaitingCounts::listenAgain()
{
    m_upkeep->listenAgain();
    refresh();
}

void WaitingCounts::retranslate()
{
    m_answers->setToolTip(
        tr("Cases whose referral the program officer has answered: open them from the desk, "
           "where they are at the top"));
    m_referrals->setToolTip(tr("Referrals waiting for the program officer's answer"));
    show();
}

void WaitingCounts::show()
{
    //: the window bar: cases whose referral answer waits for the desk
    m_answers->setText(tr("Answers waiting: %1").arg(DeskText::number(m_answerCount)));
    //: the window bar: referrals waiting for the program officer's answer
    m_referrals->setText(tr("Referrals waiting: %1").arg(DeskText::number(m_referralCount)));
    const auto emphasise = [](QAction *action, bool on) {
        QFont font = action->font();
        font.setBold(on);
        action->setFont(font);
    };
    emphasise(m_answers, m_answerCount > 0);
    emphasise(m_referrals, m_referralCount > 0);
}
