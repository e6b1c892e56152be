#include "ui/catalogue/RuleEditor.h"

#include "ui_RuleEditor.h"

#include "core/DeskText.h"
#include "core/Eligibility.h"
#include "core/Nationality.h"

#include <QEvent>
#include <QRegularExpression>
#include <QSignalBlocker>

namespace {

using Kind = EligibilityRule::Kind;

const Kind kRuleKinds[] = {
    Kind::IncomePerMemberCeiling, Kind::Nationality,           Kind::City, Kind::AgeRange,
    Kind::MinFamilySize,          Kind::RequiredDocumentsValid};

QStringList splitList(const QString &text)
{
    // Latin and Arabic commas, semicolons.
    static const QRegularExpression separators(QStringLiteral("[,\u060C;\u061B]"));
    QStringList out;
    for (const QString &part : text.split(separators)) {
        const QString trimmed = part.simplified();
        if (!trimmed.isEmpty())
            out << trimmed;
    }
    return out;
}

int whole(const NumberEdit *edit)
{
    const auto v = edit->value();
    return v ? qRound(*v) : 0;
}

} // namespace

RuleEditor::RuleEditor(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::RuleEditor>())
{
    m_ui->setupUi(this);
    m_ui->incomeCeilingEdit->setDecimals(2);
    m_ui->incomeCeilingEdit->setRange(0, 1000000);
    m_ui->minimumAgeEdit->setRange(0, 120);
    m_ui->maximumAgeEdit->setRange(0, 120);
    m_ui->minimumFamilySizeEdit->setRange(1, 50);
    fillKinds();
    fillNationalities();

    connect(m_ui->rulesList, &QListWidget::currentRowChanged, this, &RuleEditor::showRule);
    connect(m_ui->addRuleButton, &QPushButton::clicked, this, &RuleEditor::addRule);
    connect(m_ui->removeRuleButton, &QPushButton::clicked, this, &RuleEditor::removeRule);
    for (QLineEdit *e : {static_cast<QLineEdit *>(m_ui->incomeCeilingEdit),
                         static_cast<QLineEdit *>(m_ui->minimumAgeEdit),
                         static_cast<QLineEdit *>(m_ui->maximumAgeEdit),
                         static_cast<QLineEdit *>(m_ui->minimumFamilySizeEdit),
                         m_ui->otherNationalitiesEdit, m_ui->citiesEdit})
        connect(e, &QLineEdit::textChanged, this, &RuleEditor::readParameters);
    connect(m_ui->nationalitiesList, &QListWidget::itemChanged, this, &RuleEditor::readParameters);
    connect(m_ui->ruleDocumentsList, &QListWidget::itemChanged, this, &RuleEditor::readParameters);
    showRule(-1);
}

RuleEditor::~RuleEditor() = default;

QString RuleEditor::kindLabel(EligibilityRule::Kind kind)
{
    switch (kind) {
    case Kind::IncomePerMemberCeiling:
        return tr("Income ceiling per family member");
    case Kind::Nationality:
        return tr("Nationality");
    case Kind::City:
        return tr("City");
    case Kind::AgeRange:
        return tr("Age range");
    case Kind::MinFamilySize:
        return tr("Minimum family size");
    case Kind::RequiredDocumentsValid:
        return tr("Required documents valid");
    }
    return {};
}

EligibilityRule RuleEditor::startingRule(EligibilityRule::Kind kind)
{
    EligibilityRule r;
    r.kind = kind;
    switch (kind) {
    case Kind::IncomePerMemberCeiling:
        r.amount = 1000 * 100;
        break;
    case Kind::Nationality:
        r.values = {QStringLiteral("SA")};
        break;
    case Kind::City:
        break;
    case Kind::AgeRange:
        r.minimum = 18;
        break;
    case Kind::MinFamilySize:
        r.minimum = 2;
        break;
    case Kind::RequiredDocumentsValid:
        break;
    }
    return r;
}

