#include "ui/beneficiary/PersonRightsBar.h"

#include "services/Session.h"
#include "ui/beneficiary/PrivacyNoticeMenu.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>

PersonRightsBar::PersonRightsBar(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_notice = new QPushButton(this);
    m_notice->setObjectName(QStringLiteral("filePrivacyNoticeButton"));
    m_notice->setAutoDefault(false);
    m_menu = new PrivacyNoticeMenu(db, session, this);
    m_notice->setMenu(m_menu);
    // Whoever may read the notice (PrivacyNoticeDesk): the desk, the
    // officer, the manager.
    m_notice->setVisible(session.may(Action::ViewCases) || session.may(Action::EditCatalogue));
    m_requests = new QPushButton(this);
    m_requests->setObjectName(QStringLiteral("personRequestsButton"));
    m_requests->setAutoDefault(false);
    m_requests->setVisible(session.may(Action::HandleDataRequests));
    layout->addWidget(m_notice);
    layout->addWidget(m_requests);
    connect(m_menu, &PrivacyNoticeMenu::failed, this, &PersonRightsBar::failed);
    connect(m_menu, &PrivacyNoticeMenu::saved, this, &PersonRightsBar::saved);
    connect(m_requests, &QPushButton::clicked, this, &PersonRightsBar::requestsWanted);
    retranslate();
}

void PersonRightsBar::retranslate()
{
    m_notice->setText(tr("Privacy notice…"));
    m_notice->setToolTip(tr("Print the privacy notice for this person, or save it as PDF"));
    m_requests->setText(tr("Data requests…"));
    m_requests->setToolTip(
        tr("This person's requests about their data, where a new one can be recorded"));
}

void PersonRightsBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
