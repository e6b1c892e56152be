// The manager's and the administrator's pages in the main window (issue 4):
// the catalogue (Action::EditCatalogue), the association's identity
// (EditAssociation), users and roles (ManageUsers) and the audit log
// (ViewAudit), and the monthly reports (ViewReports). Only the pages the signed-in user's roles
// allow are made and put in the navigation bar; the services behind them refuse anyone else.
//
// Object names: actions "catalogueAction", "associationAction",
// "usersAction", "auditAction", "reportsAction"; pages "cataloguePage",
// "associationPage", "usersPage", "auditPage", "reportsPage".
#pragma once

#include <QObject>

class AssociationWidget;
class AuditWidget;
class CatalogueWidget;
class MainWindow;
class QAction;
class ReportsPage;
class UsersWidget;
class Workspace;

class ManagementPages final : public QObject
{
    Q_OBJECT

public:
    ManagementPages(MainWindow &window, Workspace &workspace);

    // Null when the signed-in user may not use the page.
    CatalogueWidget *catalogue() const { return m_catalogue; }
    AssociationWidget *association() const { return m_association; }
    UsersWidget *users() const { return m_users; }
    AuditWidget *audit() const { return m_audit; }
    ReportsPage *reports() const { return m_reports; }

    void retranslate();

private:
    QAction *navigationAction(const char *objectName);

    MainWindow &m_window;
    CatalogueWidget *m_catalogue = nullptr;
    AssociationWidget *m_association = nullptr;
    UsersWidget *m_users = nullptr;
    AuditWidget *m_audit = nullptr;
    ReportsPage *m_reports = nullptr;
    QAction *m_reportsAction = nullptr;
    QAction *m_catalogueAction = nullptr;
    QAction *m_associationAction = nullptr;
    QAction *m_usersAction = nullptr;
    QAction *m_auditAction = nullptr;
};
