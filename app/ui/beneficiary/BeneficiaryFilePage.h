// The beneficiary's file: the profile, the document checklist (an expired
// document is flagged), every case, the newest first (read lazily), and for
// the highlighted case what was asked and answered and its history of steps.
// Enter on a case opens it (caseActivated); Esc goes back (backRequested).
//
// Child object names: "nameLabel", "fileNumberValue", "idNumberValue",
// "phoneValue", "documentsTable", "casesView", "historyView",
// "caseDetailLabel", "backButton", "restrictionPanel" (RestrictionPanel),
// "personDataTabs" (the cases and the highlighted case's history,
// "casesTab"; the record's corrections, "fieldHistoryPanel"; who looked,
// "whoLookedPanel"), "anonymisePanel" (AnonymisePanel, beside the restriction),
// "personRightsBar" (PersonRightsBar, beside Back: the privacy notice, the
// person's data requests), "fileMessage".
// Opening the file is recorded as a read of the person's data, reloading it not.
#pragma once

#include "core/Beneficiary.h"
#include "core/Result.h"

#include <QWidget>

#include <memory>

class BeneficiaryCasesModel;
class CaseHistoryModel;
class AnonymisePanel;
class PersonRightsBar;
class QLabel;
class Authenticator;
class RestrictionPanel;
class Database;
class Session;
class QModelIndex;

namespace Ui {
class BeneficiaryFilePage;
}

class BeneficiaryFilePage final : public QWidget
{
    Q_OBJECT

public:
    // authenticator: the window's own (the manager's password check).
    BeneficiaryFilePage(Database &db, const Session &session, Authenticator &authenticator,
                        QWidget *parent = nullptr);
    ~BeneficiaryFilePage() override;

    // Reads and shows the beneficiary; the failure is also shown on the page.
    Status showBeneficiary(qint64 beneficiaryId);
    qint64 beneficiaryId() const { return m_beneficiary.id; }
    const Beneficiary &beneficiary() const { return m_beneficiary; }

    // Writes the copy of the shown person's data (PersonCopyDesk: .pdf or
    // .json by the name) and shows what happened in the who-looked tab.
    Status saveCopy(const QString &path);
    // Seam for tests: the next "Copy of the data…" saves to this path without
    // asking (an empty path: cancelled).
    static void setNextCopyPath(const QString &path);

    BeneficiaryCasesModel *casesModel() const { return m_cases; }
    CaseHistoryModel *historyModel() const { return m_history; }

public slots:
    // Reads the shown beneficiary again (after a case changed).
    void reload();

signals:
    void caseActivated(qint64 caseId);
    void backRequested();
    // The person's data requests are wanted (the requests page, filtered).
    void dataRequestsWanted(qint64 beneficiaryId, const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    Status load(qint64 beneficiaryId, bool opening);
    void showProfile();
    void showPersonData();
    void onCopyRequested();
    Status showDocuments();
    void onCurrentCaseChanged(const QModelIndex &current);
    void onCaseActivated(const QModelIndex &index);
    void showCaseDetail(qint64 caseId);
    void fitColumns();

    std::unique_ptr<Ui::BeneficiaryFilePage> m_ui;
    Database &m_db;
    const Session &m_session;
    Beneficiary m_beneficiary;
    BeneficiaryCasesModel *m_cases = nullptr;
    CaseHistoryModel *m_history = nullptr;
    RestrictionPanel *m_restriction = nullptr;
    AnonymisePanel *m_anonymise = nullptr;
    PersonRightsBar *m_rights = nullptr;
    QLabel *m_message = nullptr;
};
