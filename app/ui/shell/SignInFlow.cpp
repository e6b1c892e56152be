#include "ui/shell/SignInFlow.h"

#include "services/Workspace.h"
#include "ui/connection/ConnectionDialog.h"
#include "ui/shell/FirstAdministratorDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SignInDialog.h"

SignInFlow::SignInFlow(Workspace &workspace, Settings &settings, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_settings(settings)
{}

SignInFlow::~SignInFlow()
{
    delete m_dialog;
    if (m_window) {
        disconnect(m_window, &QObject::destroyed, this, &SignInFlow::windowGone);
        delete m_window;
    }
}

void SignInFlow::start()
{
    const auto needed = m_workspace.authenticator().needsFirstAdministrator();
    if (needed && *needed)
        askFirstAdministrator();
    else
        askSignIn(QString());
}

void SignInFlow::show(QDialog *dialog)
{
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::ApplicationModal);
    connect(dialog, &QDialog::rejected, this, &SignInFlow::quitRequested);
    dialog->open();
    dialog->activateWindow();
}

void SignInFlow::askFirstAdministrator()
{
    auto *dialog = new FirstAdministratorDialog(m_workspace);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { askSignIn(dialog->createdUsername()); });
    connect(dialog, &FirstAdministratorDialog::connectionRequested, this,
            &SignInFlow::askConnection);
    show(dialog);
}

void SignInFlow::askSignIn(const QString &username)
{
    auto *dialog = new SignInDialog(m_workspace);
    dialog->setUsername(username);
    connect(dialog, &QDialog::accepted, this, &SignInFlow::openWindow);
    connect(dialog, &SignInDialog::connectionRequested, this, &SignInFlow::askConnection);
    show(dialog);
}

ConnectionDialog *SignInFlow::connectionDialog() const
{
    return m_connection;
}

void SignInFlow::askConnection()
{
    if (m_connection || !m_dialog)
        return;
    auto *dialog = new ConnectionDialog(m_settings, m_workspace.database().location(), m_dialog);
    m_connection = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::ApplicationModal);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { emit databaseChosen(dialog->location()); });
    dialog->open();
    dialog->activateWindow();
}

void SignInFlow::openWindow()
{
    auto *window = new MainWindow(m_workspace, m_settings);
    window->setAttribute(Qt::WA_DeleteOnClose);
    m_window = window;
    connect(window, &MainWindow::signOutRequested, this, &SignInFlow::signOut);
    connect(window, &QObject::destroyed, this, &SignInFlow::windowGone);
    window->show();
    window->activateWindow();
    emit windowOpened(window);
}

void SignInFlow::signOut()
{
    if (!m_window)
        return;
    const QString username = m_workspace.session().user().username;
    // The pages close with the window; it is deleted once back in the loop,
    // and that is no reason to quit.
    disconnect(m_window, &QObject::destroyed, this, &SignInFlow::windowGone);
    m_window->close();
    m_window = nullptr;
    m_workspace.signOut();
    askSignIn(username);
}

void SignInFlow::windowGone()
{
    emit quitRequested();
}
