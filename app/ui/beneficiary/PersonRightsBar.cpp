#include "ui/beneficiary/PersonRightsBar.h"

#include "ui_PersonRightsBar.h"

#include "services/Session.h"
#include "ui/beneficiary/PrivacyNoticeMenu.h"

#include <QEvent>

PersonRightsBar::PersonRightsBar(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::PersonRightsBar>())
{
    m_ui->setupUi(this);
    m_menu = new PrivacyNoticeMenu(db, session, this);
    m_ui->filePrivacyNoticeButton->setMenu(m_menu);
    // Whoever may read the notice (PrivacyNoticeDesk): the desk, the
    // officer, the manager.
    m_ui->filePrivacyNoticeButton->setVisible(session.may(Action::ViewCases) ||
                                              session.may(Action::EditCatalogue));
    m_ui->personRequestsButton->setVisible(session.may(Action::HandleDataRequests));
    connect(m_menu, &PrivacyNoticeMenu::failed, this, &PersonRightsBar::failed);
    connect(m_menu, &PrivacyNoticeMenu::saved, this, &PersonRightsBar::saved);
    connect(m_ui->personRequestsButton, &QPushButton::clicked, this,
            &PersonRightsBar::requestsWanted);
}

PersonRightsBar::~PersonRightsBar() = default;

void PersonRightsBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWidget::changeEvent(event);
}
