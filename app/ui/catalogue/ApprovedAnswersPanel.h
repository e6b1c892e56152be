// The catalogue's common inquiries (seed 001 goal 3): each inquiry as people
// ask it, its approved answer and the document the answer comes from (the
// bylaws, the guides and procedures, the support policy...). An answer no
// longer offered is made inactive, never deleted: cases keep what they were
// told.
//
// Child object names: "answersList", "newAnswerButton", "answerQuestionEdit",
// "answerTextEdit", "answerSourceCombo", "answerActiveCheck",
// "saveAnswerButton", "undoAnswerButton", "answerMessageLabel".
#pragma once

#include "core/ApprovedAnswer.h"
#include "ui/catalogue/CatalogueListPanel.h"

#include <memory>

class CatalogueDesk;

namespace Ui {
class ApprovedAnswersPanel;
}

class ApprovedAnswersPanel final : public CatalogueListPanel
{
    Q_OBJECT

public:
    explicit ApprovedAnswersPanel(CatalogueDesk &editor, QWidget *parent = nullptr);
    ~ApprovedAnswersPanel() override;

protected:
    Status load() override;
    qint64 idAt(int row) const override;
    void fill(int row) override;
    Result<qint64> save(int row) override;
    QWidget *firstField() const override;
    void changeEvent(QEvent *event) override;

private:
    void fillSources();

    std::unique_ptr<Ui::ApprovedAnswersPanel> m_ui;
    CatalogueDesk &m_editor;
    QVector<ApprovedAnswer> m_answers;
};
