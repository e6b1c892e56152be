// The catalogue's survey tab: the satisfaction questions in the order the
// desk asks them, each in Arabic and English and asked or not. Move up and
// Move down change the order at once.
//
// Child object names: "questionsList", "newQuestionButton", "moveUpButton",
// "moveDownButton", "questionArEdit", "questionEnEdit", "questionActiveCheck",
// "saveQuestionButton", "undoQuestionButton", "questionMessageLabel".
#pragma once

#include "core/Survey.h"
#include "ui/catalogue/CatalogueListPanel.h"

#include <memory>

class CatalogueDesk;

namespace Ui {
class SurveyQuestionsPanel;
}

class SurveyQuestionsPanel final : public CatalogueListPanel
{
    Q_OBJECT

public:
    explicit SurveyQuestionsPanel(CatalogueDesk &editor, QWidget *parent = nullptr);
    ~SurveyQuestionsPanel() override;

protected:
    Status load() override;
    qint64 idAt(int row) const override;
    void fill(int row) override;
    Result<qint64> save(int row) override;
    QWidget *firstField() const override;
    void changeEvent(QEvent *event) override;

private:
    void move(int delta);

    std::unique_ptr<Ui::SurveyQuestionsPanel> m_ui;
    CatalogueDesk &m_editor;
    QVector<SurveyQuestion> m_questions;
};
