// The manager's catalogue page (issue 4), in four tabs: services with their
// eligibility rules (ServicesEditor), document types, survey questions, and
// common inquiries with their approved answers. Everything goes through
// CatalogueEditor, which refuses anyone without Action::EditCatalogue.
//
// Child object names: "catalogueTabs", "servicesEditor", "documentTypesEditor",
// "surveyQuestionsEditor", "approvedAnswersEditor".
#pragma once

#include <QWidget>

#include <memory>

class ApprovedAnswersEditor;
class CatalogueEditor;
class Database;
class DocumentTypesEditor;
class ServicesEditor;
class Session;
class SurveyQuestionsEditor;

namespace Ui {
class CatalogueWidget;
}

class CatalogueWidget final : public QWidget
{
    Q_OBJECT

public:
    CatalogueWidget(Database &db, const Session &session, QWidget *parent = nullptr);
    ~CatalogueWidget() override;

    ServicesEditor *services() const { return m_services; }
    DocumentTypesEditor *documentTypes() const { return m_documentTypes; }
    SurveyQuestionsEditor *surveyQuestions() const { return m_questions; }
    ApprovedAnswersEditor *approvedAnswers() const { return m_answers; }

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::CatalogueWidget> m_ui;
    std::unique_ptr<CatalogueEditor> m_editor;
    ServicesEditor *m_services = nullptr;
    DocumentTypesEditor *m_documentTypes = nullptr;
    SurveyQuestionsEditor *m_questions = nullptr;
    ApprovedAnswersEditor *m_answers = nullptr;
};
