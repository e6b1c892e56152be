#include "ui/admin/ManagementNavigation.h"

#include "ui/reports/ReportsPage.h"

#include "services/Workspace.h"
#include "ui/admin/AssociationPage.h"
#include "ui/admin/AuditPage.h"
#include "ui/admin/DataRequestsPage.h"
#include "ui/admin/UsersPage.h"
#include "ui/catalogue/CataloguePage.h"
#include "ui/privacy/RetentionPage.h"
#include "ui/shell/MainWindow.h"

#include <QAction>

ManagementNavigation::ManagementNavigation(MainWindow &window, Workspace &workspace)
    : QObject(&window), m_window(window)
{
    const Session &session = workspace.session();
    Database &db = workspace.database();
    if (session.may(Action::EditCatalogue)) {
        m_catalogue = new CataloguePage(db, session);
        m_catalogue->setObjectName(QStringLiteral("cataloguePage"));
        m_catalogueAction = navigationAction("catalogueAction");
        window.addNavigationPage(m_catalogueAction, m_catalogue);
    }
    if (session.may(Action::ManageUsers)) {
        m_users = new UsersPage(db, session, workspace.authenticator());
        m_users->setObjectName(QStringLiteral("usersPage"));
        m_usersAction = navigationAction("usersAction");
        window.addNavigationPage(m_usersAction, m_users);
    }
    if (session.may(Action::EditAssociation)) {
        m_association = new AssociationPage(db, session);
        m_association->setObjectName(QStringLiteral("associationPage"));
        m_associationAction = navigationAction("associationAction");
        window.addNavigationPage(m_associationAction, m_association);
        connect(m_association, &AssociationPage::saved, &window, &MainWindow::reloadAssociation);
    }
    if (session.may(Action::ViewReports)) {
        m_reports = new ReportsPage(db, session);
        m_reports->setObjectName(QStringLiteral("reportsPage"));
        m_reportsAction = navigationAction("reportsAction");
        window.addNavigationPage(m_reportsAction, m_reports);
    }
    if (session.may(Action::ViewAudit)) {
        m_audit = new AuditPage(db, session);
        m_audit->setObjectName(QStringLiteral("auditPage"));
        m_auditAction = navigationAction("auditAction");
        window.addNavigationPage(m_auditAction, m_audit);
    }
    if (session.may(Action::HandleDataRequests)) {
        m_dataRequests = new DataRequestsPage(db, session);
        m_dataRequests->setObjectName(QStringLiteral("dataRequestsPage"));
        m_dataRequestsAction = navigationAction("dataRequestsAction");
        window.addNavigationPage(m_dataRequestsAction, m_dataRequests);
    }
    if (session.may(Action::DestroyPersonalData)) {
        m_retention = new RetentionPage(db, session, workspace.authenticator());
        m_retention->setObjectName(QStringLiteral("retentionPage"));
        m_retentionAction = navigationAction("retentionAction");
        window.addNavigationPage(m_retentionAction, m_retention);
    }
    retranslate();
}

QAction *ManagementNavigation::navigationAction(const char *objectName)
{
    auto *action = new QAction(&m_window);
    action->setObjectName(QLatin1String(objectName));
    return action;
}

void ManagementNavigation::retranslate()
{
    if (m_catalogueAction) {
        m_catalogueAction->setText(tr("Catalogue"));
        m_catalogueAction->setToolTip(
            tr("Services and their eligibility rules, documents, survey questions and approved "
               "answers"));
    }
    if (m_usersAction) {
        m_usersAction->setText(tr("Users"));
        m_usersAction->setToolTip(tr("Who may sign in, with which roles"));
    }
    if (m_associationAction) {
        m_associationAction->setText(tr("Association"));
        m_associationAction->setToolTip(tr("The association's name, licence number, address and "
                                           "logo"));
    }
    if (m_reportsAction) {
        m_reportsAction->setText(tr("Reports"));
        m_reportsAction->setToolTip(
            tr("The monthly summary: figures, recommendations, PDF and spreadsheet export"));
    }
    if (m_dataRequestsAction) {
        m_dataRequestsAction->setText(tr("Data requests"));
        m_dataRequestsAction->setToolTip(
            tr("People's requests about their data: a copy, a correction, destruction, a "
               "restriction or the withdrawal of consent, each answered within 30 days"));
    }
    if (m_auditAction) {
        m_auditAction->setText(tr("Audit log"));
        m_auditAction->setToolTip(tr("Who did what, and when"));
    }
    if (m_retentionAction) {
        m_retentionAction->setText(tr("Retention"));
        m_retentionAction->setToolTip(
            tr("How long people's data is kept, and anonymising those past it"));
    }
}
