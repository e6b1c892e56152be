#include "ui/CatalogueWidget.h"

#include "ui_CatalogueWidget.h"

#include "services/CatalogueEditor.h"
#include "ui/ApprovedAnswersEditor.h"
#include "ui/DocumentTypesEditor.h"
#include "ui/ServicesEditor.h"
#include "ui/SurveyQuestionsEditor.h"

#include <QEvent>

CatalogueWidget::CatalogueWidget(Database &db, const Session &session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::CatalogueWidget>()),
      m_editor(std::make_unique<CatalogueEditor>(db, session))
{
    m_ui->setupUi(this);
    QFont title = m_ui->catalogueTitleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_ui->catalogueTitleLabel->setFont(title);

    m_services = new ServicesEditor(*m_editor, m_ui->servicesTab);
    m_services->setObjectName(QStringLiteral("servicesEditor"));
    m_ui->servicesTabLayout->addWidget(m_services);
    m_documentTypes = new DocumentTypesEditor(*m_editor, m_ui->documentTypesTab);
    m_documentTypes->setObjectName(QStringLiteral("documentTypesEditor"));
    m_ui->documentTypesTabLayout->addWidget(m_documentTypes);
    m_questions = new SurveyQuestionsEditor(*m_editor, m_ui->surveyTab);
    m_questions->setObjectName(QStringLiteral("surveyQuestionsEditor"));
    m_ui->surveyTabLayout->addWidget(m_questions);
    m_answers = new ApprovedAnswersEditor(*m_editor, m_ui->answersTab);
    m_answers->setObjectName(QStringLiteral("approvedAnswersEditor"));
    m_ui->answersTabLayout->addWidget(m_answers);

    // A new document type is offered to the services at once.
    connect(m_documentTypes, &CatalogueListEditor::saved, this, [this] {
        if (!m_services->hasChanges())
            m_services->reload();
    });
    setFocusProxy(m_ui->catalogueTabs);
}

CatalogueWidget::~CatalogueWidget() = default;

void CatalogueWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
    QWidget::changeEvent(event);
}