void RuleEditor::fillKinds()
{
    const int current = m_ui->ruleKindCombo->currentIndex();
    const QSignalBlocker blocker(m_ui->ruleKindCombo);
    m_ui->ruleKindCombo->clear();
    for (Kind k : kRuleKinds)
        m_ui->ruleKindCombo->addItem(kindLabel(k), int(k));
    m_ui->ruleKindCombo->setCurrentIndex(qMax(0, current));
}

void RuleEditor::fillNationalities()
{
    const QSignalBlocker blocker(m_ui->nationalitiesList);
    QStringList checked;
    for (int i = 0; i < m_ui->nationalitiesList->count(); ++i) {
        const QListWidgetItem *item = m_ui->nationalitiesList->item(i);
        if (item->checkState() == Qt::Checked)
            checked << item->data(Qt::UserRole).toString();
    }
    m_ui->nationalitiesList->clear();
    for (const QString &code : Nationality::commonCodes()) {
        auto *item = new QListWidgetItem(Nationality::entry(code), m_ui->nationalitiesList);
        item->setData(Qt::UserRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(code) ? Qt::Checked : Qt::Unchecked);
    }
}

void RuleEditor::setDocumentTypes(const QVector<DocumentType> &types)
{
    m_types = types;
    fillDocuments();
    showRule(selectedRule());
}

