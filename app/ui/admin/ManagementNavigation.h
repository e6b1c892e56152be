// The manager's and the administrator's pages in the main window (issue 4):
// the catalogue (Action::EditCatalogue), the association's identity
// (EditAssociation), users and roles (ManageUsers) and the audit log
// (ViewAudit), the monthly reports (ViewReports), people's data requests
// (HandleDataRequests) and retention (DestroyPersonalData). Only the pages the signed-in user's
// roles allow are made and put in the navigation bar; the services behind them refuse anyone else.
//
// Object names: actions "catalogueAction", "associationAction",
// "usersAction", "auditAction", "reportsAction", "dataRequestsAction",
// "retentionAction"; pages "cataloguePage", "associationPage", "usersPage",
// "auditPage", "reportsPage", "dataRequestsPage", "retentionPage".
#pragma once

#include <QObject>

class AssociationPage;
class AuditPage;
class CataloguePage;
class DataRequestsPage;
class MainWindow;
class QAction;
class ReportsPage;
class RetentionPage;
class UsersPage;
class Workspace;

class ManagementNavigation final : public QObject
{
    Q_OBJECT

public:
    ManagementNavigation(MainWindow &window, Workspace &workspace);

    // Null when the signed-in user may not use the page.
    CataloguePage *catalogue() const { return m_catalogue; }
    AssociationPage *association() const { return m_association; }
    UsersPage *users() const { return m_users; }
    AuditPage *audit() const { return m_audit; }
    ReportsPage *reports() const { return m_reports; }
    DataRequestsPage *dataRequests() const { return m_dataRequests; }
    RetentionPage *retention() const { return m_retention; }

    void retranslate();

private:
    QAction *navigationAction(const char *objectName);

    MainWindow &m_window;
    CataloguePage *m_catalogue = nullptr;
    AssociationPage *m_association = nullptr;
    UsersPage *m_users = nullptr;
    AuditPage *m_audit = nullptr;
    ReportsPage *m_reports = nullptr;
    DataRequestsPage *m_dataRequests = nullptr;
    QAction *m_dataRequestsAction = nullptr;
    RetentionPage *m_retention = nullptr;
    QAction *m_retentionAction = nullptr;
    QAction *m_reportsAction = nullptr;
    QAction *m_catalogueAction = nullptr;
    QAction *m_associationAction = nullptr;
    QAction *m_usersAction = nullptr;
    QAction *m_auditAction = nullptr;
};
