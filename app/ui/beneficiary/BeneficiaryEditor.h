// The beneficiary's record as the desk types it (step 2): the four-part name,
// the ID (national ID or iqama checked while typed, with the reason in words;
// or a border number or passport), phone, birth date in either calendar (both
// shown), gender, nationality, family size, monthly income, city and
// district, and the consent to the use of the data with its purpose (Personal
// Data Protection Law, DOMAIN.md 6.1). Arabic-Indic digits are accepted in
// every number. Fields the chosen service's rules need are marked.
//
// Child object names: "firstNameEdit", "fatherNameEdit", "grandfatherNameEdit",
// "familyNameEdit", "nameMessage", "idTypeCombo", "idNumberEdit" (NationalIdEdit),
// "otherIdEdit", "phoneEdit", "birthDateEdit", "genderCombo", "nationalityCombo",
// "familySizeEdit", "incomeEdit", "cityEdit", "districtEdit", "consentCheck",
// "consentPurposeEdit".
#pragma once

#include "core/Beneficiary.h"
#include "core/Eligibility.h"
#include "core/Result.h"

#include <QWidget>

#include <memory>
#include <optional>

class QPushButton;

namespace Ui {
class BeneficiaryEditor;
}

class BeneficiaryEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit BeneficiaryEditor(QWidget *parent = nullptr);
    ~BeneficiaryEditor() override;

    // Shows a stored record, or an empty form for a new one.
    void setBeneficiary(const std::optional<Beneficiary> &beneficiary);
    // The record as typed, on top of the one shown (id, version, file
    // number and times are kept). Not validated: the services check it.
    Beneficiary beneficiary() const;
    bool isNew() const { return m_loaded.id == 0; }
    // A new record with nothing typed in it.
    bool isBlank() const;
    // Something differs from the record shown.
    bool isModified() const;
    // What is typed that cannot be saved (a number that is not one), in words.
    Status check() const;

    void setEditable(bool editable);
    // Marks the fields the chosen service's rules need.
    void setRequiredFields(const QVector<Eligibility::Field> &fields);
    QWidget *firstField() const;
    // A nationality's name for people ("Saudi"), or the code when not listed.
    static QString nationalityName(const QString &code);
    QWidget *lastField() const;
    // Beside the consent: the page holding the form gives it what it does
    // (PrivacyNoticeMenu), having the database and the session.
    QPushButton *privacyNoticeButton() const;

signals:
    // The name, ID or phone changed (possible duplicates may change).
    void identityChanged();
    // Any field was changed by the person (what blocks the case may change).
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillChoices();
    void showIdField();
    void checkName();
    QString nationality() const;
    IdType idType() const;

    std::unique_ptr<Ui::BeneficiaryEditor> m_ui;
    Beneficiary m_loaded;
    QVector<Eligibility::Field> m_required;
};
