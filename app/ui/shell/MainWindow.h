// The receptionist's window: the association's name and logo in the header,
// a navigation bar (today's desk, new case, find a beneficiary, language) and
// the pages: today's desk, the search, the beneficiary's file. More pages
// (the case screen) are added with addPage(). Keyboard: Ctrl+1 the desk,
// Ctrl+N a new case, Ctrl+F the search, F5 refreshes the desk, Esc leaves a
// beneficiary's file, F1 opens the About box (AboutDialog).
//
// The language switch takes effect at once (every page retranslates on
// QEvent::LanguageChange) and is remembered in Settings.
//
// The navigation shows only what the signed-in user's roles allow
// (Permissions::may); the services refuse the rest anyway. The manager's and
// administrator's pages come from ManagementNavigation, the program officer's
// desk and the follow-ups from OfficerNavigation; the window locks after the
// idle time in Settings (IdleLock); "Sign out" asks the SignInFlow for the
// next person.
//
// When a save finds the database server gone, the page tells the window's
// ConnectionKeeper; a banner under the header (ConnectionBanner) says so while
// the keeper retries, and once the connection is back the lists listen for
// the other desks' changes again and read themselves (pages that waited to
// save do so through the keeper's restored()).
//
// The bar counts what waits (WaitingCounts): answers for the desk, referrals
// for the program officer; a program officer with referrals waiting starts
// on the referral queue.
//
// The status bar ends with the automatic backups' line (BackupStatusPanel);
// closing the window makes the day's backup when it is due.
//
// Object names: "navigationBar", "deskAction", "newCaseAction", "findAction",
// "languageAction", "aboutAction", "signOutAction", "lockAction", "pages",
// "associationNameLabel", "logoLabel", "connectionBanner", "backupStatus", and the
// pages "deskPage" (DeskPage), "searchPage" (BeneficiarySearchPanel),
// "beneficiaryFilePage" (BeneficiaryFilePage).
#pragma once

#include <QMainWindow>

#include <memory>

class BackupStatusPanel;
class BeneficiaryFilePage;
class BeneficiarySearchPanel;
class ConnectionBanner;
class ConnectionKeeper;
class DeskPage;
class IdleLock;
class ManagementNavigation;
class OfficerNavigation;
class QAction;
class WaitingCounts;
class QActionGroup;
class Settings;
class Workspace;

namespace Ui {
class MainWindow;
}

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Workspace &workspace, Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    Workspace &workspace() const { return m_workspace; }
    DeskPage *desk() const { return m_desk; }
    BeneficiarySearchPanel *search() const { return m_search; }
    BeneficiaryFilePage *beneficiaryFile() const { return m_file; }

    // Adds a page to the window (it is not shown); returns its index.
    int addPage(QWidget *page);
    void showPage(QWidget *page);
    QWidget *currentPage() const;
    // Adds a page reached by action in the navigation bar (placed before the
    // language switch); the action is checked while its page shows.
    void addNavigationPage(QAction *action, QWidget *page);

    IdleLock *idleLock() const { return m_idleLock; }
    ConnectionKeeper *connectionKeeper() const { return m_connection; }
    ConnectionBanner *connectionBanner() const;
    ManagementNavigation *management() const { return m_management; }
    OfficerNavigation *officerNavigation() const { return m_officer; }
    BackupStatusPanel *backupStatus() const { return m_backupStatus; }
    WaitingCounts *waitingCounts() const { return m_waiting; }

    // The association's name as shown in the title and header.
    QString associationName() const { return m_associationName; }

public slots:
    void showDesk();
    // The first page the signed-in user may use: the referral queue when
    // referrals wait for this program officer, else the desk, else the first
    // page of the navigation bar.
    void showHome();
    void showSearch();
    void openBeneficiary(qint64 beneficiaryId);
    // "ar" or "en": switches at once and remembers the choice.
    void setLanguage(const QString &language);
    // Reads the association's name and logo again.
    void reloadAssociation();
    // After a case changed: the desk and the open file read again.
    void refreshLists();

signals:
    // Ctrl+N: the case screen starts a new case.
    void newCaseRequested();
    // A case chosen on the desk or in a beneficiary's file.
    void caseRequested(qint64 caseId);
    // "Sign out", from the navigation bar or the lock screen.
    void signOutRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setUpActions();
    void retranslate();
    void onPageChanged(int index);
    void onConnectionRestored();
    void toggleLanguage();
    void showAbout();
    void applyPermissions();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Workspace &m_workspace;
    Settings &m_settings;
    DeskPage *m_desk = nullptr;
    BeneficiarySearchPanel *m_search = nullptr;
    BeneficiaryFilePage *m_file = nullptr;
    QActionGroup *m_pageActions = nullptr;
    QVector<QPair<QAction *, QWidget *>> m_navigation;
    QAction *m_signOutAction = nullptr;
    IdleLock *m_idleLock = nullptr;
    ConnectionKeeper *m_connection = nullptr;
    ManagementNavigation *m_management = nullptr;
    OfficerNavigation *m_officer = nullptr;
    BackupStatusPanel *m_backupStatus = nullptr;
    WaitingCounts *m_waiting = nullptr;
    QString m_associationName;
    QByteArray m_logoPng;
};
