#include "ui/beneficiary/BeneficiaryEditor.h"

#include "core/DeskText.h"

#include "ui_BeneficiaryEditor.h"

#include "core/NamePart.h"
#include "core/Nationality.h"
#include "core/TextInput.h"
#include "services/BeneficiaryValidation.h"
#include "ui/beneficiary/RecordFormRows.h"

#include <QEvent>
#include <QPushButton>

#include <cmath>

namespace {

QString simplified(const QString &s)
{
    return TextInput::stripBidiControls(s).simplified();
}

} // namespace

BeneficiaryEditor::BeneficiaryEditor(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::BeneficiaryEditor>())
{
    m_ui->setupUi(this);
    RecordFormRows::arrange(this, m_ui->grid);
    m_ui->familySizeEdit->setRange(1, BeneficiaryValidation::maxFamilySize);
    m_ui->incomeEdit->setRange(0, 10000000);
    m_ui->incomeEdit->setDecimals(2);
    // Its line is kept while empty: the fields below never move as it comes and goes.
    QSizePolicy keep = m_ui->nameMessage->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_ui->nameMessage->setSizePolicy(keep);
    m_ui->nameMessage->hide();
    QPalette warning = m_ui->nameMessage->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb3, 0x26, 0x1e));
    m_ui->nameMessage->setPalette(warning);
    fillChoices();

    for (QLineEdit *e : {m_ui->firstNameEdit, m_ui->fatherNameEdit, m_ui->grandfatherNameEdit,
                         m_ui->familyNameEdit}) {
        connect(e, &QLineEdit::textEdited, this, &BeneficiaryEditor::checkName);
        connect(e, &QLineEdit::textEdited, this, &BeneficiaryEditor::identityChanged);
    }
    connect(m_ui->idNumberEdit, &ValidatedLineEdit::textChanged, this,
            &BeneficiaryEditor::identityChanged);
    connect(m_ui->otherIdEdit, &QLineEdit::textEdited, this, &BeneficiaryEditor::identityChanged);
    connect(m_ui->phoneEdit, &ValidatedLineEdit::textChanged, this,
            &BeneficiaryEditor::identityChanged);
    connect(m_ui->idTypeCombo, &QComboBox::currentIndexChanged, this,
            &BeneficiaryEditor::showIdField);
    connect(m_ui->consentCheck, &QCheckBox::toggled, m_ui->consentPurposeEdit,
            &QLineEdit::setEnabled);

    for (QLineEdit *e :
         {m_ui->firstNameEdit, m_ui->fatherNameEdit, m_ui->grandfatherNameEdit,
          m_ui->familyNameEdit, m_ui->otherIdEdit, static_cast<QLineEdit *>(m_ui->familySizeEdit),
          static_cast<QLineEdit *>(m_ui->incomeEdit), m_ui->cityEdit, m_ui->districtEdit,
          m_ui->consentPurposeEdit})
        connect(e, &QLineEdit::textEdited, this, &BeneficiaryEditor::edited);
    for (ValidatedLineEdit *e : {static_cast<ValidatedLineEdit *>(m_ui->idNumberEdit),
                                 static_cast<ValidatedLineEdit *>(m_ui->phoneEdit),
                                 static_cast<ValidatedLineEdit *>(m_ui->birthDateEdit)})
        connect(e, &ValidatedLineEdit::textChanged, this, &BeneficiaryEditor::edited);
    for (QComboBox *c : {m_ui->idTypeCombo, m_ui->genderCombo})
        connect(c, &QComboBox::currentIndexChanged, this, &BeneficiaryEditor::edited);
    connect(m_ui->nationalityCombo, &QComboBox::currentTextChanged, this,
            &BeneficiaryEditor::edited);
    connect(m_ui->consentCheck, &QCheckBox::toggled, this, &BeneficiaryEditor::edited);
    setBeneficiary(std::nullopt);
}

BeneficiaryEditor::~BeneficiaryEditor() = default;

void BeneficiaryEditor::fillChoices()
{
    const int idType = m_ui->idTypeCombo->currentIndex();
    const int gender = m_ui->genderCombo->currentIndex();
    const QString nationality = m_ui->nationalityCombo->count() ? this->nationality() : QString();

    m_ui->idTypeCombo->clear();
    for (IdType t : {IdType::NationalId, IdType::Iqama, IdType::BorderNumber, IdType::Passport})
        m_ui->idTypeCombo->addItem(Domain::label(t), int(t));
    m_ui->genderCombo->clear();
    for (Gender g : {Gender::Unspecified, Gender::Male, Gender::Female})
        m_ui->genderCombo->addItem(Domain::label(g), int(g));
    m_ui->nationalityCombo->clear();
    m_ui->nationalityCombo->addItem(tr("Not stated"), QString());
    for (const QString &code : Nationality::commonCodes())
        m_ui->nationalityCombo->addItem(Nationality::entry(code), code);
    m_ui->idTypeCombo->setCurrentIndex(qMax(0, idType));
    m_ui->genderCombo->setCurrentIndex(qMax(0, gender));
    const int n = m_ui->nationalityCombo->findData(nationality);
    if (n >= 0)
        m_ui->nationalityCombo->setCurrentIndex(n);
    else
        m_ui->nationalityCombo->setEditText(nationality);
    m_ui->consentPurposeEdit->setPlaceholderText(
        tr("Providing the association's services and following them up"));
}

