// Step 1, reception (الاستقبال): the channel the visitor came through (the
// seven of the policy), the purpose (inquiry, service request, suggestion or
// complaint, follow-up), what they asked, the arrival time (filled in) and who
// received them. A walk-in gets the day's queue number, printed on a small
// ticket (Ctrl+P). An inquiry answered at the desk goes straight to the
// survey (Ctrl+Shift+Enter, or Enter in the answer field).
//
// For a new visitor there is no case yet: saving opens it (caseOpened).
//
// Child object names: "channelCombo", "purposeCombo", "inquiryEdit",
// "arrivalValue", "receivedByValue", "queueNumberValue", "printTicketButton",
// "deskAnswerBox", "answerEdit", "answerButton".
#pragma once

#include "ui/CaseStepPage.h"

#include <memory>

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

signals:
    void caseOpened(qint64 caseId);

protected:
    void load() override;
    bool handleEnter(QWidget *focus) override;
    void changeEvent(QEvent *event) override;

private:
    void fillChoices();
    void updateAnswerBox();
    void showArrival();
    Channel channel() const;
    Purpose purpose() const;

    std::unique_ptr<Ui::ReceptionPage> m_ui;
};
