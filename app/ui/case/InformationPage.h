// Step 2, information and matching (استيفاء المعلومات والمطابقة): finds the
// beneficiary as the name, ID or phone is typed (BeneficiarySearchPanel) and
// links the one chosen; or registers a new one, showing possible duplicates
// (same ID, phone or name) before the record can be created; corrections to
// the record; the service requested and its required documents as a
// checklist with expiry dates (DocumentChecklistEditor).
//
// Saved on leaving: the record (registered or corrected), the service, the
// documents; each one CaseDesk call. Until then the screen judges what blocks
// the next step on what the page shows (onScreen): a new record typed counts
// as the one saving will register, and the list says that saving does so.
//
// Child object names: "caseSearch" (BeneficiarySearchPanel),
// "newBeneficiaryButton", "findBeneficiaryButton", "beneficiaryStatusLabel", "beneficiaryEditor",
// "duplicatesBox", "duplicatesView", "useDuplicateButton", "notDuplicateCheck",
// "serviceCombo", "documentsEditor".
#pragma once

#include "ui/case/CaseStepPage.h"

#include <memory>

class BeneficiaryMatchModel;
class BeneficiarySearchPanel;
class QTimer;

namespace Ui {
class InformationPage;
}

class InformationPage final : public CaseStepPage
{
    Q_OBJECT

public:
    InformationPage(CaseServices &services, QWidget *parent = nullptr);
    ~InformationPage() override;

    Status save() override;
    void focusFirstField() override;
    CaseContext onScreen() const override;
    QStringList refusals() const override;
    QString whatSaveDoes() const override;

    BeneficiarySearchPanel *search() const { return m_search; }
    // Links a registered beneficiary to the case at once.
    Status chooseBeneficiary(qint64 beneficiaryId);
    // An empty record for a new beneficiary.
    void startNewBeneficiary();
    // Looks for possible duplicates of the new record now.
    void checkDuplicates();
    int duplicateCount() const;

protected:
    void load() override;
    void changeEvent(QEvent *event) override;

private:
    void fillServices();
    void onServiceChosen();
    void showBeneficiaryStatus();
    // The search in the record's place (no one linked yet, or looking for
    // another), or the record.
    void showSearch(bool shown);
    bool searchShown() const;
    void useDuplicate();
    qint64 chosenService() const;
    const Service *serviceById(qint64 id) const;
    Status saveBeneficiary();
    // A new record is typed (not blank): saving registers it.
    bool typesNewBeneficiary() const;

    std::unique_ptr<Ui::InformationPage> m_ui;
    BeneficiarySearchPanel *m_search = nullptr;
    BeneficiaryMatchModel *m_duplicates = nullptr;
    QTimer *m_duplicateTimer = nullptr;
    QVector<Service> m_services;
};
