// The manager's catalogue page (issue 4), in five tabs: services with their
// eligibility rules (ServicesPanel), document types, survey questions,
// common inquiries with their approved answers, and the privacy notice's
// text (PrivacyNoticePanel, issue 13). Everything goes through CatalogueDesk
// or PrivacyNoticeDesk, which refuse anyone without Action::EditCatalogue.
//
// Child object names: "catalogueTabs", "servicesPanel", "documentTypesPanel",
// "surveyQuestionsPanel", "approvedAnswersPanel", "privacyNoticePanel".
#pragma once

#include <QWidget>

#include <memory>

class ApprovedAnswersPanel;
class CatalogueDesk;
class Database;
class DocumentTypesPanel;
class PrivacyNoticePanel;
class ServicesPanel;
class Session;
class SurveyQuestionsPanel;

namespace Ui {
class CataloguePage;
}

class CataloguePage final : public QWidget
{
    Q_OBJECT

public:
    CataloguePage(Database &db, const Session &session, QWidget *parent = nullptr);
    ~CataloguePage() override;

    ServicesPanel *services() const { return m_services; }
    DocumentTypesPanel *documentTypes() const { return m_documentTypes; }
    SurveyQuestionsPanel *surveyQuestions() const { return m_questions; }
    ApprovedAnswersPanel *approvedAnswers() const { return m_answers; }
    PrivacyNoticePanel *privacyNotice() const { return m_privacyNotice; }

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::CataloguePage> m_ui;
    std::unique_ptr<CatalogueDesk> m_editor;
    ServicesPanel *m_services = nullptr;
    DocumentTypesPanel *m_documentTypes = nullptr;
    SurveyQuestionsPanel *m_questions = nullptr;
    ApprovedAnswersPanel *m_answers = nullptr;
    PrivacyNoticePanel *m_privacyNotice = nullptr;
};
