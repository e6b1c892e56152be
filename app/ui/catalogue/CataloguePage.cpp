#include "ui/catalogue/CataloguePage.h"

#include "ui_CataloguePage.h"

#include "services/CatalogueDesk.h"
#include "ui/catalogue/ApprovedAnswersPanel.h"
#include "ui/catalogue/DocumentTypesPanel.h"
#include "ui/catalogue/PrivacyNoticePanel.h"
#include "ui/catalogue/ServicesPanel.h"
#include "ui/catalogue/SurveyQuestionsPanel.h"

#include <QEvent>

CataloguePage::CataloguePage(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::CataloguePage>()),
      m_editor(std::make_unique<CatalogueDesk>(db, session))
{
    m_ui->setupUi(this);
    QFont title = m_ui->catalogueTitleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_ui->catalogueTitleLabel->setFont(title);

    m_services = new ServicesPanel(*m_editor, m_ui->servicesTab);
    m_services->setObjectName(QStringLiteral("servicesPanel"));
    m_ui->servicesTabLayout->addWidget(m_services);
    m_documentTypes = new DocumentTypesPanel(*m_editor, m_ui->documentTypesTab);
    m_documentTypes->setObjectName(QStringLiteral("documentTypesPanel"));
    m_ui->documentTypesTabLayout->addWidget(m_documentTypes);
    m_questions = new SurveyQuestionsPanel(*m_editor, m_ui->surveyTab);
    m_questions->setObjectName(QStringLiteral("surveyQuestionsPanel"));
    m_ui->surveyTabLayout->addWidget(m_questions);
    m_answers = new ApprovedAnswersPanel(*m_editor, m_ui->answersTab);
    m_answers->setObjectName(QStringLiteral("approvedAnswersPanel"));
    m_ui->answersTabLayout->addWidget(m_answers);
    m_privacyNotice = new PrivacyNoticePanel(db, session, m_ui->privacyTab);
    m_privacyNotice->setObjectName(QStringLiteral("privacyNoticePanel"));
    m_ui->privacyTabLayout->addWidget(m_privacyNotice);

    // A new document type is offered to the services at once.
    connect(m_documentTypes, &CatalogueListPanel::saved, this, [this] {
        if (!m_services->hasChanges())
            m_services->reload();
    });
    setFocusProxy(m_ui->catalogueTabs);
}

CataloguePage::~CataloguePage() = default;

void CataloguePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWidget::changeEvent(event);
}
