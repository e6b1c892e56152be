// The program officer's eligibility review (issue 4; seed 000 item 3): cases
// blocked at verification by a failing rule of their service, oldest first;
// beside the list each failing rule of the chosen case with its reason, and
// the decision: approve an override (OfficerDesk::overrideEligibility) or end
// the case as not eligible (CaseDesk::markNotEligible), both for a written
// reason that is kept with the case, shown on it and audited. changed() tells
// the window that a case changed.
//
// Object names: "eligibilityView", "summaryLabel", "caseValue",
// "failedRulesList", "decisionReasonEdit", "overrideButton",
// "notEligibleButton", "openCaseButton", "eligibilityMessage".
#pragma once

#include <QHash>
#include <QWidget>

#include <memory>

class HighlightKeeper;
class Database;
class EligibilityReviewModel;
class Session;

namespace Ui {
class EligibilityReviewPanel;
}

class EligibilityReviewPanel final : public QWidget
{
    Q_OBJECT

public:
    EligibilityReviewPanel(Database &db, const Session &session, QWidget *parent = nullptr);
    ~EligibilityReviewPanel() override;

    EligibilityReviewModel *model() const { return m_model; }
    qint64 currentCaseId() const;
    bool selectCase(qint64 caseId);
    // The failing rules shown for the chosen case, one line each.
    QStringList shownRules() const;
    QString message() const;

public slots:
    void refresh();
    void updateWaitingTimes();
    // Lets the chosen case go on for the reason written; refused in words
    // without a reason.
    bool approveOverride();
    // Ends the chosen case as not eligible for the reason written, once
    // confirmed (CasePrompts::confirm).
    bool decideNotEligible();

signals:
    void changed();
    void caseRequested(qint64 caseId);
    void countChanged(int count, bool more);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onCurrentChanged();
    void keepDraft();
    void rememberSelection();
    void restoreSelection();
    void showDetails();
    void updateSummary();
    void openCurrentCase();
    QString currentBeneficiary() const;
    void done(qint64 caseId, const QString &text);

    std::unique_ptr<Ui::EligibilityReviewPanel> m_ui;
    Database &m_db;
    const Session &m_session;
    EligibilityReviewModel *m_model = nullptr;
    QHash<qint64, QString> m_drafts; // case id -> reason being written
    qint64 m_shownCase = 0;
    std::unique_ptr<HighlightKeeper> m_highlight;
};
