// Step 4, verification and declaration (التحقق من صحة البيانات والإقرار): the
// staff member ticks each part of the record checked against the originals
// (all ticked: the data is verified, saved on leaving); the chosen service's
// eligibility rules are listed, each passed or failed with the reason; a
// failing rule blocks the case, which then needs the program officer's
// override (or is closed as not eligible). The beneficiary's declaration that
// they are responsible for the accuracy of their data (seed 000, item 3) is
// printed for signature in Arabic (print preview, Ctrl+P; or PDF,
// Ctrl+Shift+S), then recorded as signed (Ctrl+D).
//
// Child object names: "nameCheck", "idCheck", "phoneCheck", "birthCheck",
// "familyCheck", "addressCheck", "documentsCheck", "rulesView",
// "overrideLabel", "notEligibleButton", "printDeclarationButton",
// "saveDeclarationButton", "signedButton", "declarationStatusLabel".
#pragma once

#include "ui/case/CaseStepPage.h"

#include <memory>

class QCheckBox;

namespace Ui {
class VerificationPage;
}

class VerificationPage final : public CaseStepPage
{
    Q_OBJECT

public:
    VerificationPage(CaseServices &services, QWidget *parent = nullptr);
    ~VerificationPage() override;

    Status save() override;
    // The data counts as verified once every part is ticked, before it is saved.
    CaseContext onScreen() const override;

    Status printDeclaration();
    // The path written, or empty when cancelled.
    Result<QString> saveDeclaration();
    Status recordSigned();
    Status closeNotEligible();
    bool allChecked() const;

protected:
    void load() override;
    void changeEvent(QEvent *event) override;

private:
    QList<QCheckBox *> checks() const;
    void showValues();
    void showEligibility();
    void showDeclaration();
    void updateVerifiedHint();

    std::unique_ptr<Ui::VerificationPage> m_ui;
};
