// Step 3, referral to the program officer (الإحالة لمسؤول البرامج), when the
// procedure is not clear: the question is written (Ctrl+R from reception,
// information or verification) and sent with Ctrl+Enter; the case then waits
// in the officer's queue and shows as waiting. When the officer has answered
// (F5 reads the case again), the answer shows here and Ctrl+Enter takes the
// case back to the step it was referred from.
//
// Child object names: "questionEdit", "sendButton", "referralStatusLabel",
// "officerAnswerBox", "answerValue", "answeredByValue", "historyLabel".
#pragma once

#include "ui/case/CaseStepPage.h"

#include <memory>

namespace Ui {
class ReferralPage;
}

class ReferralPage final : public CaseStepPage
{
    Q_OBJECT

public:
    ReferralPage(CaseServices &services, QWidget *parent = nullptr);
    ~ReferralPage() override;

    // Whether the page is open to write a new referral's question.
    void setDrafting(bool drafting) { m_drafting = drafting; }
    bool isDrafting() const { return m_drafting; }

    // Sends the question when one is being written.
    Status save() override;
    void focusFirstField() override;
    // "send the question" while one is being written.
    QString nextKeyMeaning() const override;

protected:
    void load() override;
    void changeEvent(QEvent *event) override;

private:
    void showHistory();

    std::unique_ptr<Ui::ReferralPage> m_ui;
    bool m_drafting = false;
};
