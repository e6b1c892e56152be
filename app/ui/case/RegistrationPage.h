// Step 5, registration complete (استكمال التسجيل): what every earlier step
// requires, listed; the beneficiary's file number (Hijri year and sequence,
// e.g. 1448-000123) issued only when all of it is met (Ctrl+I, or on leaving
// the page); the registration receipt printed (Ctrl+P) or saved as PDF
// (Ctrl+Shift+S).
//
// Child object names: "requirementsLabel", "fileNumberValue", "issueButton",
// "printReceiptButton", "saveReceiptButton".
#pragma once

#include "ui/case/CaseStepPage.h"

#include <memory>

namespace Ui {
class RegistrationPage;
}

class RegistrationPage final : public CaseStepPage
{
    Q_OBJECT

public:
    RegistrationPage(CaseServices &services, QWidget *parent = nullptr);
    ~RegistrationPage() override;

    // Issues the file number when every requirement is met.
    Status save() override;
    Status issueFileNumber();
    Status printReceipt();
    Result<QString> saveReceipt();

protected:
    void load() override;
    void changeEvent(QEvent *event) override;

private:
    QStringList missing() const;
    QString fileNumber() const;

    std::unique_ptr<Ui::RegistrationPage> m_ui;
};
