// The audit viewer (issue 4; manager and administrator): who did what to
// which record and when, newest first, read a page at a time (AuditModel),
// filtered by case number, beneficiary (found by name, ID number or phone),
// user and a range of days (either calendar). The chosen entry's details
// show in full under the table. AuditReader refuses anyone without
// Action::ViewAudit.
//
// Child object names: "caseFilterEdit", "beneficiaryFilterEdit",
// "beneficiaryFilterLabel", "userFilterCombo", "fromDateEdit", "toDateEdit",
// "applyFilterButton", "clearFilterButton", "auditView", "auditSummaryLabel",
// "auditDetailsLabel", "auditTrailLabel" (the trail verified or broken, with
// the first entry that does not fit; property "broken"), "breachReportButton"
// (opens BreachReportDialog; shown to those who handle data requests).
#pragma once

#include <QWidget>

#include <memory>

class AuditModel;
class AuditReader;
class BreachReportDialog;
class Database;
class QModelIndex;
class Session;

namespace Ui {
class AuditPage;
}

class AuditPage final : public QWidget
{
    Q_OBJECT

public:
    AuditPage(Database &db, const Session &session, QWidget *parent = nullptr);
    ~AuditPage() override;

    AuditModel *model() const { return m_model; }
    // The breach report's dialog, open while it is shown (else null).
    BreachReportDialog *breachDialog() const { return m_breachDialog; }
    // Chooses the user in the filter (0: anyone); false when not listed.
    bool setUserFilter(qint64 userId);

public slots:
    // Reads the filter fields and the first page again.
    void applyFilter();
    void clearFilter();
    void refresh();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void fillUsers();
    void showSummary();
    void verifyTrail();
    void showDetails(const QModelIndex &index);
    void openBreachReport();

    Database &m_db;
    const Session &m_session;
    std::unique_ptr<Ui::AuditPage> m_ui;
    std::unique_ptr<AuditReader> m_reader;
    AuditModel *m_model = nullptr;
    BreachReportDialog *m_breachDialog = nullptr;
    bool m_loaded = false;
};