void BeneficiaryEditor::setBeneficiary(const std::optional<Beneficiary> &beneficiary)
{
    m_loaded = beneficiary ? *beneficiary : Beneficiary();
    const Beneficiary &b = m_loaded;
    if (!beneficiary) {
        m_loaded.consentPurpose = tr("Providing the association's services and following them up");
    }
    m_ui->firstNameEdit->setText(b.name.first);
    m_ui->fatherNameEdit->setText(b.name.father);
    m_ui->grandfatherNameEdit->setText(b.name.grandfather);
    m_ui->familyNameEdit->setText(b.name.family);
    m_ui->idTypeCombo->setCurrentIndex(m_ui->idTypeCombo->findData(int(b.idType)));
    const bool national = b.idType == IdType::NationalId || b.idType == IdType::Iqama;
    m_ui->idNumberEdit->setText(national ? DeskText::digits(b.idNumber) : QString());
    m_ui->otherIdEdit->setText(national ? QString() : b.idNumber);
    m_ui->phoneEdit->setE164(b.phone);
    if (b.phone.isEmpty())
        m_ui->phoneEdit->clear();
    m_ui->birthDateEdit->setWritten(b.writtenBirthDate());
    m_ui->genderCombo->setCurrentIndex(m_ui->genderCombo->findData(int(b.gender)));
    const int n = m_ui->nationalityCombo->findData(b.nationality);
    if (n >= 0)
        m_ui->nationalityCombo->setCurrentIndex(n);
    else
        m_ui->nationalityCombo->setEditText(b.nationality);
    m_ui->familySizeEdit->setValue(b.familySize > 0 ? std::optional<double>(b.familySize)
                                                    : std::nullopt);
    m_ui->incomeEdit->setValue(b.monthlyIncome ? std::optional<double>(*b.monthlyIncome / 100.0)
                                               : std::nullopt);
    m_ui->cityEdit->setText(b.city);
    m_ui->districtEdit->setText(b.district);
    m_ui->consentCheck->setChecked(b.consentGiven);
    m_ui->consentPurposeEdit->setText(m_loaded.consentPurpose);
    m_ui->consentPurposeEdit->setEnabled(b.consentGiven && m_ui->consentCheck->isEnabled());
    showIdField();
    checkName();
}

IdType BeneficiaryEditor::idType() const
{
    return IdType(m_ui->idTypeCombo->currentData().toInt());
}

QString BeneficiaryEditor::nationality() const
{
    const QString text = m_ui->nationalityCombo->currentText();
    const int i = m_ui->nationalityCombo->findText(text);
    if (i >= 0)
        return m_ui->nationalityCombo->itemData(i).toString();
    return simplified(text).toUpper();
}

Beneficiary BeneficiaryEditor::beneficiary() const
{
    Beneficiary b = m_loaded;
    b.name.first = simplified(m_ui->firstNameEdit->text());
    b.name.father = simplified(m_ui->fatherNameEdit->text());
    b.name.grandfather = simplified(m_ui->grandfatherNameEdit->text());
    b.name.family = simplified(m_ui->familyNameEdit->text());
    b.idType = idType();
    const bool national = b.idType == IdType::NationalId || b.idType == IdType::Iqama;
    if (national) {
        const QString digits = m_ui->idNumberEdit->digits();
        b.idNumber = digits.isEmpty() ? m_ui->idNumberEdit->text().trimmed() : digits;
        // The number itself tells a citizen from a resident.
        if (!digits.isEmpty())
            b.idType = digits.startsWith(QLatin1Char('1')) ? IdType::NationalId : IdType::Iqama;
    } else {
        b.idNumber = m_ui->otherIdEdit->text().trimmed();
    }
    const QString e164 = m_ui->phoneEdit->e164();
    b.phone = e164.isEmpty() ? m_ui->phoneEdit->text().trimmed() : e164;
    b.setBirthDate(m_ui->birthDateEdit->written());
    b.gender = Gender(m_ui->genderCombo->currentData().toInt());
    b.nationality = nationality();
    const auto size = m_ui->familySizeEdit->value();
    b.familySize = size ? int(*size) : 0;
    const auto income = m_ui->incomeEdit->value();
    b.monthlyIncome =
        income ? std::optional<qint64>(qint64(std::llround(*income * 100))) : std::nullopt;
    b.city = simplified(m_ui->cityEdit->text());
    b.district = simplified(m_ui->districtEdit->text());
    b.consentGiven = m_ui->consentCheck->isChecked();
    b.consentPurpose = simplified(m_ui->consentPurposeEdit->text());
    return b;
}

