// Step 7, the satisfaction survey (قياس رضا المستفيد): each active question
// with five large buttons the beneficiary can press on the screen (1 very
// dissatisfied .. 5 very satisfied; with the keyboard, a digit 1-5 in any
// script answers the question in focus and moves to the next), a free
// comment, whether it was taken by phone; or "declined" (Ctrl+D). It can be
// filled later by phone: the case waits at this step on the desk. Recording
// it closes the case.
//
// Child object names: "questionsHolder", "question_<id>" (the label),
// "score_<id>_<1..5>" (the buttons), "commentEdit", "byPhoneCheck",
// "declineButton", "surveyStatusLabel".
#pragma once

#include "ui/case/CaseStepPage.h"

#include <QMap>

#include <memory>

class QButtonGroup;
class QLabel;
class QPushButton;

namespace Ui {
class SurveyPage;
}

class SurveyPage final : public CaseStepPage
{
    Q_OBJECT

public:
    SurveyPage(CaseServices &services, QWidget *parent = nullptr);
    ~SurveyPage() override;

    // Records the answers and comment given, if any; the case closes.
    Status save() override;
    void focusFirstField() override;
    Status decline();

    int questionCount() const { return m_rows.size(); }
    // The score chosen for a question, 0 for none.
    int score(qint64 questionId) const;

protected:
    void load() override;
    bool handleEnter(QWidget *focus) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        SurveyQuestion question;
        QLabel *label = nullptr;
        QButtonGroup *group = nullptr;
        QVector<QPushButton *> buttons; // scores 1..5
    };
    void rebuild(const QVector<SurveyQuestion> &questions);
    void clearRows();
    void showRecorded();
    int rowOf(QWidget *button) const;
    void focusRow(int row);
    static QString scoreLabel(int score, bool woman = false);
    // The case's beneficiary is a woman: texts about her take her form.
    bool aboutAWoman() const;

    std::unique_ptr<Ui::SurveyPage> m_ui;
    QVector<Row> m_rows;
};
