// Step 1, reception (الاستقبال): the channel the visitor came through (the
// seven of the policy), the purpose (inquiry, service request, suggestion or
// complaint, follow-up), what they asked, the arrival time (filled in) and who
// received them. A walk-in gets the day's queue number, printed on a small
// ticket (Ctrl+P). An inquiry answered at the desk goes straight to the
// survey (Ctrl+Shift+Enter, or Enter in the answer field).
//
// As the receptionist types what the visitor asks, the catalogue's approved
// answers that match it in any spelling are listed; giving one (Ctrl+G, or
// Enter in the list; Up and Down in the inquiry field move through the list)
// records it on the case, so the monthly report counts the
// most asked questions, and for an inquiry fills in the answer at the desk.
//
// For a new visitor there is no case yet: saving opens it (caseOpened).
//
// Child object names: "channelCombo", "purposeCombo", "inquiryEdit",
// "arrivalValue", "receivedByValue", "queueNumberValue", "printTicketButton",
// "deskAnswerBox", "answerEdit", "answerButton", "approvedAnswersList",
// "giveAnswerButton", "givenAnswersLabel".
#pragma once

#include "ui/case/CaseStepPage.h"

#include <memory>

class QTimer;

namespace Ui {
class ReceptionPage;
}

class ReceptionPage final : public CaseStepPage
{
    Q_OBJECT

public:
    ReceptionPage(CaseServices &services, QWidget *parent = nullptr);
    ~ReceptionPage() override;

    Status save() override;
    void focusFirstField() override;

    // Prints the walk-in's ticket (opening the case first when it is new).
    Status printTicket();
    // Records the answer given at the desk; the case goes to the survey.
    Status answerAtDesk();
    // Records the approved answer chosen in the list as given on the case
    // (opening the case first when it is new).
    Status giveApprovedAnswer();

signals:
    void caseOpened(qint64 caseId);

protected:
    void load() override;
    bool handleEnter(QWidget *focus) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillChoices();
    void updateAnswerBox();
    void showArrival();
    void searchAnswers();
    void showGivenAnswers();
    Channel channel() const;
    Purpose purpose() const;

    std::unique_ptr<Ui::ReceptionPage> m_ui;
    QTimer *m_answerSearch = nullptr; // waits for a pause in typing
};