void RuleEditor::fillDocuments()
{
    const QSignalBlocker blocker(m_ui->ruleDocumentsList);
    m_ui->ruleDocumentsList->clear();
    for (const DocumentType &t : m_types) {
        const QString name = DeskText::localName(t.nameAr, t.nameEn);
        auto *item = new QListWidgetItem(name, m_ui->ruleDocumentsList);
        item->setData(Qt::UserRole, t.code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

void RuleEditor::setRules(const QVector<EligibilityRule> &rules)
{
    m_rules = rules;
    {
        const QSignalBlocker blocker(m_ui->rulesList);
        m_ui->rulesList->clear();
        for (int i = 0; i < m_rules.size(); ++i) {
            m_ui->rulesList->addItem(QString());
            refreshDescription(i);
        }
    }
    selectRule(m_rules.isEmpty() ? -1 : 0);
}

void RuleEditor::selectRule(int index)
{
    {
        const QSignalBlocker blocker(m_ui->rulesList);
        m_ui->rulesList->setCurrentRow(index);
    }
    showRule(index);
}

int RuleEditor::selectedRule() const
{
    return m_ui->rulesList->currentRow();
}

void RuleEditor::refreshDescription(int index)
{
    if (index < 0 || index >= m_rules.size())
        return;
    m_ui->rulesList->item(index)->setText(Eligibility::describe(m_rules.at(index)));
}

void RuleEditor::showRule(int index)
{
    m_ui->removeRuleButton->setEnabled(index >= 0 && index < m_rules.size());
    if (index < 0 || index >= m_rules.size()) {
        m_ui->ruleParameters->setCurrentWidget(m_ui->noRulePage);
        return;
    }
    m_showing = true;
    const EligibilityRule &r = m_rules.at(index);
    switch (r.kind) {
    case Kind::IncomePerMemberCeiling:
        m_ui->incomeCeilingEdit->setValue(r.amount / 100.0);
        m_ui->ruleParameters->setCurrentWidget(m_ui->incomePage);
        break;
    case Kind::Nationality: {
        QStringList others;
        for (const QString &code : r.values) {
            if (!Nationality::isCommon(code))
                others << code;
        }
        for (int i = 0; i < m_ui->nationalitiesList->count(); ++i) {
            QListWidgetItem *item = m_ui->nationalitiesList->item(i);
            item->setCheckState(r.values.contains(item->data(Qt::UserRole).toString())
                                    ? Qt::Checked
                                    : Qt::Unchecked);
        }
        m_ui->otherNationalitiesEdit->setText(others.join(QStringLiteral(", ")));
        m_ui->ruleParameters->setCurrentWidget(m_ui->nationalityPage);
        break;
    }
    case Kind::City:
        m_ui->citiesEdit->setText(
            r.values.join(DeskText::isArabic() ? QStringLiteral("، ") : QStringLiteral(", ")));
        m_ui->ruleParameters->setCurrentWidget(m_ui->cityPage);
        break;
    case Kind::AgeRange:
        m_ui->minimumAgeEdit->setValue(r.minimum > 0 ? std::optional<double>(r.minimum)
                                                     : std::nullopt);
        m_ui->maximumAgeEdit->setValue(r.maximum > 0 ? std::optional<double>(r.maximum)
                                                     : std::nullopt);
        m_ui->ruleParameters->setCurrentWidget(m_ui->agePage);
        break;
    case Kind::MinFamilySize:
        m_ui->minimumFamilySizeEdit->setValue(r.minimum);
        m_ui->ruleParameters->setCurrentWidget(m_ui->familyPage);
        break;
    case Kind::RequiredDocumentsValid:
        for (int i = 0; i < m_ui->ruleDocumentsList->count(); ++i) {
            QListWidgetItem *item = m_ui->ruleDocumentsList->item(i);
            item->setCheckState(r.values.contains(item->data(Qt::UserRole).toString())
                                    ? Qt::Checked
                                    : Qt::Unchecked);
        }
        m_ui->ruleParameters->setCurrentWidget(m_ui->documentsPage);
        break;
    }
    m_showing = false;
}

void RuleEditor::readParameters()
{
    const int index = selectedRule();
    if (m_showing || index < 0 || index >= m_rules.size())
        return;
    EligibilityRule &r = m_rules[index];
    switch (r.kind) {
    case Kind::IncomePerMemberCeiling: {
        const auto riyals = m_ui->incomeCeilingEdit->value();
        r.amount = riyals ? qRound64(*riyals * 100) : 0;
        break;
    }
    case Kind::Nationality:
        r.values.clear();
        for (int i = 0; i < m_ui->nationalitiesList->count(); ++i) {
            const QListWidgetItem *item = m_ui->nationalitiesList->item(i);
            if (item->checkState() == Qt::Checked)
                r.values << item->data(Qt::UserRole).toString();
        }
        for (const QString &code : splitList(m_ui->otherNationalitiesEdit->text())) {
            if (!r.values.contains(code.toUpper()))
                r.values << code.toUpper();
        }
        break;
    case Kind::City:
        r.values = splitList(m_ui->citiesEdit->text());
        break;
    case Kind::AgeRange:
        r.minimum = whole(m_ui->minimumAgeEdit);
        r.maximum = whole(m_ui->maximumAgeEdit);
        break;
    case Kind::MinFamilySize:
        r.minimum = whole(m_ui->minimumFamilySizeEdit);
        break;
    case Kind::RequiredDocumentsValid:
        r.values.clear();
        for (int i = 0; i < m_ui->ruleDocumentsList->count(); ++i) {
            const QListWidgetItem *item = m_ui->ruleDocumentsList->item(i);
            if (item->checkState() == Qt::Checked)
                r.values << item->data(Qt::UserRole).toString();
        }
        break;
    }
    refreshDescription(index);
    emit rulesChanged();
}

void RuleEditor::addRule()
{
    const auto kind = Kind(m_ui->ruleKindCombo->currentData().toInt());
    for (int i = 0; i < m_rules.size(); ++i) {
        if (m_rules.at(i).kind == kind) {
            selectRule(i); // a service has each kind once
            return;
        }
    }
    m_rules << startingRule(kind);
    {
        const QSignalBlocker blocker(m_ui->rulesList);
        m_ui->rulesList->addItem(QString());
    }
    refreshDescription(int(m_rules.size()) - 1);
    selectRule(int(m_rules.size()) - 1);
    emit rulesChanged();
}

void RuleEditor::removeRule()
{
    const int index = selectedRule();
    if (index < 0 || index >= m_rules.size())
        return;
    m_rules.removeAt(index);
    {
        const QSignalBlocker blocker(m_ui->rulesList);
        delete m_ui->rulesList->takeItem(index);
    }
    selectRule(qMin(index, int(m_rules.size()) - 1));
    emit rulesChanged();
}

void RuleEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillKinds();
        fillNationalities();
        fillDocuments();
        for (int i = 0; i < m_rules.size(); ++i)
            refreshDescription(i);
        showRule(selectedRule());
    }
    QWidget::changeEvent(event);
}