bool BeneficiaryEditor::isBlank() const
{
    const Beneficiary b = beneficiary();
    return isNew() && b.name.first.isEmpty() && b.name.father.isEmpty() &&
           b.name.grandfather.isEmpty() && b.name.family.isEmpty() && b.idNumber.isEmpty() &&
           b.phone.isEmpty() && !b.birthDate.isValid() && b.familySize == 0 && !b.monthlyIncome &&
           b.city.isEmpty() && b.district.isEmpty();
}

bool BeneficiaryEditor::isModified() const
{
    const Beneficiary b = beneficiary();
    const Beneficiary &o = m_loaded;
    return !(b.name == o.name) || b.idType != o.idType || b.idNumber != o.idNumber ||
           b.phone != o.phone || b.writtenBirthDate() != o.writtenBirthDate() ||
           b.gender != o.gender || b.nationality != o.nationality || b.familySize != o.familySize ||
           b.monthlyIncome != o.monthlyIncome || b.city != o.city || b.district != o.district ||
           b.consentGiven != o.consentGiven || b.consentPurpose != simplified(o.consentPurpose);
}

Status BeneficiaryEditor::check() const
{
    if (!m_ui->familySizeEdit->isAcceptable())
        return Status::failure(tr("The family size is a whole number from 1 to 50."));
    if (!m_ui->incomeEdit->isAcceptable())
        return Status::failure(tr("The monthly income is an amount in riyals, such as 2500."));
    if (!m_ui->birthDateEdit->text().trimmed().isEmpty() && !m_ui->birthDateEdit->date().isValid())
        return Status::failure(
            tr("The birth date is not a date: %1").arg(m_ui->birthDateEdit->message()));
    return Status::success();
}

void BeneficiaryEditor::showIdField()
{
    const bool national = idType() == IdType::NationalId || idType() == IdType::Iqama;
    m_ui->idNumberEdit->setVisible(national);
    m_ui->otherIdEdit->setVisible(!national);
}

void BeneficiaryEditor::checkName()
{
    const QLineEdit *parts[] = {m_ui->firstNameEdit, m_ui->fatherNameEdit,
                                m_ui->grandfatherNameEdit, m_ui->familyNameEdit};
    QString problem;
    for (int i = 0; i < 4 && problem.isEmpty(); ++i) {
        if (parts[i]->text().trimmed().isEmpty())
            continue; // a required part left empty is said when saving
        const Result<QString> cleaned = NamePart::clean(parts[i]->text(), false);
        if (!cleaned)
            problem = cleaned.error();
    }
    m_ui->nameMessage->setText(problem);
    m_ui->nameMessage->setVisible(!problem.isEmpty());
}

QPushButton *BeneficiaryEditor::privacyNoticeButton() const
{
    return m_ui->privacyNoticeButton;
}

void BeneficiaryEditor::setEditable(bool editable)
{
    const QList<QWidget *> fields = {
        m_ui->firstNameEdit, m_ui->fatherNameEdit, m_ui->grandfatherNameEdit, m_ui->familyNameEdit,
        m_ui->idTypeCombo,   m_ui->idNumberEdit,   m_ui->otherIdEdit,         m_ui->phoneEdit,
        m_ui->birthDateEdit, m_ui->genderCombo,    m_ui->nationalityCombo,    m_ui->familySizeEdit,
        m_ui->incomeEdit,    m_ui->cityEdit,       m_ui->districtEdit,        m_ui->consentCheck};
    for (QWidget *w : fields)
        w->setEnabled(editable);
    m_ui->consentPurposeEdit->setEnabled(editable && m_ui->consentCheck->isChecked());
}

void BeneficiaryEditor::setRequiredFields(const QVector<Eligibility::Field> &fields)
{
    m_required = fields;
    const QString required = tr("The chosen service needs this.");
    const auto mark = [&](QLabel *label, bool on) {
        QFont f = label->font();
        f.setBold(on);
        label->setFont(f);
        label->setToolTip(on ? required : QString());
    };
    mark(m_ui->incomeLabel, fields.contains(Eligibility::Field::MonthlyIncome));
    mark(m_ui->familySizeLabel, fields.contains(Eligibility::Field::FamilySize));
    mark(m_ui->nationalityLabel, fields.contains(Eligibility::Field::Nationality));
    mark(m_ui->cityLabel, fields.contains(Eligibility::Field::City));
    mark(m_ui->birthDateLabel, fields.contains(Eligibility::Field::BirthDate));
}

QString BeneficiaryEditor::nationalityName(const QString &code)
{
    return Nationality::name(code);
}

QWidget *BeneficiaryEditor::firstField() const
{
    return m_ui->firstNameEdit;
}

QWidget *BeneficiaryEditor::lastField() const
{
    return m_ui->consentPurposeEdit;
}

void BeneficiaryEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillChoices();
        setRequiredFields(m_required);
    }
    QWidget::changeEvent(event);
}
