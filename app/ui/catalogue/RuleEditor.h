// The eligibility rules of one service (DESIGN.md's list; core/Service.h):
// the rules as the desk reads them (Eligibility::describe), a kind to add, and
// the chosen rule's parameters: the income ceiling per family member in
// riyals, the nationalities, the cities, the age range, the minimum family
// size, the documents that must be valid. Editing changes the rules in
// memory (rulesChanged); the service's Save stores them as a new version.
//
// Child object names: "rulesList", "ruleKindCombo", "addRuleButton",
// "removeRuleButton", "ruleParameters", "incomeCeilingEdit",
// "nationalitiesList", "otherNationalitiesEdit", "citiesEdit",
// "minimumAgeEdit", "maximumAgeEdit", "minimumFamilySizeEdit",
// "ruleDocumentsList".
#pragma once

#include "core/Service.h"

#include <QWidget>

#include <memory>

namespace Ui {
class RuleEditor;
}

class RuleEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit RuleEditor(QWidget *parent = nullptr);
    ~RuleEditor() override;

    void setDocumentTypes(const QVector<DocumentType> &types);
    void setRules(const QVector<EligibilityRule> &rules);
    const QVector<EligibilityRule> &rules() const { return m_rules; }
    // Chooses the rule at index in the list (-1: none).
    void selectRule(int index);
    int selectedRule() const;

    // A rule with sensible starting values.
    static EligibilityRule startingRule(EligibilityRule::Kind kind);
    static QString kindLabel(EligibilityRule::Kind kind);

signals:
    void rulesChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillKinds();
    void fillNationalities();
    void fillDocuments();
    void showRule(int index);
    void addRule();
    void removeRule();
    void readParameters();
    void refreshDescription(int index);

    std::unique_ptr<Ui::RuleEditor> m_ui;
    QVector<EligibilityRule> m_rules;
    QVector<DocumentType> m_types;
    bool m_showing = false;
};
