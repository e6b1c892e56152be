// The case screen (issue 3): one case walked through the seven steps. At the
// top the case in one line and the StepIndicator; below it the page of the
// step the case is at (ReceptionPage .. SurveyPage); then what blocks the
// next step, in words (Workflow::canAdvance on what the page shows as it is
// typed, CaseStepPage::onScreen, with what saving would refuse and what it
// will do), and a message area where the services' refusals and failures show.
//
// Every page saves what was changed on it when it is left (moving on, looking
// at another step, referring, closing the screen), each change one CaseDesk
// call (one transaction). A case can be closed at any step and opened again
// later where it stands.
//
// Two failures of a save are offered a way out. A stale copy (another desk
// saved the record after this screen read it) shows the refusal, which says
// who and when, with "Reload the record" beside it: the screen then reads the
// case again and shows the other desk's version. A lost server connection
// keeps the page as typed and says so (connectionLost(), for the window's
// banner); once the window has the connection back it calls
// connectionRestored() and the page is saved then.
//
// Keyboard: Enter moves to the next field and, from the last one, on to the
// next step; Ctrl+Enter next step; Ctrl+S save; Ctrl+R refer to the program
// officer; F5 read the case again; Alt+1 .. Alt+7 look at a step reached;
// Ctrl+Shift+W the beneficiary withdraws; Esc closes the screen (saving).
//
// Object names: "casePage", "caseTitleLabel", "stepIndicator", "stepPages",
// "blockersLabel", "caseMessage", "reloadRecordButton", "nextButton", "saveButton", "referButton",
// "reloadButton", "withdrawButton", "closeCaseButton"; the pages
// "receptionPage", "informationPage", "referralPage", "verificationPage",
// "registrationPage", "deliveryPage", "surveyPage".
#pragma once

#include "core/CaseContext.h"
#include "ui/case/CaseStepPage.h"

#include <QWidget>

#include <memory>

class Database;
class NextStepLines;
class QScrollArea;
class Session;
class StepIndicator;

namespace Ui {
class CasePage;
}

class CasePage final : public QWidget
{
    Q_OBJECT

public:
    CasePage(Database &db, const Session &session, QWidget *parent = nullptr);
    ~CasePage() override;

    // The case shown (0: a new visitor whose case is not opened yet).
    qint64 caseId() const { return m_ctx.theCase.id; }
    const CaseContext &context() const { return m_ctx; }
    // The step whose page is shown.
    Step shownStep() const { return m_shown; }
    CaseStepPage *page(Step step) const;
    StepIndicator *stepIndicator() const;
    // What blocks the next step, as listed: judged on what the page shows
    // now (typed, ticked, chosen), not on what was last saved.
    QStringList blockers() const { return m_blockers; }
    // What saving or moving on will do besides (e.g. register the new
    // beneficiary typed), as listed; empty when nothing.
    QString saveWillDo() const { return m_saveWillDo; }
    // What the message area says now, and whether it is a failure.
    QString message() const;
    bool messageIsError() const { return m_messageIsError; }
    // A save was refused as stale and "Reload the record" is offered.
    bool offersReload() const { return m_offersReload; }
    // A save failed for the lost connection; the page waits to be saved.
    bool waitsForConnection() const { return m_waitsForConnection; }

public slots:
    // A new visitor: the reception page, empty.
    void startNewCase();
    // Opens a case where it stands; false (and the reason shown) when it
    // cannot be read.
    bool openCase(qint64 caseId);
    // Saves the page, then moves the case on (or closes it after the survey).
    bool next();
    // Saves the page and stays.
    bool save();
    // Saves the page and shows the referral page to write the question.
    bool refer();
    // Reads the case again (e.g. to see the program officer's answer).
    void reload();
    // After a stale save: drops what was typed on the page and shows the
    // record as stored now.
    void reloadRecord();
    // The database is reachable again: the page that waited is saved.
    void connectionRestored();
    // Saves the page and looks at a step the case has reached.
    bool showStep(Step step);
    // Asks the reason, then ends the case as withdrawn.
    bool withdraw();
    // Saves the page and leaves the screen (closed()).
    bool closeCase();

signals:
    // The screen was left; the case stays where it stands.
    void closed();
    // The case was saved or moved: lists showing it may read it again.
    void caseChanged(qint64 caseId);
    // The database server could not be reached (reason in words).
    void connectionLost(const QString &reason);

protected:
    void changeEvent(QEvent *event) override;

private:
    void addPage(CaseStepPage *page, const char *objectName);
    enum class Loading
    {
        Opening, // the case is opened: a read of the person's data is recorded
        Refresh
    };
    bool load(qint64 caseId, Loading loading = Loading::Refresh);
    bool leavePage();
    void showPage(Step step);
    bool isEditable(Step step) const;
    void showSummary();
    void showBlockers();
    // The keys bar, with what Ctrl+Enter does on the page shown.
    void showKeys();
    void showMessage(const QString &text, bool isError);
    void clearMessage();
    // Shows a failure, with what can be done about it (reload, wait).
    void showFailure(const Status &status);
    void onCaseOpened(qint64 caseId);
    void onPageChangedCase();
    void onPageEdited();

    std::unique_ptr<Ui::CasePage> m_ui;
    std::unique_ptr<CaseServices> m_services;
    std::unique_ptr<NextStepLines> m_lines; // what blocks the next step; the keys bar
    QVector<CaseStepPage *> m_pages;        // in Domain::steps() order
    QVector<QScrollArea *> m_scrollAreas;   // the same order
    CaseContext m_ctx;
    Step m_shown = Step::Reception;
    bool m_active = false;           // a case (or a new visitor) is on the screen
    bool m_draftingReferral = false; // the referral page is open to write the question
    QStringList m_blockers;
    QString m_saveWillDo;
    bool m_messageIsError = false;
    bool m_offersReload = false;
    bool m_waitsForConnection = false;
};
