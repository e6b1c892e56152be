// Step 6, service delivery (تقديم الخدمة): the service, the quantity or the
// amount, notes, who delivers and when (recorded when the page is left, or
// Ctrl+S). A service that needs the program officer's approval waits for it
// ("awaiting approval": a follow-up on the officer's list); F5 reads the case
// again to see the approval.
//
// Child object names: "serviceValue", "quantityEdit", "amountEdit",
// "notesEdit", "deliveredByValue", "deliveredAtValue", "approvalLabel",
// "deliveriesLabel".
#pragma once

#include "ui/case/CaseStepPage.h"

#include <memory>

namespace Ui {
class DeliveryPage;
}

class DeliveryPage final : public CaseStepPage
{
    Q_OBJECT

public:
    DeliveryPage(CaseServices &services, QWidget *parent = nullptr);
    ~DeliveryPage() override;

    // Records the delivery typed, if any.
    Status save() override;
    void focusFirstField() override;

protected:
    void load() override;
    void changeEvent(QEvent *event) override;

private:
    void showDeliveries();
    bool hasInput() const;

    std::unique_ptr<Ui::DeliveryPage> m_ui;
};
